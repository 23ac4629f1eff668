import { excelRun } from "./excelRun";
import { overlaps, PLACEMENT } from "./placedRange";
import type { SheetRegion } from "./sheetRegion";

/** Rows of a worksheet (Excel specifications and limits: 1,048,576 rows). */
const SHEET_ROWS = 1_048_576;

/**
 * The name of the Excel table a region was read from when the row right under the table (under
 * its totals row, when shown) holds data in the table's columns: rows that look like more of its
 * data but are not its own, as when rows are written under a table by code or with AutoCorrect's
 * "include new rows" off. A run reads a table's own rows only, so the pane says those were left
 * out. Null for a plain range, for a blank row under the table, for a row with a formula (a total
 * typed under the table), for another table's row, and when the table cannot be found: the check
 * only advises, so it never fails a run.
 *
 * @example
 * // Orders on A1:C2358; 40 rows written into A2359:C2398 with table auto-expansion off:
 * await rowsUnderTable({ sheetName: "Sales", rowIndex: 0, columnIndex: 0, rowCount: 2358, columnCount: 3, tableName: "Orders" });
 * // -> "Orders"
 */
export async function rowsUnderTable(region: SheetRegion): Promise<string | null> {
  const { tableName } = region;
  if (tableName === undefined) return null;
  return excelRun(async (context) => {
    const table = context.workbook.tables.getItemOrNullObject(tableName);
    await context.sync();
    if (table.isNullObject) return null;
    // Table.getRange: ExcelApi 1.1; Table.worksheet: ExcelApi 1.2; getRangeByIndexes: 1.7.
    const range = table.getRange().load(PLACEMENT);
    const tables = table.worksheet.tables.load("items/name");
    await context.sync();
    const under = range.rowIndex + range.rowCount;
    if (under >= SHEET_ROWS) return null;
    const row = table.worksheet
      .getRangeByIndexes(under, range.columnIndex, 1, range.columnCount)
      .load("values,formulas");
    const others = tables.items
      .filter((other) => other.name !== tableName)
      .map((other) => other.getRange().load(PLACEMENT));
    await context.sync();
    const { columnIndex, columnCount } = range;
    const rowUnder = { rowIndex: under, rowCount: 1, columnIndex, columnCount };
    const inOtherTable = others.some((other) => overlaps(other, rowUnder));
    const filled = row.values[0].some((cell) => cell !== "" && cell !== null);
    const formula = row.formulas[0].some(
      (cell) => typeof cell === "string" && cell.startsWith("=")
    );
    return filled && !formula && !inOtherTable ? tableName : null;
  }).catch(() => null);
}
