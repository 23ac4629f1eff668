import {
  analysisResult,
  customerTableResult,
  type AnalysisResult,
} from "../../engine/analysis/analysisResult";
import type { CustomerAnalysisOptions } from "../../engine/analysis/customerAnalysis";
import type { AnalysisInput } from "./analyzeCustomers";

/**
 * The engine's full analysis of the data a run read: analysisResult for a transaction log,
 * customerTableResult for a customer table.
 * @throws InputError as those do.
 * @example
 * analysisOfInput({ layout: "customers", table }, { model: "pnbd+gg" }).model.parameters;
 */
export function analysisOfInput(
  input: AnalysisInput,
  options: CustomerAnalysisOptions
): AnalysisResult {
  return input.layout === "transactions"
    ? analysisResult(input.log, options)
    : customerTableResult(input.table, options);
}
