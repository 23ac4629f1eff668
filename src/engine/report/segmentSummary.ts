import type { SegmentKey } from "../rfm/segmentNames";
import type { CustomerAnalysis } from "./customerAnalysis";
import { SEGMENT_KEYS } from "../rfm/customerSegments";
import { groupTotals } from "./groupTotals";

/** One row of the segment summary. */
export interface SegmentSummaryRow {
  segment: SegmentKey;
  customers: number;
  customerShare: number;
  revenue: number;
  revenueShare: number;
  meanRecencyDays: number;
  meanOrders: number;
  meanRevenue: number;
  meanPredictedClv: number;
  totalPredictedClv: number;
  /** The total's 90 % interval from the parameters' uncertainty (customerClvIntervals); NaN when none. */
  totalPredictedClvLow: number;
  totalPredictedClvHigh: number;
}

/**
 * Customers, revenue and means per RFM segment, in the order of SEGMENT_KEYS, segments without
 * customers left out. Shares are of all customers and of total revenue (each column sums to 1);
 * recency, frequency and monetary are the RFM inputs (days since the last purchase, orders,
 * revenue). CLV columns are NaN when the models could not be fitted, revenue and CLV columns
 * when the log has no amounts; the total CLV's low and high are the segment's group in the
 * analysis' clvIntervals.
 *
 * @example
 * segmentSummary(analysis)[0];
 * // { segment: "champions", customers: 412, customerShare: 0.175, revenue: …, revenueShare: …, …,
 * //   totalPredictedClv: …, totalPredictedClvLow: …, totalPredictedClvHigh: … }
 */
export function segmentSummary(analysis: CustomerAnalysis): SegmentSummaryRow[] {
  const totals = groupTotals(analysis, analysis.segment, SEGMENT_KEYS.length);
  const rows: SegmentSummaryRow[] = [];
  for (let group = 0; group < SEGMENT_KEYS.length; group++) {
    if (totals.customers[group] === 0) continue;
    rows.push({
      segment: SEGMENT_KEYS[group],
      customers: totals.customers[group],
      customerShare: totals.customers[group] / totals.allCustomers,
      revenue: totals.revenue[group],
      revenueShare: totals.revenue[group] / totals.allRevenue,
      meanRecencyDays: totals.recencyDays[group] / totals.customers[group],
      meanOrders: totals.orders[group] / totals.customers[group],
      meanRevenue: totals.revenue[group] / totals.customers[group],
      meanPredictedClv: totals.predictedClv[group] / totals.customers[group],
      totalPredictedClv: totals.predictedClv[group],
      totalPredictedClvLow: analysis.clvIntervals.groupLow[group],
      totalPredictedClvHigh: analysis.clvIntervals.groupHigh[group],
    });
  }
  return rows;
}
