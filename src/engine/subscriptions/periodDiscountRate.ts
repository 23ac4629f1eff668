import type { CalendarPeriod } from "../read/calendarPeriod";
import { daysPerTimeUnit } from "../read/timeUnit";

/** Months in each calendar period: a week is 7 of a month's 30.4375 days. */
const MONTHS_PER_PERIOD: Record<CalendarPeriod, number> = {
  week: 7 / daysPerTimeUnit("M"),
  month: 1,
  quarter: 3,
  year: 12,
};

/**
 * The discount rate per period equivalent to a monthly one, compounded: (1 + d)^months − 1, so
 * the pane's monthly discount rate discounts a subscription table's weekly, quarterly or yearly
 * renewals (DERL) as it discounts a month's.
 *
 * @example
 * periodDiscountRate(0.01, "month"); // 0.01
 * periodDiscountRate(0.01, "year"); // 0.126825…, 1.01¹² − 1
 * periodDiscountRate(0.01, "week"); // 0.0022888…, 1.01^(7 / 30.4375) − 1
 */
export function periodDiscountRate(monthlyRate: number, period: CalendarPeriod): number {
  return Math.expm1(MONTHS_PER_PERIOD[period] * Math.log1p(monthlyRate));
}
