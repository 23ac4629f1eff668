import { clvIntervals, type Interval } from "../models/clvIntervals";
import {
  errorMessage,
  type ModelHistories,
  type ModelOutcome,
  type PredictionOptions,
} from "./customerModels";

/** The level of the pane's CLV intervals: 90 %, low and high the 5 % and 95 % quantiles. */
export const CLV_INTERVAL_LEVEL = 0.9;
/** The draws' seed, fixed so every run of the same data gives the same intervals. */
export const CLV_INTERVAL_SEED = 20240601;

/** How sure the predicted CLV × gross margin is (see customerClvIntervals); NaN where none. */
export interface CustomerClvIntervals {
  level: number;
  /** Each customer's low and high from the parameters' uncertainty. */
  low: Float64Array;
  high: Float64Array;
  /** The total over all customers: the parameters' uncertainty, and apart, the customers' own randomness. */
  total: Interval;
  totalProcess: Interval;
  /** Per group (customerClvIntervals' `groups`): the total's low and high from the parameters' uncertainty. */
  groupLow: Float64Array;
  groupHigh: Float64Array;
  /** Why there is no interval though a CLV was predicted, in English; "" otherwise. */
  error: string;
}

/**
 * The intervals of the predicted CLV the result sheets show, from clvIntervals at the level
 * CLV_INTERVAL_LEVEL with the seed CLV_INTERVAL_SEED, times the gross margin as the predicted
 * CLV is: each customer's low and high and each group's total (`groups`, e.g. the segment
 * positions) from the fitted parameters' uncertainty, and the whole total's interval both from
 * that uncertainty and, apart, from the customers' own randomness (clvIntervals' totalProcess).
 *
 * Blank (NaN) with `error` "" when no CLV was predicted (no purchase or spend model, for which
 * the outcome already says why) or the NBD stood in for the chosen model, which the intervals
 * do not cover; blank with `error` saying why when clvIntervals cannot measure the
 * uncertainty, e.g. when a repeat customer's returns net their repeat spend to 0 or below, which
 * the Gamma-Gamma likelihood cannot hold.
 *
 * @example
 * const intervals = customerClvIntervals(outcome, histories, settings, segment, SEGMENT_KEYS.length);
 * intervals.low[0] <= analysis.predictedClv[0]; // true, and predictedClv[0] <= intervals.high[0]
 * intervals.groupLow[0]; // the Champions' total CLV, low end of its 90 % interval
 * intervals.totalProcess; // { low, estimate, high } of the total from the customers' own randomness
 */
export function customerClvIntervals(
  outcome: ModelOutcome,
  histories: ModelHistories,
  options: PredictionOptions,
  groups: ArrayLike<number>,
  groupCount: number
): CustomerClvIntervals {
  const customers = histories.x.length;
  const blank = (error: string): CustomerClvIntervals => {
    const none = { low: NaN, estimate: NaN, high: NaN };
    return {
      level: CLV_INTERVAL_LEVEL,
      low: new Float64Array(customers).fill(NaN),
      high: new Float64Array(customers).fill(NaN),
      total: none,
      totalProcess: none,
      groupLow: new Float64Array(groupCount).fill(NaN),
      groupHigh: new Float64Array(groupCount).fill(NaN),
      error,
    };
  };
  const { transaction, spend } = outcome;
  if (!transaction || !spend || outcome.transactionFailure === "no-dropout") return blank("");
  let intervals;
  try {
    intervals = clvIntervals(
      transaction,
      spend,
      { x: histories.x, tx: histories.tx, T: histories.T, meanSpend: histories.meanRepeatSpend },
      {
        horizonMonths: options.horizonMonths,
        monthlyDiscountRate: options.monthlyDiscountRate,
        timeUnit: "W",
        level: CLV_INTERVAL_LEVEL,
        seed: CLV_INTERVAL_SEED,
        groups: Int32Array.from(groups),
      }
    );
  } catch (error) {
    return blank(errorMessage(error));
  }
  const margin = options.grossMargin;
  const scaled = (values: Float64Array, length: number) => {
    const result = new Float64Array(length).fill(NaN);
    for (let index = 0; index < values.length; index++) result[index] = values[index] * margin;
    return result;
  };
  const scaledInterval = ({ low, estimate, high }: Interval): Interval => ({
    low: low * margin,
    estimate: estimate * margin,
    high: high * margin,
  });
  return {
    level: CLV_INTERVAL_LEVEL,
    low: scaled(intervals.low, customers),
    high: scaled(intervals.high, customers),
    total: scaledInterval(intervals.total),
    totalProcess: scaledInterval(intervals.totalProcess),
    groupLow: scaled(intervals.groups.low, groupCount),
    groupHigh: scaled(intervals.groups.high, groupCount),
    error: "",
  };
}
