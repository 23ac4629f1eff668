import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { CalendarPeriod } from "../../../src/engine/read/calendarPeriod";
import type { SkipReason } from "../../../src/engine/read/skipReasons";
import { formatAddress } from "../double/address";
import type { CellValue } from "../double/column";
import type { Table } from "../double/table";
import type { Workbook } from "../double/workbook";
import { launchChromium } from "../harness/browser";
import { openAddin, type AddinSession } from "../harness/openAddin";
import { startStaticServer } from "../harness/staticServer";
import { formatCsv } from "./csv";
import { csvWorkbook, inputWorkbook } from "./inputWorkbook";
import { PaneError } from "./paneError";

/** What `analyzeCsv` needs. */
export interface AnalyzeCsvOptions {
  readonly csvPath: string;
  readonly outFolder: string;
  /** The built add-in (`npm run build`). */
  readonly distFolder: string;
  /** Office's display language for the pane, "en-US" by default. */
  readonly displayLanguage?: string;
  /** A marketing spend CSV (channel, spend, optionally month), for the Channels sheet. */
  readonly spendPath?: string;
  /**
   * The period of a log's cohorts and trends (a subscription table's cohorts and renewals),
   * chosen in the pane's options; a month when left out. A customer table has none to choose.
   */
  readonly period?: CalendarPeriod;
  /** How long the analysis may run, 10 minutes by default. */
  readonly timeoutMs?: number;
}

/** What `analyzeCsv` wrote, and what of the file the pane was not given. */
export interface AnalyzeCsvResult {
  readonly tables: readonly WrittenTable[];
  /** A big file's rows its customer table left out, by reason (see inputWorkbook). */
  readonly skipped?: Readonly<Record<SkipReason, number>>;
}

/** A result table written as CSV. */
export interface WrittenTable {
  readonly sheetName: string;
  readonly tableName: string;
  readonly file: string;
  /** Rows in the CSV, header included. */
  readonly rowCount: number;
}

/** Characters that cannot be in a file name on Windows, macOS or Linux (sheet names hold no control characters). */
const FILE_NAME_FORBIDDEN = /[<>:"/\\|?*]/g;

/**
 * Analyzes a transaction CSV with the unmodified built task pane, as a user would in Excel: the
 * CSV becomes the active sheet (typed as Excel types entered text: numbers as numbers, ISO dates
 * YYYY-MM-DD as date serials), its used range is selected, the pane's Use selection and Run
 * analysis are clicked with the default options (but the period, when given), and every table on the sheets the add-in added
 * is written to `outFolder` with its header and raw cell values: the table at the top of a sheet
 * as "<sheet name>.csv", each table below it as "<sheet name> - <table name>.csv". A file too
 * big for a sheet is given to the pane as its customer table (inputWorkbook).
 * @example
 * const { tables } = await analyzeCsv({ csvPath: "log.csv", outFolder: "out", distFolder: "dist" });
 * tables[0]; // { sheetName: "CX Summary", tableName: "CX_summary", file: "out/CX Summary.csv", rowCount: 12 }
 * tables[1]; // { sheetName: "CX Customers", tableName: "CX_customers", file: "out/CX Customers.csv", rowCount: 2358 }
 * tables[3]; // { sheetName: "CX Segments", tableName: "CX_grid", file: "out/CX Segments - CX_grid.csv", rowCount: 6 }
 */
export async function analyzeCsv(options: AnalyzeCsvOptions): Promise<AnalyzeCsvResult> {
  if (!existsSync(join(options.distFolder, "taskpane.html")))
    throw new PaneError(`No built add-in in ${options.distFolder}: run "npm run build" first.`);
  const { workbook, skipped } = await inputWorkbook(options.csvPath);
  const spendSheet = options.spendPath && (await addSpendSheet(workbook, options.spendPath));
  const inputSheets = workbook.sheetNames();
  await runPane(workbook, options, spendSheet || undefined);
  const added = workbook.sheetNames().filter((name) => !inputSheets.includes(name));
  await mkdir(options.outFolder, { recursive: true });
  const written: WrittenTable[] = [];
  for (const sheetName of added) {
    for (const [index, table] of tablesTopDown(workbook, sheetName).entries()) {
      const rows = tableValues(table);
      const fileName = index === 0 ? sheetName : `${sheetName} - ${table.name}`;
      const file = join(options.outFolder, `${fileName.replace(FILE_NAME_FORBIDDEN, "_")}.csv`);
      await writeFile(file, formatCsv(rows));
      written.push({ sheetName, tableName: table.name, file, rowCount: rows.length });
    }
  }
  return { tables: written, skipped };
}

/**
 * Adds the spend CSV on a sheet of its own, typed as the log's cells are, the log's sheet left
 * active and selected; resolves to the new sheet's name.
 */
async function addSpendSheet(workbook: Workbook, spendPath: string): Promise<string> {
  const logSelection = workbook.selection;
  const spend = csvWorkbook(spendPath, await readFile(spendPath, "utf8"));
  const [name] = spend.sheetNames();
  const used = spend.sheet(name).usedRange(true);
  if (!used) throw new PaneError(`${spendPath} holds no rows.`);
  const sheetName = workbook.sheetNames().includes(name) ? `${name} (spend)` : name;
  workbook.addSheet(sheetName).writeValues(used, spend.sheet(name).readValues(used));
  workbook.select(logSelection.sheetName, logSelection.address);
  return sheetName;
}

/**
 * Opens the pane on the workbook; with a spend sheet, selects it and clicks Marketing spend — use
 * selection first, then selects the log again; clicks Use selection and Run analysis, and waits
 * for the outcome.
 */
async function runPane(
  workbook: Workbook,
  options: AnalyzeCsvOptions,
  spendSheet?: string
): Promise<void> {
  const server = await startStaticServer(options.distFolder);
  const browser = await launchChromium();
  try {
    const session = await openAddin({
      browser,
      baseUrl: server.baseUrl,
      workbook,
      displayLanguage: options.displayLanguage ?? "en-US",
    });
    const { page } = session;
    const error = page.getByTestId("analysis-error");
    if (spendSheet) {
      const log = workbook.selection;
      const used = workbook.sheet(spendSheet).usedRange(true);
      workbook.select(spendSheet, formatAddress(used!));
      await page.getByTestId("spend-use-selection").click();
      await page.getByTestId("spend-range").or(error).first().waitFor();
      if (await error.isVisible()) throw new PaneError((await error.textContent()) ?? "");
      workbook.select(log.sheetName, log.address);
    }
    await page.getByTestId("use-selection").click();
    await page.getByTestId("role-0").or(error).first().waitFor();
    if (await error.isVisible()) throw new PaneError((await error.textContent()) ?? "");
    if (options.period) await choosePeriod(session, options.period);
    const run = page.getByTestId("run-analysis");
    if (await run.isDisabled()) {
      const reasons = await page
        .locator("[data-testid=layout], .fui-MessageBarBody")
        .allTextContents();
      throw new PaneError(reasons.join(" — ") || "Run analysis is not available.");
    }
    await run.click();
    const outcome = page.getByTestId("analysis-outcome");
    await outcome
      .or(error)
      .first()
      .waitFor({ timeout: options.timeoutMs ?? 600_000 });
    if (await error.isVisible()) throw new PaneError((await error.textContent()) ?? "");
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * Chooses the period: a subscription table's beside its columns, a log's in the Options section
 * (opened first, and waited for); a customer table has no dates to form cohorts by, which the
 * layout the pane detected says before anything is clicked.
 */
async function choosePeriod(session: AddinSession, period: CalendarPeriod): Promise<void> {
  const { page } = session;
  const layout = await page.getByTestId("layout").inputValue();
  if (layout === "customers") {
    throw new PaneError("--period: a customer table has no dates to form cohorts by.");
  }
  if (layout === "transactions") await page.getByTestId("options").click();
  const field = page.getByTestId("option-period");
  await field.waitFor({ state: "visible" });
  await field.selectOption(period);
}

/** The tables on a sheet, from the top down. */
function tablesTopDown(workbook: Workbook, sheetName: string): Table[] {
  const sheet = workbook.sheet(sheetName);
  return workbook
    .tables()
    .filter((table) => table.sheet === sheet)
    .sort((first, second) => first.rectangle.row - second.rectangle.row);
}

/**
 * A table's header and data rows, without the empty data row Excel gives a table that has none
 * (as Excel leaves blank rows out when it saves a sheet as CSV).
 */
function tableValues(table: Table): CellValue[][] {
  const rows = table.sheet.readValues(table.rectangle);
  const isBlank = (row: CellValue[]) => row.every((cell) => cell === "");
  return rows.length === 2 && isBlank(rows[1]) ? rows.slice(0, 1) : rows;
}
