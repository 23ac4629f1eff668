import { analysisResult, customerTableResult, type AnalysisResult } from "./analysisResult";
import type { CustomerAnalysisOptions, HoldoutProgress } from "./customerAnalysis";
import type { CustomerTable } from "../read/customerTable";
import type { TransactionLog } from "../read/transactionLog";

/** The data a run hands the engine: a transaction log or a customer table. */
export type AnalysisInput =
  { layout: "transactions"; log: TransactionLog } | { layout: "customers"; table: CustomerTable };

/**
 * The engine's full analysis of the data a run read: analysisResult for a transaction log,
 * customerTableResult for a customer table (which has no holdout check to tell of).
 * @throws InputError as those do.
 * @example
 * analysisOfInput({ layout: "customers", table }, { model: "pnbd+gg" }).model.parameters;
 */
export function analysisOfInput(
  input: AnalysisInput,
  options: CustomerAnalysisOptions,
  onHoldoutModel?: HoldoutProgress
): AnalysisResult {
  return input.layout === "transactions"
    ? analysisResult(input.log, options, onHoldoutModel)
    : customerTableResult(input.table, options);
}
