import {
  expectedPurchasesCells,
  fitPurchaseModel,
  newCustomerPurchasesCells,
  PURCHASE_MODELS,
} from "./purchaseModels";

/**
 * Fits the NBD model (Ehrenberg): customers buy at gamma-distributed Poisson rates and never drop out — the model for data in which no customer is seen leaving. Spills one row: r, alpha, LL. While the formula is typed, Excel's preview skips fits of more than 2 000 customers.
 * @customfunction NBD.FIT
 * @param frequency Repeat purchases per customer (CX.SUMMARY's frequency): a table column or a range. Excel on the web takes about 120 000 customers (Windows and Mac: 1 048 576).
 * @param recency Time of each customer's last purchase since the first, t_x (CX.SUMMARY's t_x, not recency_days), as tall as frequency (the NBD does not use it; it checks the history).
 * @param T Time from each customer's first purchase to the end of observation, in the unit of recency.
 * @param [labels] TRUE adds a row of labels (r, alpha, LL) above the values. Default FALSE.
 * @returns r, alpha and the log-likelihood in one row; #VALUE! naming the argument and row of a bad cell, e.g. "recency: row 2: is 50, above its T (38); …"; #N/A with advice when the fit does not converge.
 * @example
 * =CX.NBD.FIT(G2:G2358, H2:H2358, I2:I2358) → 0.385, 12.072, −9763.7 (CDNOW, weeks)
 */
export function nbdFit(
  frequency: unknown[][],
  recency: unknown[][],
  T: unknown[][],
  labels?: unknown,
  invocation?: CustomFunctions.Invocation
): unknown[][] {
  return fitPurchaseModel(PURCHASE_MODELS.NBD, frequency, recency, T, labels, invocation);
}

/**
 * NBD expected purchases of each customer in the next t time units, (T, T + t]: t × (r + frequency) / (alpha + T).
 * @customfunction NBD.PURCHASES
 * @param params The row from CX.NBD.FIT: r, alpha, with or without LL and the label row.
 * @param t Length of the prediction period, in the unit the model was fitted in (e.g. 52 weeks).
 * @param frequency Repeat purchases per customer: a cell or a column.
 * @param recency Time of the last purchase t_x (CX.SUMMARY's t_x, not recency_days).
 * @param T Time from the first purchase to the end of observation.
 * @returns Expected purchases per customer.
 * @example
 * =CX.NBD.PURCHASES({0.8,20}, 52, 3, 10, 40) → 3.293 (52 × 3.8 / 60)
 */
export function nbdPurchases(
  params: unknown[][],
  t: unknown[][],
  frequency: unknown[][],
  recency: unknown[][],
  T: unknown[][]
): unknown[][] {
  return expectedPurchasesCells(PURCHASE_MODELS.NBD, params, t, frequency, recency, T);
}

/**
 * NBD expected repeat purchases of a customer just acquired in the first t time units: r × t / alpha.
 * @customfunction NBD.EXPECTED
 * @param params The row from CX.NBD.FIT: r, alpha, with or without LL and the label row.
 * @param t Length of the period from the first purchase, in the unit the model was fitted in: a cell or a range.
 * @returns Expected repeat purchases for each t.
 * @example
 * =CX.NBD.EXPECTED({0.8,20}, 52) → 2.08
 */
export function nbdExpected(params: unknown[][], t: unknown[][]): unknown[][] {
  return newCustomerPurchasesCells(PURCHASE_MODELS.NBD, params, t);
}
