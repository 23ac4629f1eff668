import { requireWholeNumberBetween } from "../engine/argumentChecks";
import { InputError } from "../engine/inputError";
import { bgnbdProbabilityOfPurchases } from "../engine/models/bgnbd";
import { readParameterRow } from "./parameterRow";
import { perCustomer } from "./perCustomer";
import {
  expectedPurchasesCells,
  fitPurchaseModel,
  newCustomerPurchasesCells,
  probabilityAliveCells,
  PURCHASE_MODELS,
} from "./purchaseModels";

/** The largest n CX.BGNBD.PNPURCHASES takes (its sum runs over 0..n). */
const MAX_PURCHASES = 10000;

/**
 * Fits the BG/NBD model (Fader, Hardie & Lee 2005) to customers' purchase histories. Spills one row: r, alpha, a, b, LL. While the formula is typed, Excel's preview skips fits of more than 2 000 customers.
 * @customfunction BGNBD.FIT
 * @param frequency Repeat purchases per customer (CX.SUMMARY's frequency): a table column or a range. Excel on the web takes about 120 000 customers (Windows and Mac: 1 048 576).
 * @param recency Time of each customer's last purchase since the first, t_x (CX.SUMMARY's t_x, not recency_days), as tall as frequency.
 * @param T Time from each customer's first purchase to the end of observation, in the unit of recency.
 * @param [labels] TRUE adds a row of labels (r, alpha, a, b, LL) above the values. Default FALSE.
 * @returns r, alpha, a, b and the log-likelihood in one row; #VALUE! naming the argument and row of a bad cell, e.g. "recency: row 2: is 50, above its T (38); …"; #N/A with advice when the fit does not converge.
 * @example
 * =CX.BGNBD.FIT(G2:G2358, H2:H2358, I2:I2358, TRUE) → r 0.243, alpha 4.414, a 0.793, b 2.426, LL −9582.4 (CDNOW)
 */
export function bgnbdFit(
  frequency: unknown[][],
  recency: unknown[][],
  T: unknown[][],
  labels?: unknown,
  invocation?: CustomFunctions.Invocation
): unknown[][] {
  return fitPurchaseModel(PURCHASE_MODELS.BGNBD, frequency, recency, T, labels, invocation);
}

/**
 * BG/NBD probability that each customer is still alive at the end of observation.
 * @customfunction BGNBD.PALIVE
 * @param params The row from CX.BGNBD.FIT: r, alpha, a, b, with or without LL and the label row.
 * @param frequency Repeat purchases per customer: a cell or a column.
 * @param recency Time of the last purchase t_x (CX.SUMMARY's t_x, not recency_days), in the unit the model was fitted in.
 * @param T Time from the first purchase to the end of observation.
 * @returns P(alive) per customer, 0 to 1; a blank row gives a blank cell.
 * @example
 * =CX.BGNBD.PALIVE({0.243,4.414,0.793,2.426}, 2, 30.43, 38.86) → 0.7266
 */
export function bgnbdPAlive(
  params: unknown[][],
  frequency: unknown[][],
  recency: unknown[][],
  T: unknown[][]
): unknown[][] {
  return probabilityAliveCells(PURCHASE_MODELS.BGNBD, params, frequency, recency, T);
}

/**
 * BG/NBD expected purchases of each customer in the next t time units, (T, T + t].
 * @customfunction BGNBD.PURCHASES
 * @param params The row from CX.BGNBD.FIT: r, alpha, a, b, with or without LL and the label row.
 * @param t Length of the prediction period, in the unit the model was fitted in (e.g. 52 weeks).
 * @param frequency Repeat purchases per customer: a cell or a column.
 * @param recency Time of the last purchase t_x (CX.SUMMARY's t_x, not recency_days).
 * @param T Time from the first purchase to the end of observation.
 * @returns Expected purchases per customer.
 * @example
 * =CX.BGNBD.PURCHASES({0.243,4.414,0.793,2.426}, 39, 2, 30.43, 38.86) → 1.226 (FHL 2005)
 */
export function bgnbdPurchases(
  params: unknown[][],
  t: unknown[][],
  frequency: unknown[][],
  recency: unknown[][],
  T: unknown[][]
): unknown[][] {
  return expectedPurchasesCells(PURCHASE_MODELS.BGNBD, params, t, frequency, recency, T);
}

/**
 * BG/NBD probability that a new customer makes exactly n repeat purchases in the first t time units, P(X(t) = n).
 * @customfunction BGNBD.PNPURCHASES
 * @param params The row from CX.BGNBD.FIT: r, alpha, a, b, with or without LL and the label row.
 * @param n Number of repeat purchases, a whole number 0 to 10000: a cell or a range.
 * @param t Length of the period from the first purchase, > 0: a cell or a range.
 * @returns P(X(t) = n) for each n and t; ranges broadcast, e.g. a column of n against a row of t.
 * @example
 * =CX.BGNBD.PNPURCHASES({0.243,4.414,0.793,2.426}, 0, 39) → 0.5738
 */
export function bgnbdPnPurchases(params: unknown[][], n: unknown[][], t: unknown[][]): unknown[][] {
  return perCustomer(
    () => readParameterRow(params, PURCHASE_MODELS.BGNBD.symbols, "params"),
    { customers: ["n", "t"] },
    [n, t],
    (fitted, [purchases, time]) => {
      requireWholeNumberBetween(purchases, 0, MAX_PURCHASES, "n");
      if (!(time > 0)) throw new InputError("t", "must be a time > 0", "value");
      return bgnbdProbabilityOfPurchases(fitted, time, purchases);
    }
  );
}

/**
 * BG/NBD expected repeat purchases of a customer just acquired in the first t time units (FHL 2005, eq. 7): what a new customer is expected to buy.
 * @customfunction BGNBD.EXPECTED
 * @param params The row from CX.BGNBD.FIT: r, alpha, a, b, with or without LL and the label row.
 * @param t Length of the period from the first purchase, in the unit the model was fitted in: a cell or a range.
 * @returns Expected repeat purchases for each t.
 * @example
 * =CX.BGNBD.EXPECTED({0.243,4.414,0.793,2.426}, 39) → 1.197
 */
export function bgnbdExpected(params: unknown[][], t: unknown[][]): unknown[][] {
  return newCustomerPurchasesCells(PURCHASE_MODELS.BGNBD, params, t);
}
