import { detectColumnRoles } from "../engine/read/columnRoles";
import { transactionKpis } from "../engine/report/kpis";
import { createTransactionLogBuilder, TransactionLogBuilder } from "../engine/read/transactionLog";
import { readRegionInBlocks, resolveDataRegion } from "../excel/readRows";
import { insertTableOnNewSheet } from "../excel/writeTable";
import type { Strings } from "./i18n/strings";
import { kpiTable } from "./kpiTable";

/** Where a run is, for the progress line. */
export type SummaryProgress =
  { stage: "reading"; rowsRead: number } | { stage: "summarizing" } | { stage: "writing" };

/** What a finished run reports back to the pane. */
export interface SummaryOutcome {
  sheetName: string;
  skippedBlankCustomer: number;
  skippedBadDate: number;
  skippedBadAmount: number;
}

/** A failure the user can act on, already worded in their language. */
export class PaneMessageError extends Error {}

/**
 * Reads the selected transactions (header row first), computes the KPI summary in the engine
 * and writes it as a table on a new sheet. Throws PaneMessageError with a message in the
 * user's language when the selection cannot be used.
 * @example
 * const outcome = await summarizeSelection(stringsByLanguage.en, "en-US", (p) => console.log(p.stage));
 * outcome.sheetName // -> "CX Summary"
 */
export async function summarizeSelection(
  strings: Strings,
  locale: string,
  onProgress: (progress: SummaryProgress) => void
): Promise<SummaryOutcome> {
  const region = await resolveDataRegion();
  if (!region || region.rowCount < 2) throw new PaneMessageError(strings.errorNoData);

  let builder: TransactionLogBuilder | undefined;
  let rowsRead = 0;
  await readRegionInBlocks(region, (rows, firstRowOffset) => {
    let dataRows = rows;
    if (firstRowOffset === 0) {
      builder = builderForHeader(rows[0], strings);
      dataRows = rows.slice(1);
    }
    builder?.addRows(dataRows);
    rowsRead += dataRows.length;
    onProgress({ stage: "reading", rowsRead });
  });

  onProgress({ stage: "summarizing" });
  const log = builder!.finish();
  if (log.orders === 0) throw new PaneMessageError(strings.errorNoValidRows);
  const kpis = transactionKpis(log);

  onProgress({ stage: "writing" });
  const sheetName = await insertTableOnNewSheet(kpiTable(kpis, strings, locale));
  return {
    sheetName,
    skippedBlankCustomer: log.skipped.blankCustomer,
    skippedBadDate: log.skipped.unreadableDate,
    skippedBadAmount: log.skipped.nonNumericAmount,
  };
}

/** A log builder for the columns the header names, or a message saying which are missing. */
function builderForHeader(header: readonly unknown[], strings: Strings): TransactionLogBuilder {
  const roles = detectColumnRoles(header);
  const missing = [
    roles.customer < 0 ? strings.roleCustomer : "",
    roles.date < 0 ? strings.roleDate : "",
    roles.amount < 0 ? strings.roleAmount : "",
  ].filter(Boolean);
  if (missing.length > 0)
    throw new PaneMessageError(strings.errorMissingColumns(missing.join(", ")));
  return createTransactionLogBuilder(roles);
}
