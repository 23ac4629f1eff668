import type { AnalysisResult } from "../../engine/analysis/analysisResult";
import type { CustomerAnalysisOptions } from "../../engine/analysis/customerAnalysis";
import {
  detectLayout,
  transactionColumns,
  type LayoutProposal,
} from "../../engine/analysis/detectLayout";
import type { Language } from "../../engine/language";
import type { ColumnRole } from "../../engine/summary/columnRoles";
import {
  createTransactionLogBuilder,
  type TransactionLog,
} from "../../engine/summary/transactionLog";
import { readRegionInBlocks, readRegionTop, resolveDataRegion } from "../../excel/readRows";
import type { SheetCell } from "../../excel/selectCell";
import type { SheetRegion } from "../../excel/sheetRegion";
import { writeOutputSheets } from "../../excel/writeSheets";
import type { AnalysisStage, AnalysisStrings } from "../i18n/analysisStrings";
import type { Strings } from "../i18n/strings";
import { PaneMessageError } from "../summarizeSelection";
import { analysisSheets } from "./analysisSheets";

/** Data rows read to propose a layout: enough to tell ids, dates, amounts and attributes apart. */
const SAMPLE_ROWS = 200;

/** The range the user chose, its header and the proposed reading of its columns. */
export interface SelectedData {
  region: SheetRegion;
  /** Each header cell as text, for the role dropdowns' labels. */
  header: string[];
  proposal: LayoutProposal;
}

/**
 * Reads the header and a sample of the selection (or the current region around a single cell)
 * and proposes a layout and a role per column. Throws PaneMessageError when there is no data.
 * @example
 * const data = await readSelectedData(stringsByLanguage.da);
 * data.proposal.roles // -> ["customer", "date", "amount"]
 */
export async function readSelectedData(strings: Strings): Promise<SelectedData> {
  const region = await resolveDataRegion();
  if (!region || region.rowCount < 2) throw new PaneMessageError(strings.errorNoData);
  const [header, ...sample] = await readRegionTop(region, 1 + SAMPLE_ROWS);
  return {
    region,
    header: header.map((cell) => String(cell)),
    proposal: detectLayout(header, sample),
  };
}

/** Where a run is, for the progress bar. */
export interface AnalysisProgress {
  stage: AnalysisStage;
  /** Rows read or written so far, and of how many (reading and writing only). */
  done: number;
  total: number;
}

/** What a finished run reports back. */
export type AnalysisOutcome =
  | { kind: "cancelled" }
  | {
      kind: "done";
      customers: number;
      sheetNames: string[];
      skipped: TransactionLog["skipped"];
      /** Why a model could not be fitted ("" when it was, or none was asked for). */
      modelError: string;
      /** The cell that made the first skipped row unusable, for the user to look at; null when none was skipped. */
      firstSkippedCell: SheetCell | null;
    };

/** How the engine is run: on a worker in the pane, directly in tests or where workers are missing. */
export type AnalysisRunner = (
  log: TransactionLog,
  options: CustomerAnalysisOptions,
  signal: AbortSignal
) => Promise<AnalysisResult | undefined>;

/** What a run needs besides the data. */
export interface AnalysisRun {
  data: SelectedData;
  roles: readonly ColumnRole[];
  /** Column to break CLV down by, −1 for none. */
  breakdownColumn: number;
  options: CustomerAnalysisOptions;
  strings: AnalysisStrings;
  language: Language;
  runEngine: AnalysisRunner;
  signal: AbortSignal;
  onProgress: (progress: AnalysisProgress) => void;
}

/**
 * The full analysis: reads the data rows in blocks into a transaction log with the user's
 * column roles (amounts and day-first dates read as Nordic and continental users write them),
 * runs the engine, and writes the result sheets, replacing the previous run's. Stops between
 * blocks and stages when `signal` aborts, leaving the workbook as it was.
 * @throws PaneMessageError when customer, date or amount has no column.
 * @example
 * const outcome = await analyzeCustomers({ data, roles, breakdownColumn: -1, options: {},
 *   strings, language: "da", runEngine, signal, onProgress });
 */
export async function analyzeCustomers(run: AnalysisRun): Promise<AnalysisOutcome> {
  const { data, roles, strings, signal, onProgress } = run;
  const columns = transactionColumns(roles);
  const missing = (["customer", "date", "amount"] as const).filter((role) => columns[role] < 0);
  if (missing.length > 0) {
    throw new PaneMessageError(
      strings.needRoles(missing.map((role) => strings.roles[role]).join(", "))
    );
  }
  const builder = createTransactionLogBuilder(columns, {
    lenientAmounts: true,
    decimalSeparator: data.proposal.decimalSeparator,
    dayFirstDates: true,
    attributeColumn: run.breakdownColumn,
  });
  const dataRows = data.region.rowCount - 1;
  let rowsRead = 0;
  onProgress({ stage: "reading", done: 0, total: dataRows });
  await readRegionInBlocks(
    data.region,
    (rows, firstRowOffset) => {
      const block = firstRowOffset === 0 ? rows.slice(1) : rows;
      builder.addRows(block);
      rowsRead += block.length;
      onProgress({ stage: "reading", done: rowsRead, total: dataRows });
    },
    () => signal.aborted
  );
  if (signal.aborted) return { kind: "cancelled" };

  onProgress({ stage: "summarizing", done: 0, total: 0 });
  const log = builder.finish();
  onProgress({ stage: "fitting", done: 0, total: 0 });
  const result = await run.runEngine(log, run.options, signal);
  if (!result || signal.aborted) return { kind: "cancelled" };

  const sheets = analysisSheets(result, strings, run.language);
  onProgress({ stage: "writing", done: 0, total: 1 });
  const written = await writeOutputSheets(sheets, {
    shouldStop: () => signal.aborted,
    onProgress: (done, total) => onProgress({ stage: "writing", done, total }),
  });
  if (written.stopped) return { kind: "cancelled" };
  const models = result.customers.models;
  return {
    kind: "done",
    customers: result.customers.customerIds.length,
    sheetNames: written.sheetNames,
    skipped: log.skipped,
    modelError: models.transactionError || models.spendError,
    firstSkippedCell: firstSkippedCell(log, data.region, columns),
  };
}

/** The cell to blame in the earliest skipped data row: its blank customer, bad date or bad amount. */
function firstSkippedCell(
  log: TransactionLog,
  region: SheetRegion,
  columns: Record<"customer" | "date" | "amount", number>
): SheetCell | null {
  const reasons = [
    ["blankCustomer", columns.customer],
    ["unreadableDate", columns.date],
    ["nonNumericAmount", columns.amount],
  ] as const;
  let first: { row: number; column: number } | null = null;
  for (const [reason, column] of reasons) {
    const row = log.firstSkippedRow[reason];
    if (row >= 0 && (first === null || row < first.row)) first = { row, column };
  }
  if (first === null) return null;
  return {
    sheetName: region.sheetName,
    rowIndex: region.rowIndex + 1 + first.row, // below the header row
    columnIndex: region.columnIndex + first.column,
  };
}
