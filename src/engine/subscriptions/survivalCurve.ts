import { InputError } from "../inputError";
import type { ModelFit } from "../models/modelFit";
import { ModelFitError } from "../models/modelFitError";
import { fitSbgCohorts, sbgRetention, sbgSurvival, type SbgParameters } from "../models/sbg";

/**
 * An sBG fit to one or more cohorts and its curves from period 0 to the horizon: the fitted
 * survival S(k) over the observed periods and projected beyond them, and the retention rate
 * r(k) (NaN at k = 0). Or, when the cohorts cannot be fitted, the reason in a plain sentence.
 */
export type SurvivalCurve =
  | {
      readonly fitted: true;
      readonly fit: ModelFit<SbgParameters>;
      readonly survival: Float64Array;
      readonly retention: Float64Array;
    }
  | { readonly fitted: false; readonly message: string };

/** Entries a cohort needs for two parameters: the start and at least two renewal dates. */
const FEWEST_ENTRIES = 3;
/** Fewer subscribers than this tell too little about how churn varies between them. */
const FEWEST_SUBSCRIBERS = 10;

/**
 * Fits the sBG model to cohorts' survivor counts (one cohort, or several pooled, each observed
 * for its own periods) and gives S(k) and r(k) for k = 0…horizon. Cohorts of a single entry
 * are passed over; without a cohort of three entries, with fewer than 10 subscribers, without a
 * subscriber who left, or when the fit fails or runs to an edge (α or β towards 0 or infinity,
 * as with churn that rises from one period to the next), the result is a message rather than a
 * throw, so one young or small cohort does not stop a table.
 *
 * @param horizon The last period of the curves, e.g. the periods observed plus 12.
 *
 * @example
 * // Fader & Hardie 2007, Table 1, "regular", years 0–7, projected to year 12
 * const curve = survivalCurve([Float64Array.of(1000, 631, 468, 382, 326, 289, 262, 241)], 12);
 * curve.fitted && curve.fit.params; // { alpha: ≈ 0.704, beta: ≈ 1.182 }
 * curve.fitted && curve.survival[12]; // ≈ 0.1700 (Table 1: 17.3 %)
 * survivalCurve([Float64Array.of(40, 31)], 12);
 * // { fitted: false, message: "observed for 1 period after the start; an sBG fit needs at least 2" }
 */
export function survivalCurve(cohorts: readonly Float64Array[], horizon: number): SurvivalCurve {
  const usable = cohorts.filter((survivors) => survivors.length > 1);
  const longest = cohorts.reduce((length, survivors) => Math.max(length, survivors.length), 0);
  if (longest < FEWEST_ENTRIES) {
    const periods = Math.max(0, longest - 1);
    return {
      fitted: false,
      message: `observed for ${periods} period${periods === 1 ? "" : "s"} after the start; an sBG fit needs at least ${FEWEST_ENTRIES - 1}`,
    };
  }
  const subscribers = usable.reduce((sum, survivors) => sum + survivors[0], 0);
  if (subscribers < FEWEST_SUBSCRIBERS) {
    return {
      fitted: false,
      message: `${subscribers} subscriber${subscribers === 1 ? "" : "s"}; an sBG fit needs at least ${FEWEST_SUBSCRIBERS}`,
    };
  }
  if (usable.every((survivors) => survivors[survivors.length - 1] === survivors[0])) {
    return {
      fitted: false,
      message: "no subscriber has ended yet; an sBG fit needs some who leave",
    };
  }
  let fit: ModelFit<SbgParameters>;
  try {
    fit = fitSbgCohorts(usable);
  } catch (error) {
    if (error instanceof ModelFitError && error.failure === "no-maximum") {
      return {
        fitted: false,
        message:
          "the sBG has no best fit to these survivors (a parameter runs to 0 or infinity); more subscribers or periods may help",
      };
    }
    if (error instanceof InputError) return { fitted: false, message: error.reason };
    throw error;
  }
  const survival = new Float64Array(horizon + 1);
  const retention = new Float64Array(horizon + 1);
  retention[0] = NaN;
  for (let k = 0; k <= horizon; k++) {
    survival[k] = sbgSurvival(fit.params, k);
    if (k > 0) retention[k] = sbgRetention(fit.params, k);
  }
  return { fitted: true, fit, survival, retention };
}
