import { requireNonNegative } from "../engine/argumentChecks";
import { PURCHASE_MODELS as MODELS, type PurchaseModel } from "../engine/models/purchaseModel";
import { requireHistory } from "../engine/models/purchaseHistories";
import { readCustomerColumns } from "./customerColumns";
import { fitRow } from "./fitRow";
import { readParameterRow } from "./parameterRow";
import { perCustomer } from "./perCustomer";
import { skipLargePreview } from "./valuePreview";

/** The purchase models by the names CX.PCLV's [model] argument takes. */
export const PURCHASE_MODELS = {
  BGNBD: MODELS.bgnbd,
  MBGNBD: MODELS.mbgnbd,
  PNBD: MODELS.pnbd,
  NBD: MODELS.nbd,
} as const;

export type PurchaseModelName = keyof typeof PURCHASE_MODELS;

/** Excel names of a customer's history columns, as CX.SUMMARY spills them (frequency, t_x, T). */
export const HISTORY_NAMES = ["frequency", "recency", "T"] as const;

/** What to check when a purchase model's fit fails. */
const HISTORY_ADVICE =
  "check that frequency, recency and T are in the same time unit, that recency ≤ T, and that some customers made repeat purchases";

/**
 * The body of a purchase model's FIT function: reads the customers' (x, t_x, T) columns and
 * spills the fitted parameters and log-likelihood (see fitRow); in Excel's formula value
 * preview, more than PREVIEW_ROW_LIMIT customers give the preview's placeholder instead.
 *
 * @example
 * fitPurchaseModel(PURCHASE_MODELS.BGNBD, frequency, recency, T, true);
 * // CDNOW: [["r", "alpha", "a", "b", "LL"], [0.2426, 4.4135, 0.7929, 2.4258, −9582.43]]
 */
export function fitPurchaseModel<Name extends string>(
  model: PurchaseModel<Record<Name, number>>,
  frequency: unknown,
  recency: unknown,
  T: unknown,
  labels: unknown,
  invocation?: CustomFunctions.Invocation
): unknown[][] {
  return fitRow(
    () => {
      const [x, tx, age] = readCustomerColumns(
        [frequency, recency, T],
        HISTORY_NAMES,
        "skip",
        requireHistoryRow
      );
      skipLargePreview(invocation, x.length);
      return model.fit({ x, tx, T: age });
    },
    model.symbols,
    labels,
    HISTORY_ADVICE
  );
}

/**
 * The body of a purchase model's PALIVE function: P(alive at T) per customer.
 *
 * @example
 * probabilityAliveCells(PURCHASE_MODELS.BGNBD, [[0.243, 4.414, 0.793, 2.426]], [[2]], [[30.43]], [[38.86]]);
 * // [[0.7266]] (rounded)
 */
export function probabilityAliveCells<Name extends string>(
  model: PurchaseModel<Record<Name, number>>,
  params: unknown,
  frequency: unknown,
  recency: unknown,
  T: unknown
): unknown[][] {
  return perCustomer(
    () => readParameterRow(params, model.symbols, "params"),
    { customers: HISTORY_NAMES },
    [frequency, recency, T],
    (fitted, [x, tx, age]) => {
      requireHistory(x, tx, age);
      return model.probabilityAlive(fitted, x, tx, age);
    }
  );
}

/**
 * The body of a purchase model's PURCHASES function: expected purchases in (T, T + t] per customer.
 *
 * @example
 * expectedPurchasesCells(PURCHASE_MODELS.BGNBD, [[0.243, 4.414, 0.793, 2.426]], [[39]], [[2]], [[30.43]], [[38.86]]);
 * // [[1.226]] (rounded; FHL 2005)
 */
export function expectedPurchasesCells<Name extends string>(
  model: PurchaseModel<Record<Name, number>>,
  params: unknown,
  t: unknown,
  frequency: unknown,
  recency: unknown,
  T: unknown
): unknown[][] {
  return perCustomer(
    () => readParameterRow(params, model.symbols, "params"),
    { settings: ["t"], customers: HISTORY_NAMES },
    [t, frequency, recency, T],
    (fitted, [horizon, x, tx, age]) => {
      requireNonNegative(horizon, "t");
      requireHistory(x, tx, age);
      return model.conditionalExpectedPurchases(fitted, horizon, x, tx, age);
    }
  );
}

function requireHistoryRow([x, tx, T]: readonly number[]): void {
  requireHistory(x, tx, T);
}

/**
 * The body of a purchase model's EXPECTED function: expected repeat purchases of a customer just
 * acquired in (0, t], for each t (FHL 2005, eq. 7, and the other models' equivalents).
 *
 * @example
 * newCustomerPurchasesCells(PURCHASE_MODELS.NBD, [[0.5, 10]], [[20], [40]]); // [[1], [2]]
 */
export function newCustomerPurchasesCells<Name extends string>(
  model: PurchaseModel<Record<Name, number>>,
  params: unknown,
  t: unknown
): unknown[][] {
  return perCustomer(
    () => readParameterRow(params, model.symbols, "params"),
    { customers: ["t"] },
    [t],
    (fitted, [horizon]) => {
      requireNonNegative(horizon, "t");
      return model.expectedPurchases(fitted, horizon);
    }
  );
}
