import { excelRun } from "./excelRun";

/** Rows of a worksheet (Excel specifications and limits: 1,048,576 rows). */
const SHEET_ROWS = 1_048_576;

/**
 * Whether the row right under a table (under its totals row, when shown) has a filled cell in the
 * table's columns: rows that look like more of its data but are not its own, as when rows are
 * written under a table by code or with AutoCorrect's "include new rows" off. A run reads a
 * table's own rows only, so the pane says those were left out. False for a table that is gone.
 *
 * @example
 * // Orders on A1:C2358; 40 rows pasted into A2359:C2398 with table auto-expansion off:
 * await filledRowUnderTable("Orders"); // -> true
 */
export async function filledRowUnderTable(tableName: string): Promise<boolean> {
  return excelRun(async (context) => {
    const table = context.workbook.tables.getItemOrNullObject(tableName);
    await context.sync();
    if (table.isNullObject) return false;
    // Table.getRange: ExcelApi 1.1; Table.worksheet: ExcelApi 1.2.
    const range = table.getRange().load("rowIndex,columnIndex,rowCount,columnCount");
    const sheet = table.worksheet;
    await context.sync();
    const under = range.rowIndex + range.rowCount;
    if (under >= SHEET_ROWS) return false;
    const row = sheet
      .getRangeByIndexes(under, range.columnIndex, 1, range.columnCount)
      .load("values");
    await context.sync();
    return row.values[0].some((cell) => cell !== "" && cell !== null);
  });
}
