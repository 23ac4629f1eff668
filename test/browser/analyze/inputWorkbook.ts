import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
import { basename, extname } from "node:path";
import type { SkipReason } from "../../../src/engine/read/skipReasons";
import { formatAddress } from "../double/address";
import type { CellValue } from "../double/column";
import { SHEET_ROWS } from "../double/rectangle";
import { Workbook } from "../double/workbook";
import { csvSeparator, enteredText, parseCsv } from "./csv";
import { fileCustomerColumns, tableRows } from "./fileCustomerTable";
import { PaneError } from "./paneError";

/** Characters Excel forbids in sheet names, replaced as Excel does when it names a sheet after a file. */
const SHEET_NAME_FORBIDDEN = /[\\/?*[\]:]/g;
const LINE_FEED = 10;

/** The workbook the pane is given for a file, and what was left out before the pane saw it. */
export interface InputWorkbook {
  readonly workbook: Workbook;
  /** A big file's rows its customer table leaves out, by reason; none for a CSV that fits a sheet. */
  readonly skipped?: Readonly<Record<SkipReason, number>>;
}

/**
 * The workbook the pane reads for a file: a CSV that fits a sheet as it is (csvWorkbook); a
 * Parquet file, or a CSV with more lines than a sheet has rows, as the customer table embedded
 * DuckDB builds from it with the generated query (fileCustomerColumns), as a warehouse would,
 * with the log's rows that table leaves out.
 *
 * @throws PaneError when the customer table has more rows than a sheet holds below its header.
 *
 * @example
 * const { workbook, skipped } = await inputWorkbook("orders.parquet");
 * workbook.selection; // { sheetName: "orders", address: "A1:J2358" }: a header, 2,357 customers
 * skipped; // { blankCustomer: 0, unreadableDate: 0, nonNumericAmount: 3 }
 */
export async function inputWorkbook(path: string): Promise<InputWorkbook> {
  if (extname(path).toLowerCase() !== ".parquet" && (await lineCount(path)) <= SHEET_ROWS) {
    return { workbook: csvWorkbook(path, await readFile(path, "utf8")) };
  }
  const table = await fileCustomerColumns(path);
  if (table.rowCount >= SHEET_ROWS) {
    const most = (SHEET_ROWS - 1).toLocaleString("en-US");
    throw new PaneError(
      `${path} holds ${table.rowCount.toLocaleString("en-US")} customers: more than the ` +
        `${most} rows a sheet holds below its header, so they cannot be given to the pane on ` +
        "one sheet. Analyze them in parts, e.g. by a range of customer ids."
    );
  }
  return { workbook: rowsWorkbook(path, tableRows(table)), skipped: table.skipped };
}

/**
 * Lines in a file, as a sheet gets a row for each: its line feeds, and a last line without
 * one. Read in chunks, so a file larger than memory can be counted.
 *
 * @example
 * await lineCount("header_and_two_rows.csv"); // 3, whether or not the last row ends in "\n"
 */
export async function lineCount(path: string): Promise<number> {
  let lines = 0;
  let last = LINE_FEED;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    for (let at = chunk.indexOf(LINE_FEED); at >= 0; at = chunk.indexOf(LINE_FEED, at + 1)) lines++;
    if (chunk.length > 0) last = chunk[chunk.length - 1];
  }
  return last === LINE_FEED ? lines : lines + 1;
}

/**
 * A workbook with the CSV on one sheet named after the file, its used range selected.
 *
 * @example
 * csvWorkbook("orders.csv", "customer,date,amount\nA,2024-01-01,9.5\n").selection;
 * // { sheetName: "orders", address: "A1:C2" }
 */
export function csvWorkbook(csvPath: string, text: string): Workbook {
  const separator = csvSeparator(text);
  const rows = parseCsv(text, separator);
  if (rows.length === 0) throw new PaneError(`${csvPath} holds no rows.`);
  const width = widest(rows);
  return rowsWorkbook(
    csvPath,
    rows.map((row) =>
      Array.from({ length: width }, (_, column) => enteredText(row[column] ?? "", separator))
    )
  );
}

/**
 * The length of the longest row, by a loop: Math.max(...rows) passes every row as an argument,
 * which overflows the stack on a million-customer table.
 */
function widest(rows: readonly (readonly unknown[])[]): number {
  return rows.reduce((width, row) => Math.max(width, row.length), 0);
}

/** A workbook with the rows on one sheet named after the file, their range selected. */
function rowsWorkbook(path: string, typed: CellValue[][]): Workbook {
  const width = widest(typed);
  const sheetName =
    basename(path, extname(path)).replace(SHEET_NAME_FORBIDDEN, "_").slice(0, 31) || "Sheet1";
  const workbook = new Workbook([sheetName]);
  const rectangle = { row: 0, column: 0, rowCount: typed.length, columnCount: width };
  workbook.sheet(sheetName).writeValues(rectangle, typed);
  workbook.select(sheetName, formatAddress(workbook.sheet(sheetName).usedRange(true) ?? rectangle));
  return workbook;
}
