import { requireWholeNumberBetween } from "../argumentChecks";
import { calibrationHoldout } from "../history/calibrationHoldout";
import type { CustomerHistory } from "../history/customerHistory";
import { InputError } from "../inputError";
import type { PurchaseModelName } from "../models/purchaseModel";
import type { TransactionLog } from "../read/transactionLog";
import { holdoutCheck, type HoldoutCheck } from "./holdoutCheck";

/**
 * A holdout is at least this many weeks long when its length is left to the default.
 * @example
 * defaultHoldoutWeeks(10 * 7) === MINIMUM_HOLDOUT_WEEKS; // true: a third of 10 weeks is less
 */
export const MINIMUM_HOLDOUT_WEEKS = 8;

/**
 * The longest holdout an analysis accepts: a hundred years.
 * @example
 * requireHoldoutLength(MAXIMUM_HOLDOUT_WEEKS + 1); // throws InputError "holdout_weeks"
 */
export const MAXIMUM_HOLDOUT_WEEKS = 5218;

/** How many weeks an analysis holds out: a whole number of weeks, or "auto" for the default. */
export type HoldoutLength = number | "auto";

/** An analysis's holdout check, or why it could not be made. */
export interface AnalysisHoldout {
  /** Weeks held out at the end of the observation period. */
  weeks: number;
  /** Last day serial of the calibration period (observationEnd − 7 · weeks). */
  calibrationEnd: number;
  /** Last day serial of the holdout: the analysis's observation end. */
  observationEnd: number;
  /** undefined when the period cannot be split so. */
  check: HoldoutCheck | undefined;
  /** Why the check could not be made, in English; "" when it was. */
  error: string;
}

/**
 * The default holdout: the last third of the observation period, in whole weeks, and at least
 * MINIMUM_HOLDOUT_WEEKS (8).
 * @example
 * defaultHoldoutWeeks(545); // 26: CDNOW's 1997-01-01 to 1998-06-30 is 77.9 weeks
 * defaultHoldoutWeeks(70); // 8: a third of 10 weeks is below the minimum
 */
export function defaultHoldoutWeeks(observedDays: number): number {
  return Math.max(MINIMUM_HOLDOUT_WEEKS, Math.round(observedDays / 7 / 3));
}

/**
 * Checks a holdout length before a run: "auto", or a whole number of weeks from 1 to 5218.
 * @throws InputError "holdout_weeks" (kind "value") otherwise.
 * @example
 * requireHoldoutLength(39); // 39
 * requireHoldoutLength(2.5); // throws: must be a whole number
 */
export function requireHoldoutLength(length: HoldoutLength): HoldoutLength {
  if (length === "auto") return length;
  return requireWholeNumberBetween(length, 1, MAXIMUM_HOLDOUT_WEEKS, "holdout_weeks");
}

/**
 * The holdout check of an analysis of a transaction log (holdoutCheck): its last `length`
 * weeks up to the history's observation end are held out, the weeks before them calibrate the
 * four models. When the holdout leaves no calibration period (or the split fails otherwise),
 * the check is undefined and `error` says why: the rest of the analysis does not depend on it.
 *
 * @param history the analysis's customer history of the log: its observation end closes the
 * holdout and its first purchase opens the observation period.
 * @param onModel told before each model's calibration fit, as holdoutCheck tells it.
 * @param endGiven false when the history's end is its default, the day after the last date: the
 * holdout then closes on the last date itself (calibrationHoldout's default).
 *
 * @example
 * // The CDNOW sample observed to 1998-06-30 (day serial 35976):
 * const holdout = analysisHoldout(log, customerHistory(log, { observationEnd: 35976 }), 39);
 * holdout.calibrationEnd; // 35703, 1997-09-30: FHL 2005's split
 * holdout.check?.chosen; // "pnbd"
 * analysisHoldout(log, history, "auto").weeks; // 26: the last third of 77.9 weeks
 * // Observed to the day after the last date (1998-06-30), the default: the same split.
 * analysisHoldout(log, customerHistory(log), 39, undefined, false).calibrationEnd; // 35703
 */
export function analysisHoldout(
  log: TransactionLog,
  history: CustomerHistory,
  length: HoldoutLength,
  onModel?: (model: PurchaseModelName, index: number) => void,
  endGiven = true
): AnalysisHoldout {
  // The holdout counts its days to its end, included: without a given end it closes on the last
  // date, not on the history's day after it, which holds no row and would make every model seem
  // to over-predict by one day in 7 × weeks.
  const observationEnd = endGiven ? history.observationEnd : history.observationEnd - 1;
  let firstDay = Infinity;
  for (const day of history.firstPurchase) firstDay = Math.min(firstDay, day);
  const weeks = length === "auto" ? defaultHoldoutWeeks(observationEnd - firstDay) : length;
  const calibrationEnd = observationEnd - 7 * weeks;
  const holdout = { weeks, calibrationEnd, observationEnd };
  if (calibrationEnd < firstDay) {
    const observedWeeks = ((observationEnd - firstDay) / 7).toFixed(1);
    return {
      ...holdout,
      check: undefined,
      error: `a holdout of ${weeks} weeks leaves no calibration period: the data span ${observedWeeks} weeks`,
    };
  }
  try {
    const split = calibrationHoldout(log, { calibrationEnd, observationEnd, timeUnit: "W" });
    return { ...holdout, check: holdoutCheck(split, onModel), error: "" };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return { ...holdout, check: undefined, error: error.reason };
  }
}
