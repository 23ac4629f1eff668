import { DAYS_PER_YEAR } from "../read/timeUnit";
import { formulaClv } from "./clv";

/** What the simple CLV of a group of customers is worked out from. */
export interface GroupHistory {
  customers: number;
  orders: number;
  revenue: number;
  /** Σ over the customers of last − first purchase, in days (0 for one-time buyers). */
  lifespanDays: number;
  /** Days the group was observed over: the log's first date to its end. */
  observationDays: number;
}

/**
 * The seed articles' simple CLV of a group of customers: average order value × purchases per
 * customer per year of observation × the customers' mean lifespan in years (last − first
 * purchase), times the gross margin (formulaClv). NaN when the average order value is negative
 * (refunds outweigh sales) or a figure is missing.
 *
 * @example
 * // 2 customers, 3 orders for 60 over 101 days; lifespans 100 and 0 days
 * groupSimpleClv({ customers: 2, orders: 3, revenue: 60, lifespanDays: 100, observationDays: 101 });
 * // 20 × (1.5 / (101 / 365.25)) × (50 / 365.25) ≈ 14.85
 */
export function groupSimpleClv(group: GroupHistory, grossMargin = 1): number {
  const averageOrderValue = group.revenue / group.orders;
  const purchasesPerYear = group.orders / group.customers / (group.observationDays / DAYS_PER_YEAR);
  const lifespanYears = group.lifespanDays / group.customers / DAYS_PER_YEAR;
  const figures = [averageOrderValue, purchasesPerYear, lifespanYears, grossMargin];
  if (!figures.every((figure) => figure >= 0 && figure < Infinity)) return NaN;
  return formulaClv(averageOrderValue, purchasesPerYear, lifespanYears, grossMargin);
}
