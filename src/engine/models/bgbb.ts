import { outOfRange, requireFinite, requireSameLength, requireWeight } from "../argumentChecks";
import { InputError } from "../inputError";
import { logBeta } from "../numerics/logBeta";
import { digamma, logGamma } from "../numerics/logGamma";
import { logSumExp } from "../numerics/logSumExp";
import { acrossRemovableSingularity, isNearSingularity } from "../numerics/removableSingularity";
import { fitByMaximumLikelihood, type ModelFit } from "./modelFit";
import { uniquePatterns } from "./uniquePatterns";

/**
 * BG/BB parameters: each customer's transaction probability p ~ Beta(alpha, beta) and dropout
 * probability θ ~ Beta(gamma, delta), both per period (Fader, Hardie & Shang 2010).
 */
export interface BgbbParameters {
  alpha: number;
  beta: number;
  gamma: number;
  delta: number;
}

const PARAMETER_NAMES: (keyof BgbbParameters)[] = ["alpha", "beta", "gamma", "delta"];

/**
 * Fits the beta-geometric/beta-Bernoulli (BG/BB) model of discrete-time repeat transactions by
 * maximum likelihood on weighted unique (x, t_x, n) patterns (FHS 2010, eq. 5).
 *
 * @param frequency Repeat transactions x in the n periods after the first.
 * @param recency Period t_x of the last repeat transaction (0 when x = 0).
 * @param periods Transaction opportunities n observed after the first transaction.
 * @param weights Customers each row stands for. Default 1 each.
 * @throws InputError naming the argument for malformed rows (see requireBgbbHistory); "frequency"
 *   (kind "na") when there are no customers or the fit does not converge.
 *
 * @example
 * // donations.csv: 11,104 donors, 22 patterns
 * const fit = fitBgbb(frequency, recency, periods, weights);
 * fit.params; // { alpha: ≈ 1.204, beta: ≈ 0.750, gamma: ≈ 0.657, delta: ≈ 2.783 }
 * fit.logLikelihood; // ≈ −33225.6
 */
export function fitBgbb(
  frequency: Float64Array,
  recency: Float64Array,
  periods: Float64Array,
  weights?: Float64Array
): ModelFit<BgbbParameters> {
  const patterns = bgbbPatterns(frequency, recency, periods, weights);
  return fitByMaximumLikelihood({
    parameterNames: PARAMETER_NAMES,
    logLikelihood: (params, gradient) => patternsLogLikelihood(params, patterns, gradient),
    start: [1, 1, 1, 1],
    argument: "frequency",
  });
}

/**
 * Log-likelihood of the BG/BB model for customers' (x, t_x, n) histories (FHS 2010, eq. 5).
 *
 * @example
 * // One opportunity, no repeat, all parameters 1: L = B(1, 2)·B(1, 2) + B(1, 1)·B(2, 1) = ¾
 * const one = { alpha: 1, beta: 1, gamma: 1, delta: 1 };
 * bgbbLogLikelihood(one, Float64Array.of(0), Float64Array.of(0), Float64Array.of(1)); // ln ¾
 */
export function bgbbLogLikelihood(
  params: BgbbParameters,
  frequency: Float64Array,
  recency: Float64Array,
  periods: Float64Array,
  weights?: Float64Array
): number {
  const patterns = bgbbPatterns(frequency, recency, periods, weights);
  return patternsLogLikelihood(parameterVector(params), patterns, new Float64Array(4));
}

/**
 * Probability that a customer with history (x, t_x, n) is still alive in the next period,
 * n + 1 (FHS 2010, eq. 11).
 *
 * @example
 * const donations = { alpha: 1.204, beta: 0.75, gamma: 0.657, delta: 2.783 };
 * bgbbProbabilityAlive(donations, 0, 0, 6); // ≈ 0.11
 * bgbbProbabilityAlive(donations, 6, 6, 6); // ≈ 0.93
 */
export function bgbbProbabilityAlive(
  params: BgbbParameters,
  x: number,
  tx: number,
  n: number
): number {
  requireBgbbHistory(x, tx, n);
  const { alpha, beta, gamma, delta } = params;
  return Math.exp(
    logBeta(alpha + x, beta + n - x) +
      logBeta(gamma, delta + n + 1) -
      logBeta(alpha, beta) -
      logBeta(gamma, delta) -
      historyLogLikelihood(params, x, tx, n)
  );
}

/**
 * Expected transactions in the next `futurePeriods` periods, n + 1 .. n + n*, of a customer with
 * history (x, t_x, n) (FHS 2010, eq. 13).
 *
 * @example
 * const donations = { alpha: 1.204, beta: 0.75, gamma: 0.657, delta: 2.783 };
 * bgbbExpectedTransactions(donations, 5, 6, 6, 6); // ≈ 3.75 of 5 for a donor who gave every year
 */
export function bgbbExpectedTransactions(
  params: BgbbParameters,
  futurePeriods: number,
  x: number,
  tx: number,
  n: number
): number {
  requireBgbbHistory(x, tx, n);
  if (!(futurePeriods >= 0)) {
    throw new InputError("future_periods", "must be a number of periods >= 0", "value");
  }
  // 0 / 0 at gamma = 1, where the expectation itself is smooth: bridged there. Asked first, as
  // for BG/NBD, so that the common case makes no closure.
  if (!isNearSingularity(params.gamma, 1)) {
    return expectedTransactionsAt(params.gamma, params, futurePeriods, x, tx, n);
  }
  const formula = (gamma: number) => expectedTransactionsAt(gamma, params, futurePeriods, x, tx, n);
  return acrossRemovableSingularity(formula, params.gamma, 1);
}

/** bgbbExpectedTransactions' formula at a given gamma (params' own gamma is not read). */
function expectedTransactionsAt(
  gamma: number,
  params: BgbbParameters,
  futurePeriods: number,
  x: number,
  tx: number,
  n: number
): number {
  const { alpha, beta, delta } = params;
  const logScale =
    logBeta(alpha + x + 1, beta + n - x) -
    logBeta(alpha, beta) -
    historyLogLikelihood({ ...params, gamma }, x, tx, n) +
    Math.log(delta) +
    logGamma(gamma + delta) -
    logGamma(1 + delta);
  // Γ(1+δ+n)/Γ(γ+δ+n) − Γ(1+δ+n+n*)/Γ(γ+δ+n+n*), over γ − 1
  const logNow = logGamma(1 + delta + n) - logGamma(gamma + delta + n);
  const logLater =
    logGamma(1 + delta + n + futurePeriods) - logGamma(gamma + delta + n + futurePeriods);
  return (Math.exp(logScale + logNow) * -Math.expm1(logLater - logNow)) / (gamma - 1);
}

/**
 * Probability that a randomly chosen customer makes x repeat transactions in the first n
 * periods, P(X(n) = x) (FHS 2010, eq. 7). Times the cohort size it is the expected number of
 * customers with x transactions.
 *
 * @example
 * const donations = { alpha: 1.204, beta: 0.75, gamma: 0.657, delta: 2.783 };
 * 11104 * bgbbTransactionsProbability(donations, 0, 6); // ≈ 3454.9
 */
export function bgbbTransactionsProbability(params: BgbbParameters, x: number, n: number): number {
  requireBgbbHistory(x, x, n);
  const { alpha, beta, gamma, delta } = params;
  const logNormaliser = logBeta(alpha, beta) + logBeta(gamma, delta);
  const logTransactions = (periods: number): number =>
    logBinomial(periods, x) + logBeta(alpha + x, beta + periods - x);
  let probability = Math.exp(logTransactions(n) + logBeta(gamma, delta + n) - logNormaliser);
  // Dropped out after period i, having made x transactions in periods 1..i
  for (let i = x; i < n; i++) {
    probability += Math.exp(logTransactions(i) + logBeta(gamma + 1, delta + i) - logNormaliser);
  }
  return probability;
}

/**
 * Throws unless (x, t_x, n) is a possible BG/BB history: whole numbers with 0 ≤ x ≤ t_x ≤ n and
 * t_x = 0 when x = 0. The #VALUE! InputError names the argument, the customer's row when given
 * (0-based, said as row + 1), the value and what it takes.
 *
 * @example
 * requireBgbbHistory(2, 4, 6); // returns
 * requireBgbbHistory(3, 2, 6); // throws "recency: is 2, below its frequency (3); must be a whole number from frequency to periods (0 when frequency is 0)"
 * requireBgbbHistory(7, 7, 6, 1); // throws "frequency: row 2: is 7, above its periods (6); must be a whole number from 0 to periods"
 */
export function requireBgbbHistory(x: number, tx: number, n: number, row?: number): void {
  if (!(Number.isInteger(requireFinite(n, "periods", row)) && n >= 0)) {
    throw outOfRange("periods", n, "a whole number >= 0", { row });
  }
  if (!(Number.isInteger(requireFinite(x, "frequency", row)) && x >= 0 && x <= n)) {
    const against = x > n ? `above its periods (${n})` : undefined;
    throw outOfRange("frequency", x, "a whole number from 0 to periods", { against, row });
  }
  requireFinite(tx, "recency", row);
  if (Number.isInteger(tx) && tx >= x && tx <= n && (x > 0 || tx === 0)) return;
  const against =
    tx > n
      ? `above its periods (${n})`
      : tx < x
        ? `below its frequency (${x})`
        : x === 0 && tx !== 0
          ? "with frequency 0"
          : undefined;
  throw outOfRange(
    "recency",
    tx,
    "a whole number from frequency to periods (0 when frequency is 0)",
    { against, row }
  );
}

/** Weighted unique (x, t_x, n) patterns after checking every row. */
interface BgbbPatterns {
  x: Float64Array;
  tx: Float64Array;
  n: Float64Array;
  weights: Float64Array;
  totalWeight: number;
}

function bgbbPatterns(
  frequency: Float64Array,
  recency: Float64Array,
  periods: Float64Array,
  weights?: Float64Array
): BgbbPatterns {
  requireSameLength(recency.length, frequency.length, "recency", "frequency");
  requireSameLength(periods.length, frequency.length, "periods", "frequency");
  if (weights) requireSameLength(weights.length, frequency.length, "weights", "frequency");
  if (frequency.length === 0)
    throw new InputError("frequency", "needs at least one customer", "na");
  for (let row = 0; row < frequency.length; row++) {
    requireBgbbHistory(frequency[row], recency[row], periods[row], row);
    if (weights) requireWeight(weights[row], row);
  }
  const unique = uniquePatterns([frequency, recency, periods], weights);
  let totalWeight = 0;
  for (let row = 0; row < unique.weights.length; row++) totalWeight += unique.weights[row];
  const [x, tx, n] = unique.columns;
  return { x, tx, n, weights: unique.weights, totalWeight };
}

function parameterVector(params: BgbbParameters): Float64Array {
  return Float64Array.of(params.alpha, params.beta, params.gamma, params.delta);
}

/** ln L of one history, including the 1/B(α,β) · 1/B(γ,δ) normalisation. */
function historyLogLikelihood(params: BgbbParameters, x: number, tx: number, n: number): number {
  const scratch = new LikelihoodTerms(n - tx + 1);
  return (
    scratch.logLikelihood(parameterVector(params), x, tx, n, null) -
    logBeta(params.alpha, params.beta) -
    logBeta(params.gamma, params.delta)
  );
}

/**
 * Σ weight · ln L over the patterns, with the gradient in (α, β, γ, δ): each pattern's
 * likelihood is a sum of beta-function terms, so its gradient is their softmax-weighted average.
 */
function patternsLogLikelihood(
  params: Float64Array,
  patterns: BgbbPatterns,
  gradient: Float64Array
): number {
  let maxTerms = 1;
  for (let row = 0; row < patterns.x.length; row++) {
    maxTerms = Math.max(maxTerms, patterns.n[row] - patterns.tx[row] + 1);
  }
  const terms = new LikelihoodTerms(maxTerms);
  const patternGradient = new Float64Array(4);
  const [alpha, beta, gamma, delta] = params;
  const weight = patterns.totalWeight;
  let logLikelihood = -weight * (logBeta(alpha, beta) + logBeta(gamma, delta));
  // ∂ −ln B(α,β) = ψ(α+β) − ψ(α), ψ(α+β) − ψ(β); likewise for (γ, δ)
  const digammaAlphaBeta = digamma(alpha + beta);
  const digammaGammaDelta = digamma(gamma + delta);
  gradient[0] = weight * (digammaAlphaBeta - digamma(alpha));
  gradient[1] = weight * (digammaAlphaBeta - digamma(beta));
  gradient[2] = weight * (digammaGammaDelta - digamma(gamma));
  gradient[3] = weight * (digammaGammaDelta - digamma(delta));
  for (let row = 0; row < patterns.x.length; row++) {
    const rowWeight = patterns.weights[row];
    if (rowWeight === 0) continue;
    logLikelihood +=
      rowWeight *
      terms.logLikelihood(
        params,
        patterns.x[row],
        patterns.tx[row],
        patterns.n[row],
        patternGradient
      );
    for (let index = 0; index < 4; index++) gradient[index] += rowWeight * patternGradient[index];
  }
  return logLikelihood;
}

/** Scratch space for the terms of FHS 2010, eq. 5, without the 1/B(α,β) · 1/B(γ,δ) factor. */
class LikelihoodTerms {
  private readonly logTerms: Float64Array;
  private readonly derivatives: Float64Array;

  constructor(capacity: number) {
    this.logTerms = new Float64Array(capacity);
    this.derivatives = new Float64Array(4 * capacity);
  }

  /**
   * ln[B(α+x, β+n−x) B(γ, δ+n) + Σ_{i=0}^{n−t_x−1} B(α+x, β+t_x−x+i) B(γ+1, δ+t_x+i)] (FHS 2010,
   * eq. 5); writes its gradient when `gradient` is given.
   */
  logLikelihood(
    params: Float64Array,
    x: number,
    tx: number,
    n: number,
    gradient: Float64Array | null
  ): number {
    const count = n - tx + 1;
    // Alive through period n; then dropped out right after period t_x + i, i = 0..n−t_x−1
    this.setTerm(0, params, x, n - x, 0, n, gradient !== null);
    for (let i = 0; i < count - 1; i++) {
      this.setTerm(i + 1, params, x, tx - x + i, 1, tx + i, gradient !== null);
    }
    const logTerms = this.logTerms.subarray(0, count);
    const total = logSumExp(logTerms);
    if (gradient) {
      gradient.fill(0);
      for (let term = 0; term < count; term++) {
        const share = Math.exp(logTerms[term] - total);
        for (let index = 0; index < 4; index++) {
          gradient[index] += share * this.derivatives[4 * term + index];
        }
      }
    }
    return total;
  }

  /** ln B(α+x, β+k) + ln B(γ+g, δ+j) and, if asked, its derivatives in (α, β, γ, δ). */
  private setTerm(
    term: number,
    params: Float64Array,
    x: number,
    k: number,
    g: number,
    j: number,
    withDerivatives: boolean
  ): void {
    const [alpha, beta, gamma, delta] = params;
    this.logTerms[term] = logBeta(alpha + x, beta + k) + logBeta(gamma + g, delta + j);
    if (!withDerivatives) return;
    const digammaTransactions = digamma(alpha + beta + x + k);
    const digammaDropout = digamma(gamma + delta + g + j);
    this.derivatives[4 * term] = digamma(alpha + x) - digammaTransactions;
    this.derivatives[4 * term + 1] = digamma(beta + k) - digammaTransactions;
    this.derivatives[4 * term + 2] = digamma(gamma + g) - digammaDropout;
    this.derivatives[4 * term + 3] = digamma(delta + j) - digammaDropout;
  }
}

/** ln C(n, k). */
function logBinomial(n: number, k: number): number {
  return logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1);
}
