import { daysPerTimeUnit } from "../read/timeUnit";
import type { CustomerAnalysis } from "./customerAnalysis";

/** Sums per group of customers, and the totals over all customers. */
export interface GroupTotals {
  customers: Float64Array;
  revenue: Float64Array;
  orders: Float64Array;
  recencyDays: Float64Array;
  /** Σ of last − first purchase in days (t_x in weeks × 7); NaN for customer tables without t_x. */
  lifespanDays: Float64Array;
  predictedClv: Float64Array;
  allCustomers: number;
  allRevenue: number;
}

/**
 * Sums the analysis columns the summaries report per group, in one pass: group[c] is customer
 * c's group, 0..groupCount − 1 (a negative group, such as a blank attribute, is not summed).
 *
 * @example
 * const totals = groupTotals(analysis, analysis.segment, SEGMENT_KEYS.length);
 * totals.customers[0]; // Champions
 * totals.revenue[0] / totals.allRevenue; // their share of revenue
 */
export function groupTotals(
  analysis: CustomerAnalysis,
  group: ArrayLike<number>,
  groupCount: number
): GroupTotals {
  const totals: GroupTotals = {
    customers: new Float64Array(groupCount),
    revenue: new Float64Array(groupCount),
    orders: new Float64Array(groupCount),
    recencyDays: new Float64Array(groupCount),
    lifespanDays: new Float64Array(groupCount),
    predictedClv: new Float64Array(groupCount),
    allCustomers: 0,
    allRevenue: 0,
  };
  const daysPerUnit = daysPerTimeUnit(analysis.timeUnit);
  for (let customer = 0; customer < group.length; customer++) {
    totals.allCustomers++;
    totals.allRevenue += analysis.revenue[customer];
    const index = group[customer];
    if (index < 0) continue;
    totals.customers[index]++;
    totals.revenue[index] += analysis.revenue[customer];
    totals.orders[index] += analysis.orders[customer];
    totals.recencyDays[index] += analysis.recencyDays[customer];
    totals.lifespanDays[index] += analysis.tx[customer] * daysPerUnit;
    totals.predictedClv[index] += analysis.predictedClv[customer];
  }
  return totals;
}
