import {
  bgnbdConditionalExpectedPurchases,
  bgnbdExpectedPurchases,
  bgnbdLogLikelihood,
  bgnbdProbabilityAlive,
  fitBgnbd,
  type BgnbdParameters,
} from "./bgnbd";
import type { ModelFit } from "./modelFit";
import type { PurchaseHistories } from "./purchaseHistories";

/**
 * MBG/NBD (Batislam, Denizel & Filiztekin 2007): the BG/NBD model in which a customer can also
 * drop out right after the first purchase, so a customer with no repeat purchase is not
 * certainly alive. Same parameters (r, alpha, a, b); the maths is bgnbd.ts's with x + 1 dropout
 * opportunities.
 */
export type MbgnbdParameters = BgnbdParameters;

/**
 * Fits the MBG/NBD model by maximum likelihood (Batislam et al. 2007, eq. 6).
 *
 * @example
 * fitMbgnbd({ x: frequency, tx: recency, T: age }).params;
 * // CDNOW sample: ≈ { r: 0.525, alpha: 6.183, a: 0.891, b: 1.614 } (as BTYDplus)
 */
export function fitMbgnbd(histories: PurchaseHistories): ModelFit<MbgnbdParameters> {
  return fitBgnbd(histories, "mbgnbd");
}

/**
 * Log-likelihood of the MBG/NBD model at params, summed over the customers.
 *
 * @example
 * mbgnbdLogLikelihood({ r: 0.525, alpha: 6.183, a: 0.891, b: 1.614 }, cdnowHistories); // ≈ −9582.1
 */
export function mbgnbdLogLikelihood(
  params: MbgnbdParameters,
  histories: PurchaseHistories
): number {
  return bgnbdLogLikelihood(params, histories, "mbgnbd");
}

/**
 * Probability that a customer with history (x, t_x, T) is alive at T (Batislam et al. 2007,
 * eq. 13): 1 / (1 + a/(b + x) · ((alpha + T)/(alpha + t_x))^(r + x)).
 *
 * @example
 * mbgnbdProbabilityAlive({ r: 0.525, alpha: 6.183, a: 0.891, b: 1.614 }, 0, 0, 38.86); // ≈ 0.3897
 */
export function mbgnbdProbabilityAlive(
  params: MbgnbdParameters,
  x: number,
  tx: number,
  T: number
): number {
  return bgnbdProbabilityAlive(params, x, tx, T, "mbgnbd");
}

/**
 * Expected purchases in (T, T + t] of a customer with history (x, t_x, T) (Batislam et al. 2007,
 * eq. 14).
 *
 * @example
 * mbgnbdConditionalExpectedPurchases({ r: 0.525, alpha: 6.183, a: 0.891, b: 1.614 }, 39, 2, 30.43, 38.86);
 * // ≈ 1.263
 */
export function mbgnbdConditionalExpectedPurchases(
  params: MbgnbdParameters,
  t: number,
  x: number,
  tx: number,
  T: number
): number {
  return bgnbdConditionalExpectedPurchases(params, t, x, tx, T, "mbgnbd");
}

/**
 * Expected purchases in (0, t] of a customer just acquired (Batislam et al. 2007, eq. 9):
 * b/(a − 1) · [1 − (alpha/(alpha + t))^r 2F1(r, b + 1; a + b; t/(alpha + t))].
 *
 * @example
 * mbgnbdExpectedPurchases({ r: 0.525, alpha: 6.183, a: 0.891, b: 1.614 }, 39); // ≈ 1.183
 */
export function mbgnbdExpectedPurchases(params: MbgnbdParameters, t: number): number {
  return bgnbdExpectedPurchases(params, t, "mbgnbd");
}
