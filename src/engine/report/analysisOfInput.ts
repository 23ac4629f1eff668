import { analysisChannels, type ChannelSpend } from "./analysisChannels";
import {
  analysisResult,
  customerTableResult,
  type AnalysisResult,
  type AnalysisResultOptions,
} from "./analysisResult";
import type { HoldoutProgress } from "./customerAnalysis";
import type { CustomerTable } from "../read/customerTable";
import type { TransactionLog } from "../read/transactionLog";

/** The data a run hands the engine: a transaction log (with the marketing spend, when given) or a customer table. */
export type AnalysisInput =
  | { layout: "transactions"; log: TransactionLog; spend?: ChannelSpend }
  | { layout: "customers"; table: CustomerTable };

/**
 * The engine's full analysis of the data a run read: analysisResult for a transaction log,
 * customerTableResult for a customer table (which has no holdout check, and no cohorts or trends
 * whose period the options could give); with a
 * log's marketing spend, its Channels table too (analysisChannels).
 * @throws InputError as those do.
 * @example
 * analysisOfInput({ layout: "customers", table }, { model: "pnbd+gg" }).model.parameters;
 * analysisOfInput({ layout: "transactions", log, spend: { table: spend } }, {}).channels?.rows;
 */
export function analysisOfInput(
  input: AnalysisInput,
  options: AnalysisResultOptions,
  onHoldoutModel?: HoldoutProgress
): AnalysisResult {
  if (input.layout === "customers") return customerTableResult(input.table, options);
  const result = analysisResult(input.log, options, onHoldoutModel);
  if (!input.spend) return result;
  return { ...result, channels: analysisChannels(input.log, result.customers, input.spend) };
}
