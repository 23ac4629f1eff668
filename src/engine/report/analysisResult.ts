import type { ChannelTable } from "../channels/channelTable";
import type { CalendarPeriod } from "../read/calendarPeriod";
import type { CustomerTable } from "../read/customerTable";
import type { TransactionLog } from "../read/transactionLog";
import { analysisOverTime, type AnalysisOverTime } from "./analysisOverTime";
import { atRiskCustomers, type AtRiskCustomers } from "./atRiskCustomers";
import { attributeSummary, type AttributeSummaryRow } from "./attributeSummary";
import {
  customerAnalysis,
  customerTableAnalysis,
  type CustomerAnalysis,
  type CustomerAnalysisOptions,
  type HoldoutProgress,
} from "./customerAnalysis";
import { historyKpis, type CustomerKpis } from "./kpis";
import { modelReport, type ModelReport } from "./modelReport";
import { recencyFrequencyGrid, type RecencyFrequencyGrid } from "./recencyFrequencyGrid";
import { segmentSummary, type SegmentSummaryRow } from "./segmentSummary";

/** Everything the result sheets show, as plain data (typed arrays and objects) that a worker can post. */
export interface AnalysisResult {
  customers: CustomerAnalysis;
  /** The headline KPIs of the customers' history (the Summary sheet). */
  kpis: CustomerKpis;
  segments: SegmentSummaryRow[];
  grid: RecencyFrequencyGrid;
  /** Empty when the log carries no attribute. */
  attributes: AttributeSummaryRow[];
  atRisk: AtRiskCustomers;
  model: ModelReport;
  /** The Channels table, when the run was given marketing spend and its log a channel (analysisChannels). */
  channels?: ChannelTable;
  /** A transaction log's cohorts, trends and projected cohort value; a customer table has no dates to give them. */
  overTime?: AnalysisOverTime;
}

/** The options of a log's full analysis: the customer analysis's, and the period of its cohorts and trends. */
export interface AnalysisResultOptions extends CustomerAnalysisOptions {
  /** The period the cohorts are formed by and the trends counted in. Default "month". */
  period?: CalendarPeriod;
}

/**
 * The full analysis of a transaction log and every summary drawn from it: the per-customer
 * analysis (customerAnalysis, broken down by the log's attribute when it has one), the KPIs, the segment
 * summary, the R × F grid, the by-attribute summary, the at-risk list, the model report
 * (with the holdout check's table when `options.holdoutWeeks` asks for one; `onHoldoutModel` is
 * told before each of its fits) and the cohorts and trends by `options.period` (analysisOverTime).
 *
 * @throws InputError as customerAnalysis does.
 *
 * @example
 * const result = analysisResult(log, { rfmBins: 5, model: "bgnbd+gg" });
 * result.segments.reduce((sum, row) => sum + row.customers, 0) === result.customers.customerIds.length; // true
 */
export function analysisResult(
  log: TransactionLog,
  options: AnalysisResultOptions = {},
  onHoldoutModel?: HoldoutProgress
): AnalysisResult {
  const customers = customerAnalysis(log, options, onHoldoutModel);
  return {
    ...summarizedAnalysis(customers),
    overTime: analysisOverTime(log, customers, options.observationEnd, options.period),
  };
}

/**
 * The same analysis and summaries for a customer table (see customerTableAnalysis).
 *
 * @throws InputError as customerTableAnalysis does.
 *
 * @example
 * const result = customerTableResult(table, { horizonMonths: 24 });
 * result.model.parameters.map((parameter) => parameter.name); // ["r", "alpha", "a", "b", "p", "q", "gamma"]
 */
export function customerTableResult(
  table: CustomerTable,
  options: CustomerAnalysisOptions = {}
): AnalysisResult {
  return summarizedAnalysis(customerTableAnalysis(table, options));
}

/** The per-customer analysis with every summary drawn from it. */
function summarizedAnalysis(customers: CustomerAnalysis): AnalysisResult {
  return {
    customers,
    kpis: historyKpis(customers),
    segments: segmentSummary(customers),
    grid: recencyFrequencyGrid(customers),
    attributes: customers.attributeValues.length > 0 ? attributeSummary(customers) : [],
    atRisk: atRiskCustomers(customers),
    model: modelReport(customers),
  };
}
