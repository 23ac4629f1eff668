import {
  expectedPurchasesCells,
  fitPurchaseModel,
  newCustomerPurchasesCells,
  probabilityAliveCells,
  PURCHASE_MODELS,
} from "./purchaseModels";

/**
 * Fits the MBG/NBD model (Batislam, Denizel & Filiztekin 2007), BG/NBD in which customers can also drop out right after their first purchase. Spills one row: r, alpha, a, b, LL. While the formula is typed, Excel's preview skips fits of more than 2 000 customers.
 * @customfunction MBGNBD.FIT
 * @param frequency Repeat purchases per customer (CX.SUMMARY's frequency): a table column or a range. Excel on the web takes about 120 000 customers (Windows and Mac: 1 048 576).
 * @param recency Time of each customer's last purchase since the first, t_x (CX.SUMMARY's t_x, not recency_days), as tall as frequency.
 * @param T Time from each customer's first purchase to the end of observation, in the unit of recency.
 * @param [labels] TRUE adds a row of labels (r, alpha, a, b, LL) above the values. Default FALSE.
 * @returns r, alpha, a, b and the log-likelihood in one row; #VALUE! naming the argument and row of a bad cell, e.g. "recency: row 2: is 50, above its T (38); …"; #N/A with advice when the fit does not converge.
 * @example
 * =CX.MBGNBD.FIT(G2:G2358, H2:H2358, I2:I2358) → 0.525, 6.183, 0.891, 1.614, −9582.1 (CDNOW)
 */
export function mbgnbdFit(
  frequency: unknown[][],
  recency: unknown[][],
  T: unknown[][],
  labels?: unknown,
  invocation?: CustomFunctions.Invocation
): unknown[][] {
  return fitPurchaseModel(PURCHASE_MODELS.MBGNBD, frequency, recency, T, labels, invocation);
}

/**
 * MBG/NBD probability that each customer is still alive at the end of observation; unlike BG/NBD, below 1 for customers without repeat purchases.
 * @customfunction MBGNBD.PALIVE
 * @param params The row from CX.MBGNBD.FIT: r, alpha, a, b, with or without LL and the label row.
 * @param frequency Repeat purchases per customer: a cell or a column.
 * @param recency Time of the last purchase t_x (CX.SUMMARY's t_x, not recency_days), in the unit the model was fitted in.
 * @param T Time from the first purchase to the end of observation.
 * @returns P(alive) per customer, 0 to 1; a blank row gives a blank cell.
 * @example
 * =CX.MBGNBD.PALIVE({0.525,6.183,0.891,1.614}, 0, 0, 38.86) → 0.3897
 */
export function mbgnbdPAlive(
  params: unknown[][],
  frequency: unknown[][],
  recency: unknown[][],
  T: unknown[][]
): unknown[][] {
  return probabilityAliveCells(PURCHASE_MODELS.MBGNBD, params, frequency, recency, T);
}

/**
 * MBG/NBD expected purchases of each customer in the next t time units, (T, T + t].
 * @customfunction MBGNBD.PURCHASES
 * @param params The row from CX.MBGNBD.FIT: r, alpha, a, b, with or without LL and the label row.
 * @param t Length of the prediction period, in the unit the model was fitted in (e.g. 52 weeks).
 * @param frequency Repeat purchases per customer: a cell or a column.
 * @param recency Time of the last purchase t_x (CX.SUMMARY's t_x, not recency_days).
 * @param T Time from the first purchase to the end of observation.
 * @returns Expected purchases per customer.
 * @example
 * =CX.MBGNBD.PURCHASES({0.525,6.183,0.891,1.614}, 39, 2, 30.43, 38.86) → 1.263
 */
export function mbgnbdPurchases(
  params: unknown[][],
  t: unknown[][],
  frequency: unknown[][],
  recency: unknown[][],
  T: unknown[][]
): unknown[][] {
  return expectedPurchasesCells(PURCHASE_MODELS.MBGNBD, params, t, frequency, recency, T);
}

/**
 * MBG/NBD expected repeat purchases of a customer just acquired in the first t time units (Batislam et al. 2007, eq. 9): what a new customer is expected to buy.
 * @customfunction MBGNBD.EXPECTED
 * @param params The row from CX.MBGNBD.FIT: r, alpha, a, b, with or without LL and the label row.
 * @param t Length of the period from the first purchase, in the unit the model was fitted in: a cell or a range.
 * @returns Expected repeat purchases for each t.
 * @example
 * =CX.MBGNBD.EXPECTED({0.525,6.183,0.891,1.614}, 39) → 1.183
 */
export function mbgnbdExpected(params: unknown[][], t: unknown[][]): unknown[][] {
  return newCustomerPurchasesCells(PURCHASE_MODELS.MBGNBD, params, t);
}
