import type { CustomerHistory } from "../history/customerHistory";
import { daysPerTimeUnit } from "../read/timeUnit";
import type { HistoryRows } from "./historyRows";

/** Days in a month since acquisition: the average Gregorian month, 30.4375. */
const DAYS_PER_MONTH = daysPerTimeUnit("M");

/** Per group of customers, and for all of them, cumulative margin per customer by months since acquisition. */
export interface PaybackCurves {
  /**
   * Per group and then for the groups together, at entry m − 1 the margin per customer in the
   * first m months since acquisition: observed for m = 1 … observedMonths, then projected for
   * `projectedMonths` more.
   */
  readonly values: readonly Float64Array[];
  /** Per group and for all, the months observed: the most any of its customers was observed, in whole months. */
  readonly observedMonths: Int32Array;
}

/**
 * The payback curves of groups of customers (a channel's): month m's value is the mean, over
 * the group's customers observed for at least m whole months (30.4375 days) since their first
 * purchase day, of their amounts (returns included; a return before the first purchase counts in
 * month 1) in those m months × the gross margin. Past the months observed the curve goes on
 * from its last observed value by the group's predicted margin per customer per month, for
 * `projectedMonths` months (NaN when that is NaN). A group without a customer observed a whole
 * month projects from 0. One more curve, last, holds the groups' customers together.
 *
 * @param group Each history customer's group, 0 … groupCount − 1, or −1 to leave them out.
 * @param monthlyValue Per group and then for all, the predicted margin per customer per month.
 *
 * @example
 * // One group: K1 (100 on day 0, 50 on day 40), K2 (80 on day 30), observed to day 70
 * const curves = paybackCurves(rows, history, Int32Array.of(0, 0), 1, 0.5, Float64Array.of(10, 10), 2);
 * curves.observedMonths; // Int32Array [2, 2]: K1 was observed 2 months, K2 1
 * curves.values[0]; // [45, 75, 85, 95]: month 1 of both ((100 + 80) × 0.5 / 2), months 1–2 of K1, then + 10 a month
 */
export function paybackCurves(
  rows: HistoryRows,
  history: CustomerHistory,
  group: Int32Array,
  groupCount: number,
  grossMargin: number,
  monthlyValue: Float64Array,
  projectedMonths: number
): PaybackCurves {
  const customers = history.customerIds.length;
  const fullMonths = new Int32Array(customers);
  let longest = 0;
  for (let customer = 0; customer < customers; customer++) {
    if (group[customer] < 0) continue;
    const observedDays = history.observationEnd - history.firstPurchase[customer];
    fullMonths[customer] = Math.floor(observedDays / DAYS_PER_MONTH);
    longest = Math.max(longest, fullMonths[customer]);
  }
  const sums = new Float64Array((groupCount + 1) * longest);
  const counts = new Float64Array((groupCount + 1) * longest);
  const allOffset = groupCount * longest;
  const monthAmount = new Float64Array(longest);
  const { start, day, amount } = rows.groups;
  for (let customer = 0; customer < customers; customer++) {
    const months = fullMonths[customer];
    if (group[customer] < 0 || months === 0) continue;
    monthAmount.fill(0, 0, months);
    const first = history.firstPurchase[customer];
    const logCustomer = rows.logCustomer[customer];
    for (let row = start[logCustomer]; row < start[logCustomer + 1]; row++) {
      const month = Math.max(0, Math.floor((day[row] - first) / DAYS_PER_MONTH));
      if (month < months) monthAmount[month] += amount[row];
    }
    const offset = group[customer] * longest;
    let cumulative = 0;
    for (let month = 0; month < months; month++) {
      cumulative += monthAmount[month];
      sums[offset + month] += cumulative * grossMargin;
      counts[offset + month]++;
      sums[allOffset + month] += cumulative * grossMargin;
      counts[allOffset + month]++;
    }
  }
  const observedMonths = new Int32Array(groupCount + 1);
  const values = Array.from({ length: groupCount + 1 }, (_, index) => {
    const offset = index * longest;
    let observed = 0;
    while (observed < longest && counts[offset + observed] > 0) observed++;
    observedMonths[index] = observed;
    const curve = new Float64Array(observed + projectedMonths);
    for (let month = 0; month < observed; month++) {
      curve[month] = sums[offset + month] / counts[offset + month];
    }
    const base = observed > 0 ? curve[observed - 1] : 0;
    for (let ahead = 1; ahead <= projectedMonths; ahead++) {
      curve[observed + ahead - 1] = base + ahead * monthlyValue[index];
    }
    return curve;
  });
  return { values, observedMonths };
}

/**
 * Months until a payback curve reaches the acquisition cost: the first m whose value (entry
 * m − 1) is at least `cac`; NaN when it never does within the curve, or `cac` is NaN.
 *
 * @example
 * paybackMonth(Float64Array.of(40, 75, 85, 95), 80); // 3
 * paybackMonth(Float64Array.of(40, 75), 80); // NaN
 */
export function paybackMonth(curve: Float64Array, cac: number): number {
  for (let month = 0; month < curve.length; month++) if (curve[month] >= cac) return month + 1;
  return NaN;
}
