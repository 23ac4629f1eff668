import type { CustomerAnalysis } from "./customerAnalysis";
import { groupTotals } from "./groupTotals";

/** One row of the by-attribute summary. */
export interface AttributeSummaryRow {
  /** The attribute value; "" for customers without one. */
  value: string;
  customers: number;
  revenue: number;
  /** Mean of revenue × gross margin: the value the customers have brought so far. */
  meanHistoricalValue: number;
  meanPredictedClv: number;
}

/**
 * Customers, revenue, mean historical value (revenue to date × gross margin) and mean
 * predicted CLV per attribute value, in the order of the attribute's values, then a row with
 * value "" for customers without one when there are such; values without customers are left out.
 *
 * @example
 * attributeSummary(analysis);
 * // [{ value: "Web", customers: 1200, revenue: …, meanHistoricalValue: …, meanPredictedClv: … }, …]
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
  const rows: AttributeSummaryRow[] = [];
  for (let index = 0; index <= values.length; index++) {
    const customers = totals.customers[index];
    if (customers === 0) continue;
    rows.push({
      value: index < values.length ? values[index] : "",
      customers,
      revenue: totals.revenue[index],
      meanHistoricalValue: (totals.revenue[index] * margin) / customers,
      meanPredictedClv: totals.predictedClv[index] / customers,
    });
  }
  return rows;
}
