import { outOfRange, requireFinite } from "../argumentChecks";
import { InputError } from "../inputError";
import { logBeta } from "../numerics/logBeta";
import { fitByMaximumLikelihood, type ModelFit } from "./modelFit";

/** sBG parameters: each customer's churn probability θ ~ Beta(alpha, beta). */
export interface SbgParameters {
  alpha: number;
  beta: number;
}

/**
 * Fits the shifted-beta-geometric (sBG) model of contract renewals to a cohort's survivor
 * counts by maximum likelihood (Fader & Hardie 2007, eq. 7 with the recursion of eq. 5): the
 * customers lost in each period are churners at t = 1, 2, …, and those left at the end are
 * right-censored.
 *
 * @param survivors Customers still active at t = 0, 1, 2, … (non-increasing, at least two
 *   periods), e.g. a 1000-customer cohort.
 * @throws InputError "survivors" ("value") for counts that are not numbers, negative or
 *   increasing, naming the row (t + 1); ("na") for fewer than two periods, when the fit does not
 *   converge, or when it runs to an edge (a ModelFitError "no-maximum": 100 subscribers all gone
 *   after one period tell no spread of churn).
 *
 * @example
 * // Fader & Hardie 2007, Table 1, "regular" customers, years 0–7
 * const fit = fitSbg(Float64Array.of(1000, 631, 468, 382, 326, 289, 262, 241));
 * fit.params; // { alpha: ≈ 0.704, beta: ≈ 1.182 }
 */
export function fitSbg(survivors: Float64Array): ModelFit<SbgParameters> {
  return fitSbgCohorts([survivors]);
}

/**
 * Fits one sBG model to several cohorts at once, each observed for its own number of periods:
 * ln L is the sum of the cohorts' ln L (Fader & Hardie 2007, eq. 7, per cohort), so a young
 * cohort adds its early churn and its right-censored survivors without being padded.
 *
 * @param cohorts Each cohort's survivors at t = 0, 1, 2, … (as fitSbg takes them).
 * @throws InputError "survivors" as fitSbg, for any cohort; ("na") when there is no cohort.
 *
 * @example
 * // Fader & Hardie 2007, Table 1, "regular": the same 8 years split into two cohorts of 500
 * fitSbgCohorts([Float64Array.of(500, 315.5, 234, 191, 163, 144.5, 131, 120.5),
 *   Float64Array.of(500, 315.5, 234, 191, 163, 144.5, 131, 120.5)]).params;
 * // { alpha: ≈ 0.704, beta: ≈ 1.182 }, as fitSbg on the whole cohort
 */
export function fitSbgCohorts(cohorts: readonly Float64Array[]): ModelFit<SbgParameters> {
  if (cohorts.length === 0) throw new InputError("survivors", "needs at least one cohort", "na");
  cohorts.forEach(requireSurvivors);
  const cohortGradient = new Float64Array(2);
  return fitByMaximumLikelihood({
    parameterNames: ["alpha", "beta"],
    logLikelihood: (params, gradient) => {
      let logLikelihood = 0;
      gradient.fill(0);
      for (const survivors of cohorts) {
        logLikelihood += survivorLogLikelihood(params, survivors, cohortGradient);
        gradient[0] += cohortGradient[0];
        gradient[1] += cohortGradient[1];
      }
      return logLikelihood;
    },
    start: [1, 1],
    argument: "survivors",
    // α or β beyond these, or known to no better than a factor e¹⁰, is the optimiser running
    // along a flat ridge to an edge (everyone leaving at once, or at one rate), not an estimate.
    identified: { edges: [1e-6, 1e6], logStandardError: 10 },
  });
}

/**
 * Log-likelihood of the sBG model for a cohort's survivor counts (Fader & Hardie 2007, eq. 7).
 *
 * @example
 * sbgLogLikelihood({ alpha: 1, beta: 1 }, Float64Array.of(100, 50));
 * // 50 ln ½ + 50 ln ½ ≈ −69.3147
 */
export function sbgLogLikelihood(params: SbgParameters, survivors: Float64Array): number {
  requireSurvivors(survivors);
  return survivorLogLikelihood(
    Float64Array.of(params.alpha, params.beta),
    survivors,
    new Float64Array(2)
  );
}

/**
 * Share of a cohort still active after t periods: S(t) = B(α, β + t) / B(α, β)
 * (Fader & Hardie 2007, eq. 3 solved in closed form).
 *
 * @example
 * sbgSurvival({ alpha: 0.704, beta: 1.182 }, 8); // ≈ 0.2201 (Table 1, holdout year 8: 22.3 %)
 * sbgSurvival({ alpha: 1, beta: 1 }, 3); // 1/4
 */
export function sbgSurvival(params: SbgParameters, t: number): number {
  return Math.exp(logBeta(params.alpha, params.beta + t) - logBeta(params.alpha, params.beta));
}

/**
 * Retention rate of period t, the share of those active at t − 1 who renew:
 * r(t) = (β + t − 1) / (α + β + t − 1) (Fader & Hardie 2007, eq. 8). It rises with t as the
 * customers most prone to churn leave.
 *
 * @example
 * sbgRetention({ alpha: 0.704, beta: 1.182 }, 1); // 1.182 / 1.886 ≈ 0.6267
 */
export function sbgRetention(params: SbgParameters, t: number): number {
  return (params.beta + t - 1) / (params.alpha + params.beta + t - 1);
}

/**
 * ln L and its gradient in (α, β). P(T = 1) = α/(α+β), P(T = t) = (β+t−2)/(α+β+t−1) · P(T = t−1)
 * (FH 2007, eq. 5), S(t) = S(t−1) − P(T = t); the derivatives follow the same recursions.
 */
function survivorLogLikelihood(
  params: Float64Array,
  survivors: Float64Array,
  gradient: Float64Array
): number {
  const alpha = params[0];
  const beta = params[1];
  let churn = alpha / (alpha + beta);
  let churnAlpha = beta / ((alpha + beta) * (alpha + beta));
  let churnBeta = -alpha / ((alpha + beta) * (alpha + beta));
  let survival = 1;
  let survivalAlpha = 0;
  let survivalBeta = 0;
  let logLikelihood = 0;
  gradient.fill(0);
  for (let t = 1; t < survivors.length; t++) {
    if (t > 1) {
      // P(T=t) = q · P(T=t−1) with q = (β+t−2)/(α+β+t−1)
      const denominator = alpha + beta + t - 1;
      const ratio = (beta + t - 2) / denominator;
      const ratioAlpha = -ratio / denominator;
      const ratioBeta = (1 - ratio) / denominator;
      churnAlpha = ratio * churnAlpha + ratioAlpha * churn;
      churnBeta = ratio * churnBeta + ratioBeta * churn;
      churn *= ratio;
    }
    survival -= churn;
    survivalAlpha -= churnAlpha;
    survivalBeta -= churnBeta;
    const lost = survivors[t - 1] - survivors[t];
    if (lost > 0) {
      logLikelihood += lost * Math.log(churn);
      gradient[0] += (lost * churnAlpha) / churn;
      gradient[1] += (lost * churnBeta) / churn;
    }
  }
  const remaining = survivors[survivors.length - 1];
  if (remaining > 0) {
    logLikelihood += remaining * Math.log(survival);
    gradient[0] += (remaining * survivalAlpha) / survival;
    gradient[1] += (remaining * survivalBeta) / survival;
  }
  return logLikelihood;
}

/**
 * Throws unless the counts are survivors: at least two periods, the first count above 0 and each
 * later one from 0 to the count before, since customers who leave do not come back. A bad count's
 * #VALUE! InputError names its row, t + 1, as a column of the counts from t = 0 numbers it.
 */
function requireSurvivors(survivors: Float64Array): void {
  if (survivors.length < 2) {
    throw new InputError("survivors", "needs the active customers of at least two periods", "na");
  }
  const first = requireFinite(survivors[0], "survivors", 0);
  if (!(first > 0)) {
    throw outOfRange("survivors", first, "a count > 0: the cohort's customers at t = 0", {
      row: 0,
    });
  }
  for (let t = 1; t < survivors.length; t++) {
    const count = requireFinite(survivors[t], "survivors", t);
    const before = survivors[t - 1];
    if (count >= 0 && count <= before) continue;
    throw outOfRange("survivors", count, "a count from 0 to the count before", {
      against: count > before ? `above the count before (${before})` : undefined,
      row: t,
    });
  }
}
