import { clvIntervals } from "../engine/models/clvIntervals";
import type { PurchaseModelEstimate } from "../engine/models/fittedParameterDraws";
import { PURCHASE_MODELS, type PurchaseModelName } from "../engine/models/purchaseModel";
import type { readClvArguments } from "./clvArguments";
import { intervalCustomers } from "./intervalCustomers";

/** What CX.PCLV and CX.NEWCLV have read before the customers: the models' parameters and the horizon. */
export type ClvIntervalSettings = ReturnType<typeof readClvArguments>;

const MODEL_NAMES = Object.keys(PURCHASE_MODELS) as PurchaseModelName[];

/**
 * The purchase model and parameters the settings read, as the intervals take them.
 * @example
 * purchaseEstimate(readClvArguments(bgnbdRow, ggRow)); // { model: "bgnbd", fit: { params: { r, alpha, a, b } } }
 */
export function purchaseEstimate(settings: ClvIntervalSettings): PurchaseModelEstimate {
  const model = MODEL_NAMES.find((name) => PURCHASE_MODELS[name] === settings.purchaseModel);
  return { model, fit: { params: settings.purchaseFit } } as PurchaseModelEstimate;
}

/**
 * CX.PCLV with [interval]: three columns per customer, low, estimate and high of the predicted
 * CLV at `level` (see clvIntervals: the parameters' uncertainty, measured on these customers'
 * columns at the given parameters, by 1 000 seeded draws). A row blank in all four columns gives
 * blank cells; every other row counts toward the interval, so a bad cell stops the call with its
 * row, as a FIT function does. A result Excel cannot show is #NUM!.
 *
 * @throws InputError naming the argument and row for a bad cell; "interval" (#VALUE!) for a level
 *   outside (0, 1); ModelFitError (#N/A) when the parameters are not a best fit to these customers.
 *
 * @example
 * clvIntervalCells(settings, 0.9, frequency, recency, T, monetary);
 * // CDNOW, BG/NBD: [[33.8, 36.30, 39.2], …] for customer 1 (rounded), one row per customer
 */
export function clvIntervalCells(
  settings: ClvIntervalSettings,
  level: number,
  frequency: unknown,
  recency: unknown,
  T: unknown,
  monetary: unknown
): unknown[][] {
  const customers = intervalCustomers(frequency, recency, T, monetary);
  const intervals = clvIntervals(
    purchaseEstimate(settings),
    { params: settings.spendFit },
    customers,
    { ...settings.options, level }
  );
  const cell = (value: number) =>
    Number.isFinite(value)
      ? value
      : new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidNumber);
  const result: unknown[][] = new Array(customers.rows);
  for (let row = 0; row < customers.rows; row++) {
    const customer = customers.customerRow[row];
    result[row] =
      customer < 0
        ? ["", "", ""]
        : [
            cell(intervals.low[customer]),
            cell(intervals.estimate[customer]),
            cell(intervals.high[customer]),
          ];
  }
  return result;
}
