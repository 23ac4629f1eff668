import { hypergeometric2F1 } from "../numerics/hypergeometric2F1";
import { logBeta } from "../numerics/logBeta";
import { digamma, logGamma } from "../numerics/logGamma";
import { logAddExp } from "../numerics/logSumExp";
import { acrossRemovableSingularity, isNearSingularity } from "../numerics/removableSingularity";
import { distinctValues, type DistinctValues } from "./distinctValues";
import { fitByMaximumLikelihood, type LikelihoodProblem, type ModelFit } from "./modelFit";
import {
  LIKELIHOOD_FIT_OPTIONS,
  purchasePatterns,
  timePerRepeatPurchase,
  type PurchaseHistories,
  type PurchasePatterns,
} from "./purchaseHistories";

/** BG/NBD parameters: purchase rates λ ~ Gamma(r, alpha), dropout probabilities p ~ Beta(a, b). */
export interface BgnbdParameters {
  r: number;
  alpha: number;
  a: number;
  b: number;
}

/**
 * Which member of the beta-geometric/NBD family: "bgnbd" (Fader, Hardie & Lee 2005), where a
 * customer can drop out only right after a repeat purchase, or "mbgnbd" (Batislam, Denizel &
 * Filiztekin 2007), where a customer can also drop out right after the first purchase.
 */
export type BgnbdVariant = "bgnbd" | "mbgnbd";

const PARAMETER_NAMES: (keyof BgnbdParameters)[] = ["r", "alpha", "a", "b"];

/**
 * Dropout opportunities a customer with x repeat purchases has had: x for BG/NBD, x + 1 for
 * MBG/NBD. Every BG/NBD-family formula is the BG/NBD one with these in place of x in the beta
 * (dropout) part.
 */
function dropoutOpportunities(x: number, variant: BgnbdVariant): number {
  return variant === "bgnbd" ? x : x + 1;
}

/**
 * ln of the odds that a customer with history (x, t_x, T) has dropped out rather than being
 * alive: ln[a/(b + x − 1) · ((alpha + T)/(alpha + t_x))^(r + x)], −Infinity when x = 0 for BG/NBD.
 */
function logOddsDropped(
  params: BgnbdParameters,
  x: number,
  tx: number,
  T: number,
  variant: BgnbdVariant
): number {
  const opportunities = dropoutOpportunities(x, variant);
  if (opportunities === 0) return -Infinity;
  const { r, alpha, a, b } = params;
  return Math.log(a / (b + opportunities - 1)) + (r + x) * Math.log((alpha + T) / (alpha + tx));
}

/**
 * Probability that a customer with x repeat purchases, the last at t_x, observed for T, is still
 * alive at T. FHL 2005, eq. 11 (Batislam et al. 2007, eq. 13 for MBG/NBD).
 *
 * @param x Repeat purchases in (0, T].
 * @param tx Time of the last purchase t_x (0 when x = 0), in the model's time unit.
 * @param T Time from the first purchase to the end of observation.
 *
 * @example
 * const cdnow = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
 * bgnbdProbabilityAlive(cdnow, 0, 0, 38.86); // 1: BG/NBD customers cannot drop out before a repeat purchase
 * bgnbdProbabilityAlive(cdnow, 2, 30.43, 38.86); // ≈ 0.7266
 */
export function bgnbdProbabilityAlive(
  params: BgnbdParameters,
  x: number,
  tx: number,
  T: number,
  variant: BgnbdVariant = "bgnbd"
): number {
  // 1 / (1 + e^odds), which is 0 rather than NaN when the odds overflow.
  return Math.exp(-logAddExp(0, logOddsDropped(params, x, tx, T, variant)));
}

/**
 * Expected purchases in (T, T + t] of a customer with history (x, t_x, T): FHL 2005, eq. 10.
 * The 2F1(r + x, b + x; a + b + x − 1; z) of the paper is replaced by Euler's transformation,
 * (1 − z)^(a − 1 − r − x) 2F1(a − 1, a + b − 1 − r; a + b + x − 1; z), whose power cancels the
 * paper's ((alpha + T)/(alpha + T + t))^(r + x), so nothing overflows for large x.
 *
 * @param t Length of the prediction period, in the model's time unit.
 *
 * @example
 * const cdnow = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
 * bgnbdConditionalExpectedPurchases(cdnow, 39, 2, 30.43, 38.86); // ≈ 1.226 (FHL 2005, p. 280)
 */
export function bgnbdConditionalExpectedPurchases(
  params: BgnbdParameters,
  t: number,
  x: number,
  tx: number,
  T: number,
  variant: BgnbdVariant = "bgnbd"
): number {
  const expectedIfAlive = bgnbdExpectedPurchasesIfAlive(params, t, x, T, variant);
  return expectedIfAlive / (1 + Math.exp(logOddsDropped(params, x, tx, T, variant)));
}

/**
 * Expected purchases in (T, T + t] of a customer alive at T after x repeat purchases in (0, T]:
 * FHL 2005, eq. 10 without its P(alive) denominator (Euler's form, see
 * bgnbdConditionalExpectedPurchases), which depends on t_x only through P(alive).
 *
 * @example
 * const cdnow = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
 * bgnbdExpectedPurchasesIfAlive(cdnow, 39, 2, 38.86); // ≈ 1.687 = 1.226 / P(alive) 0.7266
 */
export function bgnbdExpectedPurchasesIfAlive(
  params: BgnbdParameters,
  t: number,
  x: number,
  T: number,
  variant: BgnbdVariant = "bgnbd"
): number {
  // 0 / 0 at a = 1, where the expectation itself is smooth: bridged there. Asked first, so
  // that predicting a million customers makes no closure each.
  if (!isNearSingularity(params.a, 1)) return expectedIfAliveAt(params.a, params, t, x, T, variant);
  const formula = (a: number) => expectedIfAliveAt(a, params, t, x, T, variant);
  return acrossRemovableSingularity(formula, params.a, 1);
}

/** bgnbdExpectedPurchasesIfAlive's formula at a given a (params' own a is not read). */
function expectedIfAliveAt(
  a: number,
  { r, alpha, b }: BgnbdParameters,
  t: number,
  x: number,
  T: number,
  variant: BgnbdVariant
): number {
  const lower = a + b + dropoutOpportunities(x, variant) - 1;
  const horizon = alpha + T + t;
  const z = t / horizon;
  // 1 − z as its own ratio: a long horizon in days puts z within 1e-7 of 1, where 1 − z
  // subtracted would keep only some 9 digits.
  const oneMinusZ = (alpha + T) / horizon;
  const hypergeometric = hypergeometric2F1(a - 1, lower - r - x, lower, z, oneMinusZ);
  const notDroppedShare = 1 - Math.exp((a - 1) * Math.log(oneMinusZ)) * hypergeometric;
  return (lower / (a - 1)) * notDroppedShare;
}

/**
 * Expected purchases in (0, t] of a customer just acquired: FHL 2005, eq. 7 (eq. 10 with
 * x = t_x = T = 0; Batislam et al. 2007, eq. 9 for MBG/NBD).
 *
 * @example
 * const fitted = { r: 0.2426, alpha: 4.4135, a: 0.7929, b: 2.4258 };
 * bgnbdExpectedPurchases(fitted, 39); // ≈ 1.22 repeat purchases in the first 39 weeks
 */
export function bgnbdExpectedPurchases(
  params: BgnbdParameters,
  t: number,
  variant: BgnbdVariant = "bgnbd"
): number {
  return bgnbdConditionalExpectedPurchases(params, t, 0, 0, 0, variant);
}

/**
 * Probability that a customer just acquired makes exactly n repeat purchases in (0, t]:
 * FHL 2005, eq. 8. For MBG/NBD the customer has one more dropout opportunity, at time 0: alive
 * after n + 1 coin flips with B(a, b + n + 1)/B(a, b), or gone at the flip after the n-th
 * purchase with B(a + 1, b + n)/B(a, b) once that purchase has happened (Batislam et al. 2007).
 *
 * @example
 * const cdnow = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
 * bgnbdProbabilityOfPurchases(cdnow, 39, 0); // ≈ 0.5737864
 * bgnbdProbabilityOfPurchases(cdnow, 2, 10); // ≈ 1.07869e-7
 * bgnbdProbabilityOfPurchases(cdnow, 39, 0, "mbgnbd"); // b/(a + b) · P(no purchase | alive) + a/(a + b)
 */
export function bgnbdProbabilityOfPurchases(
  params: BgnbdParameters,
  t: number,
  n: number,
  variant: BgnbdVariant = "bgnbd"
): number {
  const { r, alpha, a, b } = params;
  const flips = variant === "mbgnbd" ? n + 1 : n;
  const logShare = Math.log(t / (alpha + t));
  const logNotShare = Math.log(alpha / (alpha + t));
  const logBetaAB = logBeta(a, b);
  // NBD(r, alpha) probability of exactly j purchases in t: Γ(r+j)/(Γ(r) j!) (α/(α+t))^r (t/(α+t))^j
  const logNbd = (j: number): number =>
    logGamma(r + j) - logGamma(r) - logGamma(j + 1) + r * logNotShare + j * logShare;
  const aliveThroughout = logBeta(a, b + flips) - logBetaAB + logNbd(n);
  if (flips === 0) return Math.exp(aliveThroughout);
  const droppedAfterN =
    logBeta(a + 1, b + flips - 1) - logBetaAB + Math.log(nbdTailFrom(n, logNbd));
  return Math.exp(logAddExp(aliveThroughout, droppedAfterN));
}

/**
 * P(N ≥ n) of a count with log-probabilities logProbability(j): as 1 − P(N < n) while that is
 * at least ½, else by summing the tail itself so a tiny tail keeps its relative precision.
 */
function nbdTailFrom(n: number, logProbability: (j: number) => number): number {
  let below = 0;
  for (let j = 0; j < n; j++) below += Math.exp(logProbability(j));
  if (below <= 0.5) return 1 - below;
  let tail = 0;
  for (let j = n; ; j++) {
    const term = Math.exp(logProbability(j));
    tail += term;
    if (term <= 1e-17 * tail || j > n + 100000) return tail;
  }
}

/**
 * Fits the BG/NBD model (or MBG/NBD) by maximum likelihood on customers' (x, t_x, T), collapsed
 * into weighted unique patterns first.
 *
 * @throws InputError for impossible histories (see purchasePatterns); ModelFitError on
 * "frequency" when the fit fails, with failure "no-dropout" when the data show no customer
 * leaving: the mean dropout probability a/(a + b) then runs to 0 (a → 0 or b → ∞).
 *
 * @example
 * // The CDNOW sample (cdnow_customers_summary.csv, weeks):
 * const fit = fitBgnbd({ x: frequency, tx: recency, T: age });
 * fit.params; // { r: 0.2426, alpha: 4.4135, a: 0.7929, b: 2.4258 } (FHL 2005: 0.243, 4.414, 0.793, 2.426)
 * fit.logLikelihood; // ≈ −9582.43
 */
export function fitBgnbd(
  histories: PurchaseHistories,
  variant: BgnbdVariant = "bgnbd"
): ModelFit<BgnbdParameters> {
  return fitByMaximumLikelihood(bgnbdLikelihood(histories, variant), LIKELIHOOD_FIT_OPTIONS);
}

/**
 * The BG/NBD (or MBG/NBD) likelihood of customers' (x, t_x, T), as fitByMaximumLikelihood takes
 * it: what the fit maximises and the parameters' uncertainty is measured on.
 *
 * @throws InputError for impossible histories (see purchasePatterns).
 *
 * @example
 * bgnbdLikelihood(cdnowHistories).parameterNames; // ["r", "alpha", "a", "b"]
 */
export function bgnbdLikelihood(
  histories: PurchaseHistories,
  variant: BgnbdVariant = "bgnbd"
): LikelihoodProblem<keyof BgnbdParameters> {
  const terms = familyTerms(purchasePatterns(histories));
  const { patterns } = terms;
  let opportunities = 0;
  for (let row = 0; row < patterns.x.length; row++) {
    opportunities += patterns.weights[row] * dropoutOpportunities(patterns.x[row], variant);
  }
  return {
    parameterNames: PARAMETER_NAMES,
    logLikelihood: (params, gradient) =>
      familyLogLikelihood(
        { r: params[0], alpha: params[1], a: params[2], b: params[3] },
        terms,
        gradient,
        variant
      ),
    // A gamma rate whose mean is the data's purchase rate: 29 → 21 BFGS iterations on CDNOW.
    start: [1, timePerRepeatPurchase(patterns), 1, 1],
    argument: "frequency",
    // Each opportunity is a dropout with probability p, whose mean is a/(a + b).
    expectedDropouts:
      opportunities > 0
        ? (params) => (opportunities * params[2]) / (params[2] + params[3])
        : undefined,
  };
}

/**
 * Log-likelihood of the BG/NBD model (or MBG/NBD) at params, summed over the customers.
 * FHL 2005, eq. 6.
 *
 * @example
 * bgnbdLogLikelihood({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, cdnowHistories); // ≈ −9582.4
 */
export function bgnbdLogLikelihood(
  params: BgnbdParameters,
  histories: PurchaseHistories,
  variant: BgnbdVariant = "bgnbd"
): number {
  return familyLogLikelihood(params, familyTerms(purchasePatterns(histories)), null, variant);
}

/** Patterns with their distinct T and t_x values, on which ln(alpha + T) and ln(alpha + t_x) are taken once each. */
interface FamilyTerms {
  patterns: PurchasePatterns;
  T: DistinctValues;
  tx: DistinctValues;
}

function familyTerms(patterns: PurchasePatterns): FamilyTerms {
  return { patterns, T: distinctValues(patterns.T), tx: distinctValues(patterns.tx) };
}

/** ln(alpha + value) for each distinct value. */
function logsOfShifted(alpha: number, distinct: DistinctValues): Float64Array {
  const logs = new Float64Array(distinct.values.length);
  for (let value = 0; value < logs.length; value++)
    logs[value] = Math.log(alpha + distinct.values[value]);
  return logs;
}

/**
 * ln L of the BG/NBD family and, when asked, its gradient in (r, alpha, a, b), summed over the
 * weighted patterns. FHL 2005, eq. 6 (Batislam et al. 2007, eq. 6), as
 * ln Γ(r+x) − ln Γ(r) + r ln alpha − ln B(a, b) + ln(e^A1 + e^A2) with
 * A1 = ln B(a, b + x) − (r + x) ln(alpha + T), A2 = ln B(a + 1, b + x − 1) − (r + x) ln(alpha + t_x).
 */
function familyLogLikelihood(
  params: BgnbdParameters,
  terms: FamilyTerms,
  gradient: Float64Array | null,
  variant: BgnbdVariant
): number {
  const { r, alpha, a, b } = params;
  const { patterns } = terms;
  const { x, tx, T, weights, xValues, xIndex } = patterns;
  // A log of 100 000 customers has some 80 000 patterns but only about 500 values of T and of t_x.
  const logAlphaTs = logsOfShifted(alpha, terms.T);
  const logAlphaTxs = logsOfShifted(alpha, terms.tx);
  const indexT = terms.T.index;
  const indexTx = terms.tx.index;
  const logAlpha = Math.log(alpha);
  const logBetaAB = logBeta(a, b);
  const digammaR = digamma(r);
  const digammaA = digamma(a);
  const digammaAB = digamma(a + b);
  // Terms that depend on x only, once per distinct x.
  const count = xValues.length;
  const common = new Float64Array(count);
  const logBeta1 = new Float64Array(count);
  const logBeta2 = new Float64Array(count);
  const commonR = new Float64Array(count);
  const beta1A = new Float64Array(count);
  const beta1B = new Float64Array(count);
  const beta2A = new Float64Array(count);
  const beta2B = new Float64Array(count);
  for (let value = 0; value < count; value++) {
    const opportunities = dropoutOpportunities(xValues[value], variant);
    common[value] = logGamma(r + xValues[value]) - logGamma(r) + r * logAlpha - logBetaAB;
    logBeta1[value] = logBeta(a, b + opportunities);
    logBeta2[value] = opportunities > 0 ? logBeta(a + 1, b + opportunities - 1) : -Infinity;
    if (!gradient) continue;
    const digammaAll = digamma(a + b + opportunities);
    commonR[value] = digamma(r + xValues[value]) - digammaR + logAlpha;
    beta1A[value] = digammaA - digammaAll;
    beta1B[value] = digamma(b + opportunities) - digammaAll;
    beta2A[value] = opportunities > 0 ? digammaA + 1 / a - digammaAll : 0;
    beta2B[value] = opportunities > 0 ? digamma(b + opportunities - 1) - digammaAll : 0;
  }

  let total = 0;
  let gradientR = 0;
  let gradientAlpha = 0;
  let gradientA = 0;
  let gradientB = 0;
  for (let row = 0; row < x.length; row++) {
    const value = xIndex[row];
    const weight = weights[row];
    const purchases = r + x[row];
    const logAlphaT = logAlphaTs[indexT[row]];
    const logAlphaTx = logAlphaTxs[indexTx[row]];
    const term1 = logBeta1[value] - purchases * logAlphaT;
    const term2 = logBeta2[value] - purchases * logAlphaTx;
    // ln(e^A1 + e^A2) = max + ln(1 + e^−|A1 − A2|), sharing the one exponential with the weights.
    const smallerRatio = Math.exp(-Math.abs(term1 - term2));
    total += weight * (common[value] + Math.max(term1, term2) + Math.log1p(smallerRatio));
    if (!gradient) continue;
    const smallerShare = smallerRatio / (1 + smallerRatio);
    const share2 = term2 > term1 ? 1 - smallerShare : smallerShare;
    const share1 = 1 - share2;
    gradientR += weight * (commonR[value] - share1 * logAlphaT - share2 * logAlphaTx);
    gradientAlpha -= weight * purchases * (share1 / (alpha + T[row]) + share2 / (alpha + tx[row]));
    gradientA += weight * (share1 * beta1A[value] + share2 * beta2A[value]);
    gradientB += weight * (share1 * beta1B[value] + share2 * beta2B[value]);
  }
  if (gradient) {
    // The r/alpha and −ln B(a, b) parts are the same for every customer.
    gradient[0] = gradientR;
    gradient[1] = gradientAlpha + (patterns.totalWeight * r) / alpha;
    gradient[2] = gradientA - patterns.totalWeight * (digammaA - digammaAB);
    gradient[3] = gradientB - patterns.totalWeight * (digamma(b) - digammaAB);
  }
  return total;
}
