import {
  expectedPurchasesCells,
  fitPurchaseModel,
  newCustomerPurchasesCells,
  probabilityAliveCells,
  PURCHASE_MODELS,
} from "./purchaseModels";

/**
 * Fits the Pareto/NBD model (Schmittlein, Morrison & Colombo 1987) to customers' purchase histories. Spills one row: r, alpha, s, beta, LL. While the formula is typed, Excel's preview skips fits of more than 2 000 customers.
 * @customfunction PNBD.FIT
 * @param frequency Repeat purchases per customer (CX.SUMMARY's frequency): a table column or a range. Excel on the web takes about 120 000 customers (Windows and Mac: 1 048 576).
 * @param recency Time of each customer's last purchase since the first, t_x (CX.SUMMARY's t_x, not recency_days), as tall as frequency.
 * @param T Time from each customer's first purchase to the end of observation, in the unit of recency.
 * @param [labels] TRUE adds a row of labels (r, alpha, s, beta, LL) above the values. Default FALSE.
 * @returns r, alpha, s, beta and the log-likelihood in one row; #VALUE! naming the argument and row of a bad cell, e.g. "recency: row 2: is 50, above its T (38); …"; #N/A with advice when the fit does not converge.
 * @example
 * =CX.PNBD.FIT(G2:G2358, H2:H2358, I2:I2358) → 0.553, 10.578, 0.606, 11.668, −9595.0 (CDNOW)
 */
export function pnbdFit(
  frequency: unknown[][],
  recency: unknown[][],
  T: unknown[][],
  labels?: unknown,
  invocation?: CustomFunctions.Invocation
): unknown[][] {
  return fitPurchaseModel(PURCHASE_MODELS.PNBD, frequency, recency, T, labels, invocation);
}

/**
 * Pareto/NBD probability that each customer is still alive at the end of observation.
 * @customfunction PNBD.PALIVE
 * @param params The row from CX.PNBD.FIT: r, alpha, s, beta, with or without LL and the label row.
 * @param frequency Repeat purchases per customer: a cell or a column.
 * @param recency Time of the last purchase t_x (CX.SUMMARY's t_x, not recency_days), in the unit the model was fitted in.
 * @param T Time from the first purchase to the end of observation.
 * @returns P(alive) per customer, 0 to 1; a blank row gives a blank cell.
 * @example
 * =CX.PNBD.PALIVE({0.5534,10.5802,0.6061,11.6562}, 26, 30.86, 31) → 0.9979
 */
export function pnbdPAlive(
  params: unknown[][],
  frequency: unknown[][],
  recency: unknown[][],
  T: unknown[][]
): unknown[][] {
  return probabilityAliveCells(PURCHASE_MODELS.PNBD, params, frequency, recency, T);
}

/**
 * Pareto/NBD expected purchases of each customer in the next t time units, (T, T + t].
 * @customfunction PNBD.PURCHASES
 * @param params The row from CX.PNBD.FIT: r, alpha, s, beta, with or without LL and the label row.
 * @param t Length of the prediction period, in the unit the model was fitted in (e.g. 52 weeks).
 * @param frequency Repeat purchases per customer: a cell or a column.
 * @param recency Time of the last purchase t_x (CX.SUMMARY's t_x, not recency_days).
 * @param T Time from the first purchase to the end of observation.
 * @returns Expected purchases per customer.
 * @example
 * =CX.PNBD.PURCHASES({0.5534,10.5802,0.6061,11.6562}, 52, 26, 30.86, 31) → 25.45
 */
export function pnbdPurchases(
  params: unknown[][],
  t: unknown[][],
  frequency: unknown[][],
  recency: unknown[][],
  T: unknown[][]
): unknown[][] {
  return expectedPurchasesCells(PURCHASE_MODELS.PNBD, params, t, frequency, recency, T);
}

/**
 * Pareto/NBD expected repeat purchases of a customer just acquired in the first t time units (Schmittlein et al. 1987): what a new customer is expected to buy.
 * @customfunction PNBD.EXPECTED
 * @param params The row from CX.PNBD.FIT: r, alpha, s, beta, with or without LL and the label row.
 * @param t Length of the period from the first purchase, in the unit the model was fitted in: a cell or a range.
 * @returns Expected repeat purchases for each t.
 * @example
 * =CX.PNBD.EXPECTED({0.553,10.578,0.606,11.669}, 39) → 1.213
 */
export function paretoNbdExpected(params: unknown[][], t: unknown[][]): unknown[][] {
  return newCustomerPurchasesCells(PURCHASE_MODELS.PNBD, params, t);
}
