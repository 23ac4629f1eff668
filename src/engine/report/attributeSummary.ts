import { groupSimpleClv } from "../formulas/groupSimpleClv";
import type { CustomerAnalysis } from "./customerAnalysis";
import { groupTotals } from "./groupTotals";
import { daysPerTimeUnit } from "../read/timeUnit";

/** One row of the by-attribute summary. */
export interface AttributeSummaryRow {
  /** The attribute value; "" for customers without one. */
  value: string;
  customers: number;
  revenue: number;
  /** Mean of revenue × gross margin: the value the customers have brought so far. */
  meanHistoricalValue: number;
  /** The seed articles' simple CLV of the group (groupSimpleClv) × gross margin; NaN without t_x. */
  meanSimpleClv: number;
  meanPredictedClv: number;
}

/**
 * Customers, revenue, mean historical value (revenue to date × gross margin), the simple CLV of
 * the seed articles (groupSimpleClv over the group's orders, revenue and lifespans, observed
 * from the earliest first purchase to the observation end) and mean predicted CLV per
 * attribute value, in the order of the attribute's values, then a row with
 * value "" for customers without one when there are such; values without customers are left out.
 *
 * @example
 * attributeSummary(analysis);
 * // [{ value: "Web", customers: 1200, revenue: …, meanHistoricalValue: …, meanSimpleClv: …,
 * //    meanPredictedClv: … }, …]
 */
export function attributeSummary(analysis: CustomerAnalysis): AttributeSummaryRow[] {
  const values = analysis.attributeValues;
  // The blank group goes last: position values.length.
  const group = new Int32Array(analysis.attribute.length);
  for (let customer = 0; customer < group.length; customer++) {
    const value = analysis.attribute[customer];
    group[customer] = value < 0 ? values.length : value;
  }
  const totals = groupTotals(analysis, group, values.length + 1);
  const margin = analysis.settings.grossMargin;
  // Observed from the earliest first purchase to the observation end: the longest T, in days.
  let observationDays = 0;
  const daysPerUnit = daysPerTimeUnit(analysis.timeUnit);
  for (let customer = 0; customer < analysis.T.length; customer++) {
    observationDays = Math.max(observationDays, analysis.T[customer] * daysPerUnit);
  }
  const rows: AttributeSummaryRow[] = [];
  for (let index = 0; index <= values.length; index++) {
    const customers = totals.customers[index];
    if (customers === 0) continue;
    rows.push({
      value: index < values.length ? values[index] : "",
      customers,
      revenue: totals.revenue[index],
      meanHistoricalValue: (totals.revenue[index] * margin) / customers,
      meanSimpleClv: groupSimpleClv(
        {
          customers,
          orders: totals.orders[index],
          revenue: totals.revenue[index],
          lifespanDays: totals.lifespanDays[index],
          observationDays,
        },
        margin
      ),
      meanPredictedClv: totals.predictedClv[index] / customers,
    });
  }
  return rows;
}
