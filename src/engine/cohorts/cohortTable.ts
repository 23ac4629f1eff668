import { InputError } from "../inputError";
import { logDays, type LogDays } from "../history/customerDays";
import { firstSpellings, firstTouchValue } from "../channels/firstTouch";
import { filledPart } from "../read/filledPart";
import type { TransactionLog } from "../read/transactionLog";
import {
  periodIndex,
  periodLabel,
  periodsOfDays,
  periodStart,
  type CalendarPeriod,
} from "../read/calendarPeriod";

/** More than the periods between any two days Excel can show (3 million days apart). */
const KEYS_PER_VALUE = 4_000_000;

/** One cohort: the customers whose first purchase fell in one period (and had one attribute value). */
export interface Cohort {
  /** The period's label, e.g. "2024-03"; with an attribute, "Web · 2024-03". */
  readonly label: string;
  /** The period's label alone. */
  readonly periodLabel: string;
  /** The customers' attribute value; "" when the table is not split, or for customers without one. */
  readonly attribute: string;
  /** Day serial the cohort's period starts on. */
  readonly start: number;
  readonly customers: number;
  /**
   * Per period since acquisition (0 = the period of the first purchase), up to the period of the
   * last day observed, whose period may be cut short by it:
   */
  /** customers with a purchase day in that period; */
  readonly active: Float64Array;
  /** customers with a purchase day in that period or a later one; */
  readonly activeOrLater: Float64Array;
  /** the sum of the customers' amounts dated in that period, returns included. */
  readonly revenue: Float64Array;
  /** The net of the customers' first purchase days: first-order revenue. */
  readonly firstPurchaseRevenue: number;
}

/** Customers by the period of their first purchase, and what they did in each period since. */
export interface CohortTable {
  readonly period: CalendarPeriod;
  /** The last day observed: the observation end, or the log's last date. */
  readonly lastDay: number;
  /** In order of attribute value (as first seen in the log; "" last), then period. */
  readonly cohorts: readonly Cohort[];
  /** Most periods any cohort was observed for: the matrix's width. */
  readonly periods: number;
  /**
   * The cohort of each customer with a purchase day, in the order of customerHistory's
   * customers (first appearance in the log): position in `cohorts`.
   */
  readonly customerCohort: Int32Array;
}

export interface CohortTableOptions {
  /** Default "month". */
  period?: CalendarPeriod;
  /** Last day serial observed; later rows are left out. Default: the log's last date. */
  observationEnd?: number;
  /**
   * Split the cohorts by the log's attribute: each customer's value on their first purchase day
   * (first touch, firstTouchValue, spellings of one value merged), so a customer stays in the
   * cohort they were acquired in when a later row names another value.
   */
  byAttribute?: boolean;
}

/**
 * The cohort table of a transaction log, by the customer history's definitions: a customer's
 * cohort is the period of their first purchase day (a day whose amounts net to 0 or more); they
 * are *active* in a period with a purchase day in it; revenue is every amount, returns included,
 * in the period it is dated in (a return dated before the first purchase counts in period 0).
 * Customers with only returns belong to no cohort.
 *
 * One counting sort groups the rows by customer (logDays, which trends can share); each
 * customer's distinct days are then read once, in order, in typed arrays.
 *
 * @throws InputError "transactions" (kind "na") when the log has no purchase day up to the end;
 * "observation_end" (kind "value") when not finite.
 *
 * @example
 * // A buys on 2023-01-10 and 2023-03-02; B on 2023-01-20; C on 2023-02-05 and returns 5 on 2023-03-01
 * const table = cohortTable(log); // by month, to the last date 2023-03-02
 * table.cohorts.map((cohort) => cohort.label); // ["2023-01", "2023-02"]
 * table.cohorts[0].customers; // 2
 * table.cohorts[0].active; // [2, 0, 1]: both in January, A again in March
 * table.cohorts[0].activeOrLater; // [2, 1, 1]
 * table.cohorts[1].revenue; // [C's first amount, −5]
 */
export function cohortTable(
  log: TransactionLog,
  options: CohortTableOptions = {},
  shared: LogDays = logDays(log, options.observationEnd)
): CohortTable {
  const period = options.period ?? "month";
  const { groups, days, lastDay } = shared;
  const attribute = options.byAttribute ? log.attribute : undefined;
  const rowAttribute = attribute ? shared.attribute : undefined;
  // Spellings of one value ("Web", "web ") split no cohort, as they split no channel.
  const sameValue = firstSpellings(attribute?.values ?? []);
  const customerCount = log.customerIds.length;
  const periodOfSlot = periodsOfDays(groups.firstDay, groups.lastDay, period);
  const lastPeriod = periodIndex(lastDay, period);
  const { firstDay } = groups;
  const builderOfKey = new Map<number, CohortBuilder>();
  const builders: CohortBuilder[] = [];
  // Each customer's cohort as the builder's position among the builders, in order of creation.
  const builderOfCustomer = new Int32Array(customerCount);
  let customersWithCohort = 0;
  for (let customer = 0; customer < customerCount; customer++) {
    const begin = days.start[customer];
    const end = days.start[customer + 1];
    let first = begin;
    while (first < end && !(days.net[first] >= 0)) first++;
    if (first === end) continue;
    const valueIndex =
      rowAttribute === undefined
        ? -1
        : firstTouchValue(groups, rowAttribute, customer, days.day[first], sameValue);
    const cohortPeriod = periodOfSlot[days.day[first] - firstDay];
    // The value and the period in one number, KEYS_PER_VALUE periods per value.
    const key = (valueIndex + 1) * KEYS_PER_VALUE + (cohortPeriod - periodOfSlot[0]);
    let cohort = builderOfKey.get(key);
    if (cohort === undefined) {
      const value = valueIndex < 0 ? "" : (attribute?.values[valueIndex] ?? "");
      cohort = new CohortBuilder(
        value,
        cohortPeriod,
        lastPeriod - cohortPeriod + 1,
        builders.length
      );
      builderOfKey.set(key, cohort);
      builders.push(cohort);
    }
    builderOfCustomer[customersWithCohort++] = cohort.created;
    cohort.customers++;
    cohort.firstPurchaseRevenue += days.net[first];
    let lastActive = 0;
    let lastCounted = -1;
    for (let position = begin; position < end; position++) {
      const since = Math.max(0, periodOfSlot[days.day[position] - firstDay] - cohortPeriod);
      cohort.revenue[since] += days.net[position];
      if (!(days.net[position] >= 0)) continue;
      // Days are in order, so two purchase days in one period make one active customer.
      if (since !== lastCounted) cohort.active[since]++;
      lastCounted = lastActive = since;
    }
    cohort.lastActive[lastActive]++;
  }
  // Rows up to the end, but every day of every customer a day of returns.
  if (builders.length === 0) {
    throw new InputError("transactions", "no purchase up to the observation end", "na");
  }
  return assemble(
    period,
    lastDay,
    builders,
    filledPart(builderOfCustomer, customersWithCohort),
    attribute?.values ?? []
  );
}

/** A cohort's counts while the customers are read. */
class CohortBuilder {
  customers = 0;
  firstPurchaseRevenue = 0;
  readonly active: Float64Array;
  readonly revenue: Float64Array;
  /** Customers whose last purchase day is in each period since acquisition. */
  readonly lastActive: Float64Array;

  constructor(
    readonly attribute: string,
    readonly period: number,
    periods: number,
    /** Position among the builders, in order of creation. */
    readonly created: number
  ) {
    this.active = new Float64Array(periods);
    this.revenue = new Float64Array(periods);
    this.lastActive = new Float64Array(periods);
  }
}

/** The cohorts in order of attribute value (as first seen; blank last), then period. */
function assemble(
  period: CalendarPeriod,
  lastDay: number,
  builders: readonly CohortBuilder[],
  builderOfCustomer: Int32Array,
  attributeValues: readonly string[]
): CohortTable {
  const rank = (value: string) => (value === "" ? Infinity : attributeValues.indexOf(value));
  const ordered = [...builders].sort(
    (a, b) => rank(a.attribute) - rank(b.attribute) || a.period - b.period
  );
  const indexOfBuilder = new Int32Array(builders.length);
  const cohorts = ordered.map((builder, index): Cohort => {
    indexOfBuilder[builder.created] = index;
    const activeOrLater = new Float64Array(builder.lastActive.length);
    let later = 0;
    for (let since = activeOrLater.length - 1; since >= 0; since--) {
      later += builder.lastActive[since];
      activeOrLater[since] = later;
    }
    const label = periodLabel(builder.period, period);
    return {
      label:
        builder.attribute === "" || attributeValues.length === 0
          ? label
          : `${builder.attribute} · ${label}`,
      periodLabel: label,
      attribute: builder.attribute,
      start: periodStart(builder.period, period),
      customers: builder.customers,
      active: builder.active,
      activeOrLater,
      revenue: builder.revenue,
      firstPurchaseRevenue: builder.firstPurchaseRevenue,
    };
  });
  // Now that the cohorts are in order, each customer's builder becomes their cohort's position.
  for (let customer = 0; customer < builderOfCustomer.length; customer++) {
    builderOfCustomer[customer] = indexOfBuilder[builderOfCustomer[customer]];
  }
  return {
    period,
    lastDay,
    cohorts,
    periods: Math.max(...cohorts.map((cohort) => cohort.active.length)),
    customerCohort: builderOfCustomer,
  };
}
