import { digamma, logGamma } from "../numerics/logGamma";
import { fitByMaximumLikelihood, type LikelihoodProblem, type ModelFit } from "./modelFit";
import { InputError } from "../inputError";
import { ModelFitError } from "./modelFitError";
import {
  LIKELIHOOD_FIT_OPTIONS,
  purchasePatterns,
  type PurchaseHistories,
  type PurchasePatterns,
} from "./purchaseHistories";

/**
 * NBD parameters (Ehrenberg 1959): each customer buys as a Poisson process whose rate
 * λ ~ Gamma(r, alpha) and never drops out — the limit of BG/NBD and Pareto/NBD without dropout.
 */
export interface NbdParameters {
  r: number;
  alpha: number;
}

const PARAMETER_NAMES = ["r", "alpha"] as const;

/**
 * Fits the NBD model by maximum likelihood on (x, t_x, T): with no dropout only x and T matter,
 * L = Γ(r + x)/Γ(r) · alpha^r / (alpha + T)^(r + x) (Fader & Hardie's NBD benchmark; FHL 2005,
 * eq. 3 with p = 0).
 *
 * Where the customers' repeat counts vary no more than a Poisson's (every customer buying at
 * about one rate), the maximum lies at r, alpha → ∞: the fit then gives that Poisson limit,
 * r / alpha = Σ x / Σ T, with `message` saying so and no standard errors.
 *
 * @throws InputError for impossible histories (see purchasePatterns); "frequency" (kind "na")
 * when no customer made a repeat purchase.
 *
 * @example
 * const fit = fitNbd({ x: Float64Array.of(0, 1, 4), tx: Float64Array.of(0, 10, 30), T: Float64Array.of(40, 40, 40) });
 * fit.params; // { r, alpha } with r / alpha near the mean rate 5 / 120 per week
 */
export function fitNbd(histories: PurchaseHistories): ModelFit<NbdParameters> {
  const patterns = purchasePatterns(histories);
  const rate = repeatRate(patterns);
  if (!(rate > 0)) {
    throw new InputError("frequency", "no customer made a repeat purchase to fit a rate to", "na");
  }
  if (!(purchaseCountExcessVariance(patterns, rate) > 0)) return poissonLimit(patterns, rate);
  try {
    return fitByMaximumLikelihood(nbdPatternsLikelihood(patterns, rate), LIKELIHOOD_FIT_OPTIONS);
  } catch (error) {
    // Near the Poisson edge the likelihood keeps rising as r and alpha grow together.
    if (error instanceof ModelFitError && error.failure !== "no-dropout") {
      return poissonLimit(patterns, rate);
    }
    throw error;
  }
}

/**
 * The NBD likelihood of customers' (x, t_x, T), as fitByMaximumLikelihood takes it: what the fit
 * maximises and the parameters' uncertainty is measured on.
 *
 * @throws InputError for impossible histories (see purchasePatterns).
 *
 * @example
 * nbdLikelihood(cdnowHistories).parameterNames; // ["r", "alpha"]
 */
export function nbdLikelihood(
  histories: PurchaseHistories
): LikelihoodProblem<keyof NbdParameters> {
  const patterns = purchasePatterns(histories);
  return nbdPatternsLikelihood(patterns, repeatRate(patterns));
}

function nbdPatternsLikelihood(
  patterns: PurchasePatterns,
  rate: number
): LikelihoodProblem<keyof NbdParameters> {
  return {
    parameterNames: PARAMETER_NAMES,
    logLikelihood: (params, gradient) =>
      nbdPatternsLogLikelihood({ r: params[0], alpha: params[1] }, patterns, gradient),
    start: [1, rate > 0 ? 1 / rate : 1],
    argument: "frequency",
  };
}

/** Repeat purchases per time unit over all customers, Σ w x / Σ w T. */
function repeatRate(patterns: PurchasePatterns): number {
  let repeats = 0;
  let observed = 0;
  for (let row = 0; row < patterns.x.length; row++) {
    repeats += patterns.weights[row] * patterns.x[row];
    observed += patterns.weights[row] * patterns.T[row];
  }
  return repeats / observed;
}

/** The shape standing for r → ∞ in the Poisson limit: the gamma's spread is then 1/√r = 0.01 %. */
const POISSON_LIMIT_SHAPE = 1e8;

/**
 * Σ w [(x − rate·T)² − rate·T]: the repeat counts' variance beyond a Poisson's. At or below 0 the
 * customers show no spread in their rates, and the NBD's maximum lies at r, alpha → ∞.
 */
function purchaseCountExcessVariance(patterns: PurchasePatterns, rate: number): number {
  let excess = 0;
  for (let row = 0; row < patterns.x.length; row++) {
    const expected = rate * patterns.T[row];
    excess += patterns.weights[row] * ((patterns.x[row] - expected) ** 2 - expected);
  }
  return excess;
}

/**
 * The NBD's limit when every customer buys at one rate (Σ x / Σ T): a Poisson process, written
 * as r, alpha → ∞ at r / alpha = rate, so every verb of the NBD still applies.
 */
function poissonLimit(patterns: PurchasePatterns, rate: number): ModelFit<NbdParameters> {
  const params = { r: POISSON_LIMIT_SHAPE, alpha: POISSON_LIMIT_SHAPE / rate };
  return {
    params,
    logLikelihood: nbdPatternsLogLikelihood(params, patterns, null),
    standardErrors: { r: NaN, alpha: NaN },
    converged: true,
    iterations: 0,
    message: `every customer buys at about the same rate (${rate.toPrecision(4)} per time unit): the NBD's Poisson limit`,
  };
}

/**
 * Log-likelihood of the NBD model at params, summed over the customers.
 *
 * @example
 * nbdLogLikelihood({ r: 1, alpha: 10 }, { x: Float64Array.of(0), tx: Float64Array.of(0), T: Float64Array.of(10) });
 * // ln(10 / 20) = −0.6931
 */
export function nbdLogLikelihood(params: NbdParameters, histories: PurchaseHistories): number {
  return nbdPatternsLogLikelihood(params, purchasePatterns(histories), null);
}

/** Σ w [ln Γ(r + x) − ln Γ(r) + r ln alpha − (r + x) ln(alpha + T)] and, when asked, its gradient. */
function nbdPatternsLogLikelihood(
  params: NbdParameters,
  patterns: PurchasePatterns,
  gradient: Float64Array | null
): number {
  const { r, alpha } = params;
  const { x, T, weights, xValues, xIndex } = patterns;
  const logGammaRatio = new Float64Array(xValues.length);
  const digammaRatio = new Float64Array(xValues.length);
  const logGammaR = logGamma(r);
  const digammaR = digamma(r);
  for (let value = 0; value < xValues.length; value++) {
    logGammaRatio[value] = logGamma(r + xValues[value]) - logGammaR;
    if (gradient) digammaRatio[value] = digamma(r + xValues[value]) - digammaR;
  }
  const logAlpha = Math.log(alpha);
  let total = 0;
  let gradientR = 0;
  let gradientAlpha = 0;
  for (let row = 0; row < x.length; row++) {
    const weight = weights[row];
    const logExposure = Math.log(alpha + T[row]);
    total += weight * (logGammaRatio[xIndex[row]] + r * logAlpha - (r + x[row]) * logExposure);
    if (!gradient) continue;
    gradientR += weight * (digammaRatio[xIndex[row]] + logAlpha - logExposure);
    gradientAlpha += weight * (r / alpha - (r + x[row]) / (alpha + T[row]));
  }
  if (gradient) {
    gradient[0] = gradientR;
    gradient[1] = gradientAlpha;
  }
  return total;
}

/**
 * P(alive): 1, as no NBD customer drops out.
 *
 * @example
 * nbdProbabilityAlive(); // 1
 */
export function nbdProbabilityAlive(): number {
  return 1;
}

/**
 * Expected purchases in (T, T + t] of a customer with x repeat purchases in (0, T]: the mean of
 * the rate given the history, (r + x)/(alpha + T), times t.
 *
 * @example
 * nbdConditionalExpectedPurchases({ r: 1, alpha: 10 }, 10, 2, 5, 10); // 10 · 3 / 20 = 1.5
 */
export function nbdConditionalExpectedPurchases(
  params: NbdParameters,
  t: number,
  x: number,
  _tx: number,
  T: number
): number {
  return (t * (params.r + x)) / (params.alpha + T);
}

/**
 * Expected repeat purchases in (0, t] of a customer just acquired: r t / alpha.
 *
 * @example
 * nbdExpectedPurchases({ r: 1, alpha: 10 }, 20); // 2
 */
export function nbdExpectedPurchases(params: NbdParameters, t: number): number {
  return (params.r * t) / params.alpha;
}

/**
 * P(X(t) = n) for a customer just acquired: the negative binomial
 * Γ(r + n)/(Γ(r) n!) (alpha/(alpha + t))^r (t/(alpha + t))^n.
 *
 * @example
 * nbdProbabilityOfPurchases({ r: 1, alpha: 10 }, 10, 0); // 0.5
 */
export function nbdProbabilityOfPurchases(params: NbdParameters, t: number, n: number): number {
  const { r, alpha } = params;
  if (t === 0) return n === 0 ? 1 : 0;
  return Math.exp(
    logGamma(r + n) -
      logGamma(r) -
      logGamma(n + 1) +
      r * Math.log(alpha / (alpha + t)) +
      n * Math.log(t / (alpha + t))
  );
}
