import { digamma, logGamma } from "../numerics/logGamma";
import { logAddExp } from "../numerics/logSumExp";
import { fitByMaximumLikelihood, type LikelihoodProblem, type ModelFit } from "./modelFit";
import { emptyTail, logTailIntegral, type LogTail } from "./paretoNbdTailIntegral";
import {
  LIKELIHOOD_FIT_OPTIONS,
  purchasePatterns,
  type PurchaseHistories,
  type PurchasePatterns,
} from "./purchaseHistories";
import { uniquePatterns } from "./uniquePatterns";

/** Pareto/NBD parameters: purchase rates λ ~ Gamma(r, alpha), dropout rates μ ~ Gamma(s, beta). */
export interface ParetoNbdParameters {
  r: number;
  alpha: number;
  s: number;
  beta: number;
}

const PARAMETER_NAMES: (keyof ParetoNbdParameters)[] = ["r", "alpha", "s", "beta"];

/**
 * ln of the likelihood's two positive parts for one customer. Integrating Fader & Hardie's
 * eq. 22 by parts gives L = Γ(r+x) alpha^r beta^s / Γ(r) · [(r + x) K(r + x + 1, s; T) +
 * s K(r + x, s + 1; t_x)] with K as in logTailIntegral (u = alpha, v = beta): the first part is
 * "alive at T", the second "dropped out between t_x and T", and no difference of 2F1s is left.
 */
function logParts(
  params: ParetoNbdParameters,
  x: number,
  tx: number,
  T: number,
  aliveAtT: LogTail,
  droppedBeforeT: LogTail
): void {
  const { r, alpha, s, beta } = params;
  logTailIntegral(alpha, r + x + 1, beta, s, T, aliveAtT);
  logTailIntegral(alpha, r + x, beta, s + 1, tx, droppedBeforeT);
  aliveAtT.value += Math.log(r + x);
  droppedBeforeT.value += Math.log(s);
}

/**
 * Probability that a customer with x repeat purchases, the last at t_x, observed for T, is still
 * alive at T: Fader & Hardie (2005 note), eq. 18, as the likelihood's "alive at T" part over L.
 *
 * @example
 * const cdnow = { r: 0.5534, alpha: 10.5802, s: 0.6061, beta: 11.6562 };
 * paretoNbdProbabilityAlive(cdnow, 26, 30.86, 31); // ≈ 0.9979
 */
export function paretoNbdProbabilityAlive(
  params: ParetoNbdParameters,
  x: number,
  tx: number,
  T: number
): number {
  const { r, alpha, s, beta } = params;
  const aliveAtT = emptyTail();
  const droppedBeforeT = emptyTail();
  logParts(params, x, tx, T, aliveAtT, droppedBeforeT);
  const logAlive = -(r + x) * Math.log(alpha + T) - s * Math.log(beta + T);
  return Math.exp(logAlive - logAddExp(aliveAtT.value, droppedBeforeT.value));
}

/**
 * Expected purchases in (T, T + t] if still alive at T, after x purchases in (0, T]:
 * (r + x)(beta + T)/((alpha + T)(s − 1)) · [1 − ((beta + T)/(beta + T + t))^(s − 1)],
 * with the limit (r + x)/(alpha + T) · (beta + T) ln(1 + t/(beta + T)) at s = 1.
 *
 * @example
 * paretoNbdExpectedPurchasesIfAlive({ r: 0.5534, alpha: 10.5802, s: 0.6061, beta: 11.6562 }, 52, 26, 31); // ≈ 25.51
 */
export function paretoNbdExpectedPurchasesIfAlive(
  params: ParetoNbdParameters,
  t: number,
  x: number,
  T: number
): number {
  const { r, alpha, s, beta } = params;
  const logGrowth = Math.log1p(t / (beta + T));
  const lifetimeFactor = s === 1 ? logGrowth : -Math.expm1(-(s - 1) * logGrowth) / (s - 1);
  return ((r + x) / (alpha + T)) * (beta + T) * lifetimeFactor;
}

/**
 * Expected purchases in (T, T + t] of a customer with history (x, t_x, T): Fader & Hardie
 * (2005 note), eq. 20 — P(alive) times the expectation for a customer alive at T.
 *
 * @example
 * const cdnow = { r: 0.5534, alpha: 10.5802, s: 0.6061, beta: 11.6562 };
 * paretoNbdConditionalExpectedPurchases(cdnow, 52, 26, 30.86, 31); // ≈ 25.46
 */
export function paretoNbdConditionalExpectedPurchases(
  params: ParetoNbdParameters,
  t: number,
  x: number,
  tx: number,
  T: number
): number {
  return (
    paretoNbdExpectedPurchasesIfAlive(params, t, x, T) * paretoNbdProbabilityAlive(params, x, tx, T)
  );
}

/**
 * Expected purchases in (0, t] of a customer just acquired: SMC 1987, eq. 17,
 * r beta/(alpha (s − 1)) · [1 − (beta/(beta + t))^(s − 1)].
 *
 * @example
 * paretoNbdExpectedPurchases({ r: 0.553, alpha: 10.578, s: 0.606, beta: 11.669 }, 1); // ≈ 0.0510
 */
export function paretoNbdExpectedPurchases(params: ParetoNbdParameters, t: number): number {
  return paretoNbdExpectedPurchasesIfAlive(params, t, 0, 0);
}

/**
 * Fits the Pareto/NBD model by maximum likelihood on customers' (x, t_x, T), collapsed into
 * weighted unique patterns first.
 *
 * @throws InputError for impossible histories (see purchasePatterns); ModelFitError on
 * "frequency" when the fit fails, with failure "no-dropout" when the data show no customer
 * leaving: the mean dropout rate s/beta then runs to 0.
 *
 * @example
 * // The CDNOW sample (cdnow_customers_summary.csv, weeks):
 * const fit = fitParetoNbd({ x: frequency, tx: recency, T: age });
 * fit.params; // ≈ { r: 0.553, alpha: 10.578, s: 0.606, beta: 11.669 }; fit.logLikelihood ≈ −9595.0
 */
export function fitParetoNbd(histories: PurchaseHistories): ModelFit<ParetoNbdParameters> {
  return fitByMaximumLikelihood(paretoNbdLikelihood(histories), LIKELIHOOD_FIT_OPTIONS);
}

/**
 * The Pareto/NBD likelihood of customers' (x, t_x, T), as fitByMaximumLikelihood takes it: what
 * the fit maximises and the parameters' uncertainty is measured on.
 *
 * @throws InputError for impossible histories (see purchasePatterns).
 *
 * @example
 * paretoNbdLikelihood(cdnowHistories).parameterNames; // ["r", "alpha", "s", "beta"]
 */
export function paretoNbdLikelihood(
  histories: PurchaseHistories
): LikelihoodProblem<keyof ParetoNbdParameters> {
  const terms = paretoNbdTerms(purchasePatterns(histories));
  const { patterns } = terms;
  let exposure = 0;
  for (let row = 0; row < patterns.T.length; row++) {
    exposure += patterns.weights[row] * patterns.T[row];
  }
  return {
    parameterNames: PARAMETER_NAMES,
    logLikelihood: (params, gradient) =>
      paretoNbdTermsLogLikelihood(
        { r: params[0], alpha: params[1], s: params[2], beta: params[3] },
        terms,
        gradient
      ),
    start: [1, 1, 1, 1],
    argument: "frequency",
    // Customers drop out at rate μ, whose mean is s/beta, over the time T each is observed.
    expectedDropouts: exposure > 0 ? (params) => (exposure * params[2]) / params[3] : undefined,
  };
}

/**
 * Log-likelihood of the Pareto/NBD model at params, summed over the customers.
 *
 * @example
 * paretoNbdLogLikelihood({ r: 0.553, alpha: 10.578, s: 0.606, beta: 11.669 }, cdnowHistories); // ≈ −9595.0
 */
export function paretoNbdLogLikelihood(
  params: ParetoNbdParameters,
  histories: PurchaseHistories
): number {
  return paretoNbdTermsLogLikelihood(params, paretoNbdTerms(purchasePatterns(histories)), null);
}

/**
 * One part of the likelihood (see logParts) at each distinct (x, y) pair, y being T for "alive
 * at T" and t_x for "dropped out": the part's ln and its derivatives in r, alpha, s and beta.
 */
interface TailPairs {
  x: Float64Array;
  y: Float64Array;
  /** The pair of each pattern. */
  ofPattern: Uint32Array;
  value: Float64Array;
  r: Float64Array;
  alpha: Float64Array;
  s: Float64Array;
  beta: Float64Array;
}

/** A likelihood's patterns with the pairs its two parts depend on, once each. */
interface ParetoNbdTerms {
  patterns: PurchasePatterns;
  alive: TailPairs;
  dropped: TailPairs;
}

/**
 * The "alive" part depends on (x, T) only and the "dropped" part on (x, t_x) only, so each is
 * evaluated once per pair: 100 000 customers of a two-year log make some 80 000 patterns but
 * only about 4 000 pairs of each kind, and the parts are nearly all of the likelihood's cost.
 */
function paretoNbdTerms(patterns: PurchasePatterns): ParetoNbdTerms {
  const pairs = (y: Float64Array): TailPairs => {
    const unique = uniquePatterns([patterns.x, y]);
    const count = unique.weights.length;
    return {
      x: unique.columns[0],
      y: unique.columns[1],
      ofPattern: unique.patternOfRow,
      value: new Float64Array(count),
      r: new Float64Array(count),
      alpha: new Float64Array(count),
      s: new Float64Array(count),
      beta: new Float64Array(count),
    };
  };
  return { patterns, alive: pairs(patterns.T), dropped: pairs(patterns.tx) };
}

/** Fills each pair's part: (r + x) K(r + x + 1, s; T) when alive, s K(r + x, s + 1; t_x) when dropped. */
function evaluateParts(params: ParetoNbdParameters, pairs: TailPairs, alive: boolean): void {
  const { r, alpha, s, beta } = params;
  const tail = emptyTail();
  for (let pair = 0; pair < pairs.x.length; pair++) {
    const x = pairs.x[pair];
    if (alive) logTailIntegral(alpha, r + x + 1, beta, s, pairs.y[pair], tail);
    else logTailIntegral(alpha, r + x, beta, s + 1, pairs.y[pair], tail);
    pairs.value[pair] = tail.value + Math.log(alive ? r + x : s);
    pairs.r[pair] = tail.p + (alive ? 1 / (r + x) : 0);
    pairs.alpha[pair] = tail.u;
    pairs.s[pair] = tail.q + (alive ? 0 : 1 / s);
    pairs.beta[pair] = tail.v;
  }
}

/**
 * ln L summed over weighted patterns and, when asked, its gradient in (r, alpha, s, beta):
 * ln Γ(r+x) − ln Γ(r) + r ln alpha + s ln beta + ln(e^alive + e^dropped) (see logParts).
 */
function paretoNbdTermsLogLikelihood(
  params: ParetoNbdParameters,
  terms: ParetoNbdTerms,
  gradient: Float64Array | null
): number {
  const { r, alpha, s, beta } = params;
  const { patterns, alive, dropped } = terms;
  const { weights, xValues, xIndex } = patterns;
  const count = xValues.length;
  const logGammaRatio = new Float64Array(count);
  const digammaRatio = new Float64Array(count);
  const logGammaR = logGamma(r);
  const digammaR = digamma(r);
  for (let value = 0; value < count; value++) {
    logGammaRatio[value] = logGamma(r + xValues[value]) - logGammaR;
    if (gradient) digammaRatio[value] = digamma(r + xValues[value]) - digammaR;
  }
  evaluateParts(params, alive, true);
  evaluateParts(params, dropped, false);
  let total = patterns.totalWeight * (r * Math.log(alpha) + s * Math.log(beta));
  let gradientR = 0;
  let gradientAlpha = 0;
  let gradientS = 0;
  let gradientBeta = 0;
  for (let row = 0; row < weights.length; row++) {
    const weight = weights[row];
    const alivePair = alive.ofPattern[row];
    const droppedPair = dropped.ofPattern[row];
    const logBoth = logAddExp(alive.value[alivePair], dropped.value[droppedPair]);
    total += weight * (logGammaRatio[xIndex[row]] + logBoth);
    if (!gradient) continue;
    const aliveShare = Math.exp(alive.value[alivePair] - logBoth);
    const droppedShare = 1 - aliveShare;
    gradientR +=
      weight *
      (digammaRatio[xIndex[row]] +
        aliveShare * alive.r[alivePair] +
        droppedShare * dropped.r[droppedPair]);
    gradientAlpha +=
      weight * (aliveShare * alive.alpha[alivePair] + droppedShare * dropped.alpha[droppedPair]);
    gradientS += weight * (aliveShare * alive.s[alivePair] + droppedShare * dropped.s[droppedPair]);
    gradientBeta +=
      weight * (aliveShare * alive.beta[alivePair] + droppedShare * dropped.beta[droppedPair]);
  }
  if (gradient) {
    gradient[0] = gradientR + patterns.totalWeight * Math.log(alpha);
    gradient[1] = gradientAlpha + (patterns.totalWeight * r) / alpha;
    gradient[2] = gradientS + patterns.totalWeight * Math.log(beta);
    gradient[3] = gradientBeta + (patterns.totalWeight * s) / beta;
  }
  return total;
}

/** Simpson intervals over the log of the dropout time; the integrand is smooth there. */
const INTERVALS = 256;

/**
 * Probability that a Pareto/NBD customer just acquired makes exactly n repeat purchases in
 * (0, t]. With λ ~ Gamma(r, alpha) the count up to τ is NBD, and the lifetime τ has survival
 * (beta/(beta + τ))^s, so P(X(t) = n) = S(t) NBD(n; t) + ∫_0^t f(τ) NBD(n; τ) dτ (Fader & Hardie
 * note 012 before its closed form, whose difference of 2F1 terms cancels badly). The integral
 * is summed by Simpson's rule on v = ln(1 + τ/m), m the smaller of alpha and beta: the nodes
 * follow the log of τ from the finer of the two scales up, so a small beta (most lifetimes
 * short, a few very long) or a small alpha (counts that rise within days) is resolved as well
 * as CDNOW's.
 *
 * @example
 * const cdnow = { r: 0.553, alpha: 10.578, s: 0.606, beta: 11.669 };
 * paretoNbdProbabilityOfPurchases(cdnow, 39, 0); // ≈ 0.5936, the share expected to make no repeat purchase in 39 weeks
 * paretoNbdProbabilityOfPurchases({ r: 0.5, alpha: 5, s: 0.5, beta: 0.01 }, 2000, 0); // ≈ 0.95725
 */
export function paretoNbdProbabilityOfPurchases(
  params: ParetoNbdParameters,
  t: number,
  n: number
): number {
  const { r, alpha, s, beta } = params;
  const logCount = logGamma(r + n) - logGamma(r) - logGamma(n + 1);
  const nbd = (time: number): number =>
    time === 0
      ? n === 0
        ? 1
        : 0
      : Math.exp(
          logCount + r * Math.log(alpha / (alpha + time)) + n * Math.log(time / (alpha + time))
        );
  const survival = Math.pow(beta / (beta + t), s);
  // τ = m (e^v − 1), dτ = (m + τ) dv, v in [0, ln(1 + t/m)]; f(τ) = s beta^s / (beta + τ)^(s + 1).
  const scale = Math.min(alpha, beta);
  const step = Math.log1p(t / scale) / INTERVALS;
  let integral = 0;
  for (let index = 0; index <= INTERVALS; index++) {
    const tau = scale * Math.expm1(index * step);
    const weight = index === 0 || index === INTERVALS ? 1 : index % 2 === 1 ? 4 : 2;
    const density = (s / beta) * Math.pow(beta / (beta + tau), s + 1);
    integral += weight * density * nbd(tau) * (scale + tau);
  }
  return survival * nbd(t) + (integral * step) / 3;
}
