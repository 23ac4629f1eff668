import { requireNonNegative } from "../engine/argumentChecks";
import { InputError } from "../engine/inputError";
import { clvIntervals } from "../engine/models/clvIntervals";
import { requireHistory } from "../engine/models/purchaseHistories";
import { PURCHASE_MODELS, type PurchaseModelName } from "../engine/models/purchaseModel";
import { isBlankCell } from "../engine/read/isBlankCell";
import { withoutBlankTail } from "./blankTail";
import { toMatrix } from "./broadcast";
import type { readClvArguments } from "./clvArguments";
import { requireCellNumber } from "./cellValues";
import { rowError } from "./rowError";

/** What CX.PCLV has read before the customers: the models' parameters and the horizon. */
export type ClvIntervalSettings = ReturnType<typeof readClvArguments>;

const NAMES = ["frequency", "recency", "T", "monetary"] as const;
const MODEL_NAMES = Object.keys(PURCHASE_MODELS) as PurchaseModelName[];

/**
 * CX.PCLV with [interval]: three columns per customer, low, estimate and high of the predicted
 * CLV at `level` (see clvIntervals: the parameters' uncertainty, measured on these customers'
 * columns at the given parameters, by 1 000 seeded draws). A row blank in all four columns gives
 * blank cells; every other row counts toward the interval, so a bad cell stops the call with its
 * row, as a FIT function does. A result Excel cannot show is #NUM!.
 *
 * @throws InputError naming the argument and row for a bad cell; "interval" (#NUM!) for a level
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
  const columns = withoutBlankTail([frequency, recency, T, monetary].map(toMatrix), NAMES);
  const rows = Math.max(...columns.map((column) => column.length));
  const cellAt = (column: number, row: number): unknown => {
    const matrix = columns[column];
    if (matrix.some((cells) => cells.length !== 1)) {
      throw new InputError(
        NAMES[column],
        "must be a single column when interval is given",
        "value"
      );
    }
    if (matrix.length === 1) return matrix[0][0];
    if (row >= matrix.length) {
      throw new InputError(
        NAMES[column],
        `has no cell for row ${row + 1}; the ranges differ in size`,
        "na"
      );
    }
    return matrix[row][0];
  };
  const values = NAMES.map(() => new Float64Array(rows));
  const customerRow = new Int32Array(rows).fill(-1);
  let customers = 0;
  for (let row = 0; row < rows; row++) {
    if (NAMES.every((_, column) => isBlankCell(cellAt(column, row)))) continue;
    try {
      NAMES.forEach((name, column) => {
        values[column][customers] = requireCellNumber(cellAt(column, row), name);
      });
      requireHistory(values[0][customers], values[1][customers], values[2][customers]);
      requireNonNegative(values[3][customers], "monetary");
    } catch (error) {
      throw rowError(error, row);
    }
    customerRow[row] = customers++;
  }
  const column = (index: number) => values[index].subarray(0, customers);
  const model = MODEL_NAMES.find((name) => PURCHASE_MODELS[name] === settings.purchaseModel);
  const intervals = clvIntervals(
    { model, fit: { params: settings.purchaseFit } } as Parameters<typeof clvIntervals>[0],
    { params: settings.spendFit },
    { x: column(0), tx: column(1), T: column(2), meanSpend: column(3) },
    { ...settings.options, level }
  );
  const cell = (value: number) =>
    Number.isFinite(value)
      ? value
      : new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidNumber);
  const result: unknown[][] = new Array(rows);
  for (let row = 0; row < rows; row++) {
    const customer = customerRow[row];
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
