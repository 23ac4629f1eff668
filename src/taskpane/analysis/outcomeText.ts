import type { SkippedRowReason } from "../../engine/read/skipReasons";
import type { PaneStrings } from "../i18n/paneStrings";
import type { AnalysisOutcome } from "./analyzeCustomers";
import { MODEL_NAMES } from "./modelNames";

/**
 * What the pane says when a run ends: the customers and sheets, then, each only when it
 * happened, the rows skipped by reason, the returns and zero-amount rows, the transactions after
 * the observation end, the customers with only returns, the model the holdout check picked, why
 * the model could not be fitted, that a log without amounts has no CLV columns, why the CLV
 * intervals could not be computed, and the previous run's sheets left or the numbered names kept
 * when replacing them failed.
 * @example
 * outcomeText({ kind: "done", customers: 2357, sheetNames: ["CX Summary", "CX Customers"],
 *   skipped: { blankCustomer: 1 }, returns: 2, zeroAmounts: 0, excludedTransactions: 0,
 *   customersWithoutPurchase: 0, modelError: "", noDropout: false, withoutAmounts: false,
 *   intervalError: "", holdoutPick: null,
 *   firstSkippedCell: null, unfinished: null },
 *   stringsByLanguage.en, new Intl.NumberFormat("en-US"));
 * // -> "2,357 customers analyzed. Sheets: CX Summary, CX Customers. 1 rows skipped: 1 without a
 * //    customer. 2 returns (orders netting below 0) are not counted as orders."
 */
export function outcomeText(
  outcome: AnalysisOutcome,
  strings: PaneStrings,
  number: Intl.NumberFormat
): string {
  if (outcome.kind === "cancelled") return strings.cancelled;
  const count = (value: number) => number.format(value);
  const reasons = (Object.keys(strings.skipReasons) as SkippedRowReason[]).filter(
    (reason) => (outcome.skipped[reason] ?? 0) > 0
  );
  const skipped = reasons.reduce((sum, reason) => sum + (outcome.skipped[reason] ?? 0), 0);
  const reasonList = reasons
    .map((reason) => strings.skipReasons[reason](count(outcome.skipped[reason] ?? 0)))
    .join(", ");
  return [
    strings.done(count(outcome.customers), outcome.sheetNames.join(", ")),
    skipped > 0 ? strings.skipped(count(skipped), reasonList) : "",
    outcome.returns > 0 ? strings.returns(count(outcome.returns)) : "",
    outcome.zeroAmounts > 0 ? strings.zeroAmounts(count(outcome.zeroAmounts)) : "",
    outcome.excludedTransactions > 0 ? strings.excluded(count(outcome.excludedTransactions)) : "",
    outcome.customersWithoutPurchase > 0
      ? strings.returnsOnly(count(outcome.customersWithoutPurchase))
      : "",
    outcome.holdoutPick ? strings.holdoutPicked(MODEL_NAMES[outcome.holdoutPick]) : "",
    outcome.noDropout
      ? strings.modelNoDropout
      : outcome.modelError
        ? strings.modelFailed(outcome.modelError)
        : "",
    outcome.withoutAmounts ? strings.noAmounts : "",
    outcome.intervalError ? strings.intervals.failed(outcome.intervalError) : "",
    outcome.unfinished && outcome.unfinished.previousSheetNames.length > 0
      ? strings.previousSheetsLeft(
          outcome.unfinished.previousSheetNames.join(", "),
          outcome.unfinished.reason
        )
      : "",
    outcome.unfinished && !outcome.unfinished.renamed
      ? strings.sheetsNotRenamed(outcome.unfinished.reason)
      : "",
  ]
    .filter(Boolean)
    .join(" ");
}
