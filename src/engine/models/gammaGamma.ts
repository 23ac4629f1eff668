import { outOfRange, requireFinite, requireSameLength } from "../argumentChecks";
import { InputError } from "../inputError";
import { digamma, logGamma, logGammaRatio } from "../numerics/logGamma";
import { distinctValues } from "./distinctValues";
import { fitByMaximumLikelihood, type LikelihoodProblem, type ModelFit } from "./modelFit";
import { LIKELIHOOD_FIT_OPTIONS } from "./purchaseHistories";
import { uniquePatterns } from "./uniquePatterns";

/**
 * Gamma-Gamma parameters: a transaction's value ~ Gamma(p, ν) around the customer's mean p/ν,
 * with ν ~ Gamma(q, gamma) across customers.
 */
export interface GammaGammaParameters {
  p: number;
  q: number;
  gamma: number;
}

/** Customers' repeat purchases x and the mean value of those repeat purchases. */
export interface SpendHistories {
  x: Float64Array;
  meanSpend: Float64Array;
  /** How many customers each row stands for. Default 1 each. */
  weights?: Float64Array;
}

const PARAMETER_NAMES: (keyof GammaGammaParameters)[] = ["p", "q", "gamma"];

/**
 * The customers with x > 0 as the likelihood sums over them: unique (x, mean spend m) patterns
 * with their weights, each pattern's total repeat spend s = m x, ln s and ln m, and the position
 * of its x among the distinct x.
 */
interface SpendPatterns {
  x: Float64Array;
  weights: Float64Array;
  totalSpend: Float64Array;
  logTotalSpend: Float64Array;
  logMeanSpend: Float64Array;
  xValues: Float64Array;
  xIndex: Int32Array;
}

/**
 * Keeps the customers with repeat purchases (the model says nothing about the others' spend)
 * and collapses them into weighted unique patterns.
 */
function spendPatterns(histories: SpendHistories): SpendPatterns {
  const { x, meanSpend, weights } = histories;
  requireSameLength(meanSpend.length, x.length, "monetary", "frequency");
  if (weights) requireSameLength(weights.length, x.length, "weights", "frequency");
  const kept = new Int32Array(x.length);
  let keptCount = 0;
  for (let row = 0; row < x.length; row++) {
    requireSpendHistory(x[row], meanSpend[row], row);
    if (x[row] > 0) kept[keptCount++] = row;
  }
  if (keptCount === 0) {
    throw new InputError("frequency", "needs customers with at least one repeat purchase", "na");
  }
  // A loop, not Float64Array.from with a mapping: that took 0.1 s on a million customers.
  const pick = (column: Float64Array): Float64Array => {
    const picked = new Float64Array(keptCount);
    for (let index = 0; index < keptCount; index++) picked[index] = column[kept[index]];
    return picked;
  };
  const unique = uniquePatterns([pick(x), pick(meanSpend)], weights && pick(weights));
  const [patternX, patternSpend] = unique.columns;
  const patterns = patternX.length;
  const totalSpend = new Float64Array(patterns);
  const logTotalSpend = new Float64Array(patterns);
  const logMeanSpend = new Float64Array(patterns);
  for (let row = 0; row < patterns; row++) {
    totalSpend[row] = patternSpend[row] * patternX[row];
    logTotalSpend[row] = Math.log(totalSpend[row]);
    logMeanSpend[row] = Math.log(patternSpend[row]);
  }
  const { values, index } = distinctValues(patternX);
  return {
    x: patternX,
    weights: unique.weights,
    totalSpend,
    logTotalSpend,
    logMeanSpend,
    xValues: values,
    xIndex: index,
  };
}

/**
 * Throws unless (x, m) is a possible spend history: x ≥ 0 repeat purchases and, when x > 0, a
 * mean repeat spend m > 0 (m is not read for x = 0). The #VALUE! InputError names the argument,
 * the customer's row when given (0-based, said as row + 1), the value and what it takes.
 *
 * @example
 * requireSpendHistory(2, 22.35); // returns
 * requireSpendHistory(0, 0); // returns: no repeat purchase, no mean spend
 * requireSpendHistory(2, 0, 4);
 * // throws "monetary: row 5: is 0, with frequency 2; must be a mean spend > 0 for a customer with repeat purchases"
 */
export function requireSpendHistory(x: number, meanSpend: number, row?: number): void {
  if (!(requireFinite(x, "frequency", row) >= 0)) {
    throw outOfRange("frequency", x, "a number of repeat purchases >= 0", { row });
  }
  if (x === 0 || (meanSpend > 0 && meanSpend < Infinity)) return;
  requireFinite(meanSpend, "monetary", row);
  throw outOfRange("monetary", meanSpend, "a mean spend > 0 for a customer with repeat purchases", {
    against: `with frequency ${x}`,
    row,
  });
}

/**
 * ln L of the Gamma-Gamma model over weighted patterns and, when asked, its gradient in
 * (p, q, gamma). Fader & Hardie (2013) note 025, eq. 3: per customer
 * ln Γ(px + q) − ln Γ(px) − ln Γ(q) + q ln gamma + (px − 1) ln m + px ln x − (px + q) ln(gamma + m x),
 * written as ln Γ(px + q) − ln Γ(px) − ln Γ(q) − q ln(1 + s/gamma) − px ln(1 + gamma/s) − ln m
 * with s = m x. The gamma functions are taken once per distinct x. Each customer's term is
 * summed whole, a number of a few units: summing q ln gamma and the like apart, each some
 * 10⁴ a customer when q runs to thousands, loses the last digits the fit needs on a million
 * customers, and it then stops for want of a lower value it cannot resolve.
 */
function spendLogLikelihood(
  params: GammaGammaParameters,
  patterns: SpendPatterns,
  gradient: Float64Array | null
): number {
  const { p, q, gamma } = params;
  const { x, weights, totalSpend, logTotalSpend, logMeanSpend, xValues, xIndex } = patterns;
  const count = xValues.length;
  // Per distinct x: ln Γ(px + q) − ln Γ(px) − ln Γ(q), and ψ(px + q) − ψ(px), ψ(px + q) − ψ(q).
  const gammaTerm = new Float64Array(count);
  const digammaShape = new Float64Array(count);
  const digammaScale = new Float64Array(count);
  const digammaQ = gradient ? digamma(q) : 0;
  for (let value = 0; value < count; value++) {
    const shape = p * xValues[value];
    // ln Γ(px + q) − ln Γ(larger) without cancellation (q runs to thousands on a ridge).
    const larger = Math.max(shape, q);
    const smaller = Math.min(shape, q);
    gammaTerm[value] = logGammaRatio(larger, smaller) - logGamma(smaller);
    if (!gradient) continue;
    const digammaSum = digamma(shape + q);
    digammaShape[value] = digammaSum - digamma(shape);
    digammaScale[value] = digammaSum - digammaQ;
  }
  const logGammaParameter = Math.log(gamma);
  const inverseGamma = 1 / gamma;
  let total = 0;
  let gradientP = 0;
  let gradientQ = 0;
  let gradientGamma = 0;
  for (let row = 0; row < x.length; row++) {
    const weight = weights[row];
    const shape = p * x[row];
    const scaled = gamma + totalSpend[row];
    // ln(1 + s/gamma) as such: ln(gamma + s) − ln gamma would carry ln gamma's rounding,
    // times q, into every customer's term alike.
    const scaleTerm = Math.log1p(totalSpend[row] * inverseGamma);
    const shapeTerm = logGammaParameter + scaleTerm - logTotalSpend[row]; // ln(1 + gamma/s)
    const value = xIndex[row];
    total += weight * (gammaTerm[value] - q * scaleTerm - shape * shapeTerm - logMeanSpend[row]);
    if (!gradient) continue;
    gradientP += weight * x[row] * (digammaShape[value] - shapeTerm);
    gradientQ += weight * (digammaScale[value] - scaleTerm);
    gradientGamma += weight * (q / gamma - (shape + q) / scaled);
  }
  if (gradient) {
    gradient[0] = gradientP;
    gradient[1] = gradientQ;
    gradient[2] = gradientGamma;
  }
  return total;
}

/**
 * Fits the Gamma-Gamma spend model by maximum likelihood on the customers with x > 0 (those
 * with x = 0 are left out: they have no repeat spend).
 *
 * @throws InputError "frequency" or "monetary" (kind "value") for x < 0 or a mean spend
 * that is not > 0 where x > 0, naming the row (see requireSpendHistory); "frequency" (kind "na")
 * when no customer has x > 0 or the fit does not converge.
 *
 * @example
 * // CDNOW sample, cdnow_customers_summary_with_transactions.csv (946 customers with x > 0):
 * fitGammaGamma({ x: frequency, meanSpend: zbar }).params; // ≈ { p: 6.25, q: 3.74, gamma: 15.44 }
 */
export function fitGammaGamma(histories: SpendHistories): ModelFit<GammaGammaParameters> {
  return fitByMaximumLikelihood(gammaGammaLikelihood(histories), LIKELIHOOD_FIT_OPTIONS);
}

/**
 * The Gamma-Gamma likelihood of the customers with x > 0, as fitByMaximumLikelihood takes it:
 * what the fit maximises and the parameters' uncertainty is measured on.
 *
 * @throws InputError as fitGammaGamma, for the same input.
 *
 * @example
 * gammaGammaLikelihood({ x: frequency, meanSpend: zbar }).parameterNames; // ["p", "q", "gamma"]
 */
export function gammaGammaLikelihood(
  histories: SpendHistories
): LikelihoodProblem<keyof GammaGammaParameters> {
  const patterns = spendPatterns(histories);
  return {
    parameterNames: PARAMETER_NAMES,
    logLikelihood: (params, gradient) =>
      spendLogLikelihood({ p: params[0], q: params[1], gamma: params[2] }, patterns, gradient),
    start: [1, 1, 1],
    argument: "monetary",
  };
}

/**
 * Log-likelihood of the Gamma-Gamma model at params, summed over the customers with x > 0.
 *
 * @example
 * gammaGammaLogLikelihood({ p: 6.25, q: 3.74, gamma: 15.44 }, { x: Float64Array.of(2), meanSpend: Float64Array.of(22.35) });
 * // ≈ −3.67
 */
export function gammaGammaLogLikelihood(
  params: GammaGammaParameters,
  histories: SpendHistories
): number {
  return spendLogLikelihood(params, spendPatterns(histories), null);
}

/**
 * Expected mean transaction value of a customer with x repeat purchases of mean value
 * meanSpend: note 025, eq. 5, (gamma + m x) p / (p x + q − 1) — a weighted average of the
 * population mean and the customer's own mean. With x = 0 it is the population mean.
 *
 * @example
 * const cdnow = { p: 6.25, q: 3.74, gamma: 15.44 };
 * gammaGammaConditionalExpectedSpend(cdnow, 2, 22.35); // ≈ 24.66
 * gammaGammaConditionalExpectedSpend(cdnow, 0, 0); // ≈ 35.22, the population mean
 */
export function gammaGammaConditionalExpectedSpend(
  params: GammaGammaParameters,
  x: number,
  meanSpend: number
): number {
  const { p, q, gamma } = params;
  return ((gamma + meanSpend * x) * p) / (p * x + q - 1);
}

/**
 * Mean transaction value across the population, p gamma/(q − 1) (note 025, eq. 4); Infinity
 * when q ≤ 1 (the mean does not exist).
 *
 * @example
 * gammaGammaPopulationMeanSpend({ p: 6.25, q: 3.74, gamma: 15.44 }); // ≈ 35.22
 */
export function gammaGammaPopulationMeanSpend(params: GammaGammaParameters): number {
  const { p, q, gamma } = params;
  return q > 1 ? (p * gamma) / (q - 1) : Infinity;
}
