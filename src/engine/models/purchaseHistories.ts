import { outOfRange, requireFinite, requireSameLength, requireWeight } from "../argumentChecks";
import { InputError } from "../inputError";
import type { MinimizeOptions } from "../numerics/minimize";
import { distinctValues } from "./distinctValues";
import { uniquePatterns } from "./uniquePatterns";

/**
 * Optimiser settings for the models' likelihood fits: a log-likelihood summed over thousands of
 * customers carries rounding noise near 1e-12 of its size, so BFGS stops at a gradient of 1e-8
 * of it (parameters then agree to about 7 digits) instead of stalling in line searches below that.
 */
export const LIKELIHOOD_FIT_OPTIONS: MinimizeOptions = { gradientTolerance: 1e-8 };

/**
 * The columns the buy-till-you-die models are fitted on, one entry per customer (or per
 * pattern, with weights): repeat purchases x, time of the last purchase t_x and time observed T,
 * measured from the first purchase in one time unit.
 */
export interface PurchaseHistories {
  x: Float64Array;
  tx: Float64Array;
  T: Float64Array;
  /** How many customers each row stands for. Default 1 each. */
  weights?: Float64Array;
}

/** Unique (x, t_x, T) patterns with weights, and the distinct x values the models cache terms on. */
export interface PurchasePatterns {
  readonly x: Float64Array;
  readonly tx: Float64Array;
  readonly T: Float64Array;
  readonly weights: Float64Array;
  readonly totalWeight: number;
  /** Each distinct x once; xValues[xIndex[row]] === x[row]. */
  readonly xValues: Float64Array;
  readonly xIndex: Int32Array;
}

/**
 * Checks purchase histories and collapses them into weighted unique (x, t_x, T) patterns, so a
 * likelihood sums once per pattern.
 *
 * @throws InputError "frequency", "recency", "T" or "weights" (kind "value") for columns of
 * different lengths, a value that is not a number, x < 0, t_x outside 0..T or a negative weight,
 * naming the row (see requireHistory); "frequency" (kind "na") when there are no customers.
 *
 * @example
 * const patterns = purchasePatterns({
 *   x: Float64Array.of(0, 2, 0),
 *   tx: Float64Array.of(0, 30.43, 0),
 *   T: Float64Array.of(38.86, 38.86, 38.86),
 * });
 * patterns.x; // Float64Array [0, 2]
 * patterns.weights; // Float64Array [2, 1]
 * patterns.xValues; // Float64Array [0, 2]
 */
export function purchasePatterns(histories: PurchaseHistories): PurchasePatterns {
  const { x, tx, T, weights } = histories;
  requireSameLength(tx.length, x.length, "recency", "frequency");
  requireSameLength(T.length, x.length, "T", "frequency");
  if (weights) requireSameLength(weights.length, x.length, "weights", "frequency");
  for (let row = 0; row < x.length; row++) {
    requireHistory(x[row], tx[row], T[row], row);
    if (weights) requireWeight(weights[row], row);
  }
  if (x.length === 0) throw new InputError("frequency", "needs at least one customer", "na");
  const unique = uniquePatterns([x, tx, T], weights);
  const [patternX, patternTx, patternT] = unique.columns;
  let totalWeight = 0;
  for (let row = 0; row < unique.weights.length; row++) totalWeight += unique.weights[row];
  const { values, index } = distinctValues(patternX);
  return {
    x: patternX,
    tx: patternTx,
    T: patternT,
    weights: unique.weights,
    totalWeight,
    xValues: values,
    xIndex: index,
  };
}

/**
 * Customers' (x, t_x, T) collapsed into weighted unique patterns once, which every fit then
 * takes as they are (uniquePatterns passes its own output through) instead of collapsing the
 * customers again: the analysis fits BG/NBD and, without dropout, the NBD, and the holdout
 * check four models, on the same customers.
 *
 * @example
 * const patterns = collapsedHistories({ x: Float64Array.of(2, 0, 2), tx: Float64Array.of(30.43, 0, 30.43), T: Float64Array.of(38.86, 38.86, 38.86) });
 * patterns.x; // Float64Array [0, 2]
 * patterns.weights; // Float64Array [1, 2]
 */
export function collapsedHistories(histories: PurchaseHistories): PurchaseHistories {
  const { x, tx, T } = histories;
  const unique = uniquePatterns([x, tx, T], histories.weights);
  const [patternX, patternTx, patternT] = unique.columns;
  return { x: patternX, tx: patternTx, T: patternT, weights: unique.weights };
}

/**
 * Throws unless (x, t_x, T) is a possible history: x ≥ 0, 0 ≤ t_x ≤ T, all finite. The #VALUE!
 * InputError names the argument, the customer's row when given (0-based, said as row + 1), the
 * value and what it takes; a recency above T is most often one in days against T in weeks.
 *
 * @example
 * requireHistory(2, 30.43, 38.86); // returns
 * requireHistory(1, 50, 38, 1);
 * // throws "recency: row 2: is 50, above its T (38); must be from 0 to T, in the time unit of T"
 */
export function requireHistory(x: number, tx: number, T: number, row?: number): void {
  if (x >= 0 && tx >= 0 && tx <= T && T < Infinity && x < Infinity) return;
  if (!(requireFinite(x, "frequency", row) >= 0)) {
    throw outOfRange("frequency", x, "a number of repeat purchases >= 0", { row });
  }
  if (!(requireFinite(T, "T", row) >= 0)) {
    throw outOfRange("T", T, "a time observed >= 0", { row });
  }
  requireFinite(tx, "recency", row);
  throw outOfRange("recency", tx, "from 0 to T, in the time unit of T", {
    against: tx > T ? `above its T (${T})` : undefined,
    row,
  });
}

/**
 * The time observed per repeat purchase over all customers, Σ T / Σ x (weighted): the inverse of
 * the average purchase rate, a start for the scale α of a gamma-distributed rate with r = 1
 * (E[λ] = r/α). 1 when no customer made a repeat purchase.
 *
 * @example
 * timePerRepeatPurchase(purchasePatterns(cdnowHistories)); // ≈ 31.38 weeks (2357 customers)
 */
export function timePerRepeatPurchase(patterns: PurchasePatterns): number {
  let repeats = 0;
  let observed = 0;
  for (let row = 0; row < patterns.x.length; row++) {
    repeats += patterns.weights[row] * patterns.x[row];
    observed += patterns.weights[row] * patterns.T[row];
  }
  return repeats > 0 && observed > 0 ? observed / repeats : 1;
}
