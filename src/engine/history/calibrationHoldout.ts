import { requireFinite } from "../argumentChecks";
import { InputError } from "../inputError";
import { daysPerTimeUnit, type TimeUnit } from "../read/timeUnit";
import type { TransactionLog } from "../read/transactionLog";
import { groupByCustomer } from "./customerGroups";
import { customerHistory, type CustomerHistory } from "./customerHistory";
import { snappedNet } from "./snappedNet";

/**
 * A log split in time for a holdout check: the customers' history to the calibration end, and
 * what each of them did in the holdout after it (lifetimes' calibration_and_holdout_data).
 * The holdout columns are aligned with calibration.customerIds. Dates are Excel day serials.
 */
export interface CalibrationHoldout {
  /** The customer history to the calibration end: every customer with a purchase day by then. */
  readonly calibration: CustomerHistory;
  /** Purchase days (days netting 0 or more) in (calibrationEnd, observationEnd]: frequency_holdout. */
  readonly holdoutPurchases: Float64Array;
  /** The sum of the customer's amounts in the holdout, returns included. */
  readonly holdoutRevenue: Float64Array;
  /** Mean net amount of the holdout purchase days, 0 when none: monetary_value_holdout. */
  readonly holdoutMeanSpend: Float64Array;
  /** observationEnd − calibrationEnd in timeUnit: duration_holdout. */
  readonly holdoutLength: number;
  readonly calibrationEnd: number;
  readonly observationEnd: number;
  readonly timeUnit: TimeUnit;
  /** The earliest first purchase of the calibration customers: day 0 of repeatPurchasesByDay. */
  readonly cohortStart: number;
  /** Repeat purchase days of the calibration customers on each day cohortStart .. observationEnd. */
  readonly repeatPurchasesByDay: Float64Array;
  /** Customers whose first purchase day falls in the holdout, left out. */
  readonly newInHoldout: number;
  /** Rows dated after the observation end, left out. */
  readonly excludedTransactions: number;
}

export interface CalibrationHoldoutOptions {
  /** Last day serial of the calibration period, included in it. */
  calibrationEnd: number;
  /**
   * Last day serial of the holdout period, included in it; later rows are left out. Default: the
   * last date, so that every day of the holdout can hold a row (customerHistory's default, the
   * day after it, would add a day of none to the holdout's length).
   */
  observationEnd?: number;
  /** Unit of t_x, T and the holdout length. Default "W", the papers'. */
  timeUnit?: TimeUnit;
}

/**
 * Splits a transaction log at the calibration end: the calibration history is
 * customerHistory(log) observed to the calibration end, so it holds every customer whose first
 * purchase day is on or before it; the holdout counts each such customer's purchase days after
 * it, up to the observation end, by the history's own definition (a day whose amounts net to 0
 * or more, two orders on one day being one). A customer who first buys in the holdout is left
 * out and counted, as the models can predict nothing for them. Also kept: the calibration
 * customers' repeat purchase days per day, for tracking cumulative purchases over both periods.
 *
 * One counting sort groups the rows up to the observation end; each customer's rows are then
 * read once, and their distinct days once, in typed arrays.
 *
 * @throws InputError "calibration_end" (kind "value") when not finite, (kind "na") when before
 * every purchase, (kind "value") when not before the last date and no observation end is given;
 * "observation_end" (kind "value") when not finite, (kind "value") when not after the calibration
 * end; "time_unit" and "transactions" as customerHistory does.
 *
 * @example
 * // A: 10 on day 100, 20 and 7 on day 112, a return of 4 on day 115; B: 8 on day 108; C: 5 on day 113
 * const split = calibrationHoldout(log, { calibrationEnd: 110, observationEnd: 120, timeUnit: "D" });
 * split.calibration.customerIds; // ["A", "B"]: C first buys in the holdout
 * split.holdoutPurchases; // [1, 0]: day 112 once; day 115 (−4) is no purchase
 * split.holdoutRevenue; // [23, 0]
 * split.holdoutMeanSpend; // [27, 0]
 * split.holdoutLength; // 10
 * split.newInHoldout; // 1
 * split.repeatPurchasesByDay[12]; // 1: A's repeat purchase on day 112 = cohortStart 100 + 12
 */
export function calibrationHoldout(
  log: TransactionLog,
  options: CalibrationHoldoutOptions
): CalibrationHoldout {
  const timeUnit = options.timeUnit ?? "W";
  const calibrationEnd = Math.floor(requireFinite(options.calibrationEnd, "calibration_end"));
  const observationEnd =
    options.observationEnd === undefined
      ? latestDay(log.date)
      : Math.floor(requireFinite(options.observationEnd, "observation_end"));
  if (!(observationEnd > calibrationEnd)) {
    throw options.observationEnd === undefined
      ? new InputError("calibration_end", "must be before the last date", "value")
      : new InputError("observation_end", "must be after the calibration end", "value");
  }
  const calibration = calibrationHistory(log, calibrationEnd, timeUnit);
  const customers = calibration.customerIds.length;
  const positions = positionsIn(log.customerIds, calibration.customerIds);
  const groups = groupByCustomer(
    log.customer,
    log.date,
    log.amount,
    log.customerIds.length,
    observationEnd
  );
  const { start, day, amount, firstDay } = groups;
  let cohortStart = Infinity;
  for (let position = 0; position < customers; position++) {
    cohortStart = Math.min(cohortStart, calibration.firstPurchase[position]);
  }

  const holdoutPurchases = new Float64Array(customers);
  const holdoutRevenue = new Float64Array(customers);
  const holdoutMeanSpend = new Float64Array(customers);
  const repeatPurchasesByDay = new Float64Array(observationEnd - cohortStart + 1);
  // Per-day running nets of the current customer: a slot belongs to the customer whose mark it
  // holds, so nothing is cleared between customers.
  const span = groups.lastDay - firstDay + 1;
  const dayNet = new Float64Array(span);
  const dayGross = new Float64Array(span);
  const dayOwner = new Int32Array(span);
  const days = new Int32Array(span);
  let newInHoldout = 0;
  for (let customer = 0; customer < log.customerIds.length; customer++) {
    const mark = customer + 1;
    let dayCount = 0;
    let revenue = 0;
    for (let index = start[customer]; index < start[customer + 1]; index++) {
      const slot = day[index] - firstDay;
      if (dayOwner[slot] !== mark) {
        dayOwner[slot] = mark;
        dayNet[slot] = 0;
        dayGross[slot] = 0;
        days[dayCount++] = slot;
      }
      dayNet[slot] += amount[index];
      dayGross[slot] += Math.abs(amount[index]);
      if (day[index] > calibrationEnd) revenue += amount[index];
    }
    const position = positions[customer];
    const firstPurchase = position < 0 ? Infinity : calibration.firstPurchase[position];
    let purchases = 0;
    let spend = 0;
    for (let distinct = 0; distinct < dayCount; distinct++) {
      const slot = days[distinct];
      dayNet[slot] = snappedNet(dayNet[slot], dayGross[slot]);
      if (!(dayNet[slot] >= 0)) continue;
      const purchaseDay = slot + firstDay;
      if (purchaseDay > calibrationEnd) {
        purchases++;
        spend += dayNet[slot];
      }
      if (purchaseDay > firstPurchase) repeatPurchasesByDay[purchaseDay - cohortStart]++;
    }
    if (position < 0) {
      if (purchases > 0) newInHoldout++;
      continue;
    }
    holdoutPurchases[position] = purchases;
    holdoutRevenue[position] = revenue;
    holdoutMeanSpend[position] = purchases > 0 ? spend / purchases : 0;
  }
  return {
    calibration,
    holdoutPurchases,
    holdoutRevenue,
    holdoutMeanSpend,
    holdoutLength: (observationEnd - calibrationEnd) / daysPerTimeUnit(timeUnit),
    calibrationEnd,
    observationEnd,
    timeUnit,
    cohortStart,
    repeatPurchasesByDay,
    newInHoldout,
    excludedTransactions: groups.excluded,
  };
}

/** customerHistory to the calibration end, its end's errors named for the calibration end. */
function calibrationHistory(
  log: TransactionLog,
  calibrationEnd: number,
  timeUnit: TimeUnit
): CustomerHistory {
  try {
    return customerHistory(log, { observationEnd: calibrationEnd, timeUnit });
  } catch (error) {
    if (error instanceof InputError && error.argument === "observation_end") {
      throw new InputError("calibration_end", error.reason, error.kind);
    }
    throw error;
  }
}

/** The last day of the dates; −Infinity when there are none. */
function latestDay(dates: Int32Array): number {
  let latest = -Infinity;
  for (let row = 0; row < dates.length; row++) latest = Math.max(latest, dates[row]);
  return latest;
}

/**
 * Each id's position among the kept ids, −1 when not kept. Both lists are in the log's order of
 * first appearance (the kept ones a subsequence of the distinct ids), so one walk pairs them.
 */
function positionsIn(ids: readonly string[], kept: readonly string[]): Int32Array {
  const positions = new Int32Array(ids.length).fill(-1);
  let next = 0;
  for (let index = 0; index < ids.length && next < kept.length; index++) {
    if (ids[index] === kept[next]) positions[index] = next++;
  }
  return positions;
}
