import type { ChannelSpend } from "../../engine/report/analysisChannels";
import type { AnalysisInput } from "../../engine/report/analysisOfInput";
import type { AnalysisResult, AnalysisResultOptions } from "../../engine/report/analysisResult";
import type { HoldoutProgress } from "../../engine/report/customerAnalysis";
import { HOLDOUT_MODELS } from "../../engine/report/holdoutCheck";
import type { PurchaseModelName } from "../../engine/models/purchaseModel";
import {
  detectLayout,
  transactionColumns,
  type Layout,
  type LayoutProposal,
} from "../../engine/read/detectLayout";
import type { Language } from "../../engine/language";
import type { ColumnRole } from "../../engine/read/columnRoles";
import {
  createCustomerTableBuilder,
  customerTableColumns,
  missingCustomerTableRoles,
} from "../../engine/read/customerTable";
import type { SkippedRowReason } from "../../engine/read/skipReasons";
import type { TimeUnit } from "../../engine/read/timeUnit";
import { createTransactionLogBuilder, type TransactionLog } from "../../engine/read/transactionLog";
import { readRegionTop } from "../../excel/readRows";
import type { SheetCell } from "../../excel/selectCell";
import type { SheetRegion } from "../../excel/sheetRegion";
import { appendHistoryRow } from "../../excel/historySheet";
import { writeOutputSheets, type UnfinishedReplacement } from "../../excel/writeSheets";
import type { AnalysisStage, PaneStrings } from "../i18n/paneStrings";
import { analysisSheets } from "./analysisSheets";
import { historyRow } from "./historyTable";
import { PaneMessageError } from "./paneMessageError";
import { readDataRows } from "./readDataRows";
import { requireRoles } from "./requireRoles";
import { selectedRegion } from "./selectedRegion";

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
 * and proposes a layout and a role per column. Throws PaneMessageError as selectedRegion does.
 * @example
 * const data = await readSelectedData(stringsByLanguage.da);
 * data.proposal.roles // -> ["customer", "date", "amount"]
 */
export async function readSelectedData(strings: PaneStrings): Promise<SelectedData> {
  const region = await selectedRegion(strings);
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
  /**
   * Rows read or written so far, and of how many (reading and writing); while fitting, the
   * holdout check's models fitted and of how many.
   */
  done: number;
  total: number;
  /** The model the holdout check is fitting on the calibration, while it does. */
  checking?: PurchaseModelName;
}

/** What a finished run reports back. */
export type AnalysisOutcome =
  | { kind: "cancelled" }
  | {
      kind: "done";
      customers: number;
      sheetNames: string[];
      /** Rows left out, by reason (reasons that did not occur may be missing or 0). */
      skipped: Partial<Record<SkippedRowReason, number>>;
      /** Orders (rows or order ids) whose amounts net below 0, not counted as orders. */
      returns: number;
      /** Rows with an amount of 0, counted as orders. */
      zeroAmounts: number;
      /** Transactions dated after the observation end, left out. */
      excludedTransactions: number;
      /** Customers whose rows up to the observation end are only returns, left out. */
      customersWithoutPurchase: number;
      /** Why a model could not be fitted, in English ("" when it was, or none was asked for). */
      modelError: string;
      /** True when no customer seems to leave, so the NBD predicted instead of the chosen model (the pane says so in the user's language). */
      noDropout: boolean;
      /**
       * What had no amounts, so no revenue, spend or CLV (the pane says so): a log without an
       * amount column, a customer table without a monetary value column; null otherwise.
       */
      withoutAmounts: "log" | "table" | null;
      /** Why the CLV intervals could not be computed though a CLV was, in English; "" otherwise. */
      intervalError: string;
      /** The model the holdout check picked; null without a check or a pick. */
      holdoutPick: PurchaseModelName | null;
      /** The cell that made the first skipped row unusable, for the user to look at; null when none was skipped. */
      firstSkippedCell: SheetCell | null;
      /** What of replacing the previous run's sheets was left undone; null when nothing. */
      unfinished: UnfinishedReplacement | null;
      /** The chosen Excel table when filled rows under it, not its own, were left out; null otherwise. */
      rowsUnderTable: string | null;
    };

/**
 * How the engine is run: on a worker in the pane (which takes the input's typed arrays: the
 * input is not read again once handed over), or directly.
 */
export type AnalysisRunner = (
  input: AnalysisInput,
  options: AnalysisResultOptions,
  signal: AbortSignal,
  onHoldoutModel: HoldoutProgress
) => Promise<AnalysisResult | undefined>;

/** What a run needs besides the data. */
export interface AnalysisRun {
  data: SelectedData;
  /** How to read the rows; the user may correct the proposal's. */
  layout: Layout;
  roles: readonly ColumnRole[];
  /** Column to break CLV down by, −1 for none; with `spend`, the channel column. */
  breakdownColumn: number;
  /** A log's marketing spend, for the Channels sheet. */
  spend?: ChannelSpend;
  options: AnalysisResultOptions;
  /** Unit of a customer table's t_x and T. */
  timeUnit: TimeUnit;
  strings: PaneStrings;
  language: Language;
  /** The user's locale, for the dates' format. */
  locale: string;
  runEngine: AnalysisRunner;
  signal: AbortSignal;
  onProgress: (progress: AnalysisProgress) => void;
}

/** The rows read into the engine's input, with what was left out and the cell to blame first. */
interface ReadData {
  input: AnalysisInput;
  /** The region read: a chosen table as it was at the run (readDataRows). */
  region: SheetRegion;
  /** The chosen table when filled rows under it, not its own, were not read (readDataRows). */
  rowsUnderTable: string | null;
  /** Usable rows read. */
  rows: number;
  skipped: Partial<Record<SkippedRowReason, number>>;
  /** Data row (0-based) and column of the first skipped row's unusable cell. */
  firstSkipped: { row: number; column: number } | null;
}

/**
 * The full analysis: reads the data rows in blocks into a transaction log or a customer table
 * with the user's column roles (line items sharing an order id are one order), runs the engine,
 * and writes the result sheets, the Summary first, replacing the previous run's. Stops between
 * blocks and stages when `signal` aborts, leaving the workbook as it was.
 * @throws PaneMessageError when a role the layout needs has no column, or no row can be used.
 * @example
 * const outcome = await analyzeCustomers({ data, layout: "transactions", roles,
 *   breakdownColumn: -1, options: {}, timeUnit: "W", strings, language: "da", locale: "da-DK", runEngine,
 *   signal, onProgress });
 */
export async function analyzeCustomers(run: AnalysisRun): Promise<AnalysisOutcome> {
  const { strings, signal, onProgress } = run;
  const read =
    run.layout === "transactions" ? await readTransactions(run) : await readCustomerTable(run);
  if (signal.aborted) return { kind: "cancelled" };
  if (read.rows === 0) {
    throw new PaneMessageError(
      run.layout === "transactions" ? strings.errorNoValidRows : strings.errorNoValidCustomers
    );
  }

  onProgress({ stage: "fitting", done: 0, total: 0 });
  // The runner may take the input's arrays: from here on only `read`'s counts are used.
  const result = await run.runEngine(read.input, run.options, signal, (model, index) =>
    onProgress({ stage: "fitting", done: index, total: HOLDOUT_MODELS.length, checking: model })
  );
  if (!result || signal.aborted) return { kind: "cancelled" };

  const sheets = analysisSheets(result, strings, run.language, run.locale);
  onProgress({ stage: "writing", done: 0, total: 1 });
  const written = await writeOutputSheets(sheets, {
    shouldStop: () => signal.aborted,
    onProgress: (done, total) => onProgress({ stage: "writing", done, total }),
  });
  if (written.stopped) return { kind: "cancelled" };
  // The History sheet is kept apart from the output the next run replaces: it grows a row a run.
  // The results are written by now; a history row Excel refused leaves the outcome as it is.
  const history = historyRow(result, strings, run.language);
  const historySheet = await appendHistoryRow(history.table, history.chart).catch(() => null);
  const { customers } = result;
  const { models } = customers;
  return {
    kind: "done",
    customers: customers.customerIds.length,
    sheetNames: historySheet ? [...written.sheetNames, historySheet] : written.sheetNames,
    skipped: read.skipped,
    returns: customers.returns,
    zeroAmounts: customers.zeroAmounts,
    excludedTransactions: customers.excludedTransactions,
    customersWithoutPurchase: customers.customersWithoutPurchase,
    // Without amounts the spend model's absence is said by withoutAmounts, not as a failure.
    modelError: models.transactionError || (customers.withoutAmounts ? "" : models.spendError),
    noDropout: models.transactionFailure === "no-dropout" && models.transaction?.model === "nbd",
    withoutAmounts: customers.withoutAmounts
      ? run.layout === "customers"
        ? "table"
        : "log"
      : null,
    intervalError: customers.clvIntervals.error,
    holdoutPick: models.holdout?.check?.chosen ?? null,
    firstSkippedCell: read.firstSkipped && sheetCell(read.region, read.firstSkipped),
    unfinished: written.unfinished,
    rowsUnderTable: read.rowsUnderTable,
  };
}

/** Reads the rows as a transaction log. */
async function readTransactions(run: AnalysisRun): Promise<ReadData> {
  const { data, roles, strings } = run;
  const columns = transactionColumns(roles);
  // Without an amount column the log is one of dates only (createTransactionLogBuilder).
  requireRoles(
    (["customer", "date"] as const).filter((role) => columns[role] < 0),
    strings
  );
  const builder = createTransactionLogBuilder(columns, {
    decimalSeparator: data.proposal.decimalSeparator,
    attributeColumn: run.breakdownColumn,
  });
  const { region, rowsUnderTable } = await readDataRows(run, (rows) => builder.addRows(rows));
  run.onProgress({ stage: "summarizing", done: 0, total: 0 });
  const log = builder.finish();
  return {
    input: { layout: "transactions", log, ...(run.spend && { spend: run.spend }) },
    region,
    rowsUnderTable,
    rows: log.rows,
    skipped: log.skipped,
    firstSkipped: firstSkippedTransaction(log, columns),
  };
}

/** Reads the rows as a customer table. */
async function readCustomerTable(run: AnalysisRun): Promise<ReadData> {
  const { data, roles, strings } = run;
  const columns = customerTableColumns(roles, run.breakdownColumn);
  requireRoles(missingCustomerTableRoles(columns), strings);
  const builder = createCustomerTableBuilder(columns, {
    decimalSeparator: data.proposal.decimalSeparator,
    timeUnit: run.timeUnit,
  });
  const { region, rowsUnderTable } = await readDataRows(run, (rows) => builder.addRows(rows));
  const table = builder.finish();
  return {
    input: { layout: "customers", table },
    region,
    rowsUnderTable,
    rows: table.customerIds.length,
    skipped: table.skipped,
    firstSkipped: table.firstSkippedCell,
  };
}

/** The earliest skipped data row of a log and the cell to blame: its blank customer, bad date or bad amount. */
function firstSkippedTransaction(
  log: TransactionLog,
  columns: Record<"customer" | "date" | "amount", number>
): { row: number; column: number } | null {
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
  return first;
}

/**
 * The sheet cell of a data row (0-based, below the header) and column of the region.
 * @example
 * sheetCell({ sheetName: "Orders", rowIndex: 0, columnIndex: 1, rowCount: 10, columnCount: 3 }, { row: 4, column: 2 });
 * // { sheetName: "Orders", rowIndex: 5, columnIndex: 3 }: D6, the fifth data row's third column
 */
export function sheetCell(region: SheetRegion, cell: { row: number; column: number }): SheetCell {
  return {
    sheetName: region.sheetName,
    rowIndex: region.rowIndex + 1 + cell.row,
    columnIndex: region.columnIndex + cell.column,
  };
}
