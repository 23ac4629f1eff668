import type { SkippedRowReason } from "../../engine/read/skipReasons";
import type { UnfinishedReplacement } from "../../excel/writeSheets";
import type { PaneStrings } from "../i18n/paneStrings";
import type { AnalysisOutcome } from "./analyzeCustomers";
import type { SubscriptionOutcome } from "./analyzeSubscriptions";
import { engineReasonText } from "./engineReasonText";
import { MODEL_NAMES } from "./modelNames";

/**
 * What the pane says when a run ends: the customers and sheets, then, each only when it
 * happened, the rows skipped by reason, the returns and zero-amount rows, the transactions after
 * the observation end, the customers with only returns, the model the holdout check picked, why
 * the model could not be fitted (the engine's reason in the user's language, engineReasonText),
 * that a log without amounts has no CLV columns, that filled rows under the chosen table (not
 * its own) were not read, why the CLV intervals could not be computed,
 * and the previous run's sheets left or the numbered names kept when replacing them failed. A subscription table's run: the subscriptions and sheets, the
 * Subscriptions sheet's account of it, and the same two about replacing the previous sheets.
 * @example
 * outcomeText({ kind: "done", customers: 2357, sheetNames: ["CX Summary", "CX Customers"],
 *   skipped: { blankCustomer: 1 }, returns: 2, zeroAmounts: 0, excludedTransactions: 0,
 *   customersWithoutPurchase: 0, modelError: "", noDropout: false, withoutAmounts: null,
 *   intervalError: "", holdoutPick: null,
 *   firstSkippedCell: null, unfinished: null, rowsUnderTable: null },
 *   stringsByLanguage.en, new Intl.NumberFormat("en-US"));
 * // -> "2,357 customers analyzed. Sheets: CX Summary, CX Customers. 1 row skipped: 1 without a
 * //    customer. 2 returns (orders netting below 0) are not counted as orders."
 * outcomeText({ kind: "subscriptions", subscriptions: 2000, sheetNames: ["CX Subscriptions"],
 *   notes: ["2,000 subscriptions in 2 cohorts; 691 active at the observation end."],
 *   firstSkippedCell: null, unfinished: null },
 *   stringsByLanguage.en, new Intl.NumberFormat("en-US"));
 * // -> "2,000 subscriptions analyzed. Sheets: CX Subscriptions. 2,000 subscriptions in 2 cohorts; 691 active at the observation end."
 */
export function outcomeText(
  outcome: AnalysisOutcome | SubscriptionOutcome,
  strings: PaneStrings,
  number: Intl.NumberFormat
): string {
  if (outcome.kind === "cancelled") return strings.cancelled;
  const count = (value: number) => number.format(value);
  if (outcome.kind === "subscriptions") {
    const sheets = outcome.sheetNames.join(", ");
    return [
      strings.subscriptions.done(outcome.subscriptions, sheets, count),
      ...outcome.notes,
      ...replacementText(outcome.unfinished, strings),
    ].join(" ");
  }
  const reasons = (Object.keys(strings.skipReasons) as SkippedRowReason[]).filter(
    (reason) => (outcome.skipped[reason] ?? 0) > 0
  );
  const skipped = reasons.reduce((sum, reason) => sum + (outcome.skipped[reason] ?? 0), 0);
  const reasonList = reasons
    .map((reason) => strings.skipReasons[reason](count(outcome.skipped[reason] ?? 0)))
    .join(", ");
  return [
    strings.done(outcome.customers, outcome.sheetNames.join(", "), count),
    skipped > 0 ? strings.skipped(skipped, reasonList, count) : "",
    outcome.returns > 0 ? strings.returns(outcome.returns, count) : "",
    outcome.zeroAmounts > 0 ? strings.zeroAmounts(outcome.zeroAmounts, count) : "",
    outcome.excludedTransactions > 0 ? strings.excluded(outcome.excludedTransactions, count) : "",
    outcome.customersWithoutPurchase > 0
      ? strings.returnsOnly(outcome.customersWithoutPurchase, count)
      : "",
    outcome.holdoutPick ? strings.holdoutPicked(MODEL_NAMES[outcome.holdoutPick]) : "",
    outcome.noDropout
      ? strings.modelNoDropout
      : outcome.modelError
        ? strings.modelFailed(engineReasonText(outcome.modelError, strings.reasons, count))
        : "",
    outcome.withoutAmounts === "table"
      ? strings.noSpendColumn
      : outcome.withoutAmounts
        ? strings.noAmounts
        : "",
    outcome.rowsUnderTable ? strings.rowsUnderTable(outcome.rowsUnderTable) : "",
    outcome.intervalError
      ? strings.intervals.failed(engineReasonText(outcome.intervalError, strings.reasons, count))
      : "",
    ...replacementText(outcome.unfinished, strings),
  ]
    .filter(Boolean)
    .join(" ");
}

/** What of replacing the previous run's sheets was left undone, if anything: the sheets left, the names kept. */
function replacementText(unfinished: UnfinishedReplacement | null, strings: PaneStrings): string[] {
  if (!unfinished) return [];
  return [
    unfinished.previousSheetNames.length > 0
      ? strings.previousSheetsLeft(unfinished.previousSheetNames.join(", "), unfinished.reason)
      : "",
    unfinished.renamed ? "" : strings.sheetsNotRenamed(unfinished.reason),
  ].filter(Boolean);
}
