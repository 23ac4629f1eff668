import type { TransactionLog } from "../summary/transactionLog";
import { atRiskCustomers, type AtRiskCustomers } from "./atRiskCustomers";
import { attributeSummary, type AttributeSummaryRow } from "./attributeSummary";
import {
  customerAnalysis,
  type CustomerAnalysis,
  type CustomerAnalysisOptions,
} from "./customerAnalysis";
import { modelReport, type ModelReport } from "./modelReport";
import { recencyFrequencyGrid, type RecencyFrequencyGrid } from "./recencyFrequencyGrid";
import { segmentSummary, type SegmentSummaryRow } from "./segmentSummary";

/** Everything the result sheets show, as plain data (typed arrays and objects) that a worker can post. */
export interface AnalysisResult {
  customers: CustomerAnalysis;
  segments: SegmentSummaryRow[];
  grid: RecencyFrequencyGrid;
  /** Empty when the log carries no attribute. */
  attributes: AttributeSummaryRow[];
  atRisk: AtRiskCustomers;
  model: ModelReport;
}

/**
 * The full analysis of a transaction log and every summary drawn from it: the per-customer
 * analysis (customerAnalysis, broken down by the log's attribute when it has one), the segment
 * summary, the R × F grid, the by-attribute summary, the at-risk list and the model report.
 *
 * @throws InputError as customerAnalysis does.
 *
 * @example
 * const result = analysisResult(log, { rfmBins: 5, model: "bgnbd+gg" });
 * result.segments.reduce((sum, row) => sum + row.customers, 0) === result.customers.customerIds.length; // true
 */
export function analysisResult(
  log: TransactionLog,
  options: CustomerAnalysisOptions = {}
): AnalysisResult {
  const customers = customerAnalysis(log, log.attribute, options);
  return {
    customers,
    segments: segmentSummary(customers),
    grid: recencyFrequencyGrid(customers),
    attributes: log.attribute ? attributeSummary(customers) : [],
    atRisk: atRiskCustomers(customers),
    model: modelReport(customers),
  };
}
