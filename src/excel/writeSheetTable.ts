import { fitTextToCells } from "./cellCharacterLimit";
import { jsonBytes, payloadBudgetBytes, rowsPerBlock } from "./payloadBudget";
import type { CellValue, TableContent } from "./sheetTable";

/** One block of rows ready to send, with its JSON size in UTF-8 bytes. */
interface RowBlock {
  values: CellValue[][];
  formats: string[][] | undefined;
  bytes: number;
}

/**
 * Writes `table` on `sheet` as a styled Excel table named `tableName`, its header on the
 * zero-based `startRow` (A1 by default) of cells still empty: header, per-column number formats,
 * then the rows in blocks of about 2 MB each (one request per block, far below Excel on the
 * web's 5 MB cap), then the table itself and, unless `fitColumns` is false, the columns fitted
 * to everything from the sheet's top down to it, so that a table below another never narrows a
 * column the one above needs. A table at A1 gets a frozen header row. `shouldStop` is asked before every block; resolves to
 * false when it stopped the write, leaving the sheet half written for the caller to delete.
 * @example
 * const sheet = context.workbook.worksheets.add("CX Customers");
 * await writeSheetTable(context, sheet, customersTable, "CX_Customers", () => cancelled,
 *   (rows) => console.log(rows)) // -> true
 * await writeSheetTable(context, sheet, gridTable, "CX_grid", () => cancelled,
 *   undefined, 13) // -> true: the grid's header on row 14, below 11 segments and a blank row
 */
export async function writeSheetTable(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  table: TableContent,
  tableName: string,
  shouldStop: () => boolean,
  onRowsWritten: (rowsWritten: number) => void = () => undefined,
  startRow = 0,
  fitColumns = true
): Promise<boolean> {
  const columnCount = table.header.length;
  sheet.getRangeByIndexes(startRow, 0, 1, columnCount).values = [[...table.header]];
  table.columnFormats?.forEach((format, column) => {
    // One format for the whole column body: Excel applies a single value to every cell.
    if (format && table.rowCount > 0)
      sheet.getRangeByIndexes(startRow + 1, column, table.rowCount, 1).numberFormat = [[format]];
  });
  await context.sync();

  let bytesPerRow = 0;
  for (let start = 0; start < table.rowCount;) {
    if (shouldStop()) return false;
    const block = nextBlock(table, start, bytesPerRow);
    const rowCount = block.values.length;
    const range = sheet.getRangeByIndexes(startRow + 1 + start, 0, rowCount, columnCount);
    if (block.formats) range.numberFormat = block.formats;
    range.values = block.values;
    // One request per block is the point: each must stay under Excel on the web's 5 MB cap.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    bytesPerRow = Math.max(bytesPerRow, Math.ceil(block.bytes / rowCount));
    start += rowCount;
    onRowsWritten(start);
  }
  if (shouldStop()) return false;

  const excelTable = sheet.tables.add(
    sheet.getRangeByIndexes(startRow, 0, 1 + table.rowCount, columnCount),
    true
  );
  excelTable.name = tableName;
  excelTable.style = "TableStyleMedium2";
  if (startRow === 0) sheet.freezePanes.freezeRows(1);
  if (fitColumns) fitSheetColumns(sheet, startRow + 1 + table.rowCount, columnCount);
  await context.sync();
  return true;
}

/**
 * Queues fitting the sheet's first `columnCount` columns to their cells in its first `rowCount`
 * rows (autofit fits to the cells of the range it is given).
 * @example
 * fitSheetColumns(sheet, 13, 4); // columns A:D fitted to A1:D13
 */
export function fitSheetColumns(
  sheet: Excel.Worksheet,
  rowCount: number,
  columnCount: number
): void {
  sheet.getRangeByIndexes(0, 0, rowCount, columnCount).format.autofitColumns();
}

/**
 * The rows from `start`, as many as the largest row seen so far allows, rebuilt smaller when
 * these rows turn out larger (longer texts further down the table). Values and per-cell formats
 * together stay within the payload budget.
 */
function nextBlock(table: TableContent, start: number, bytesPerRow: number): RowBlock {
  let measured = bytesPerRow;
  for (;;) {
    const end =
      start + Math.min(rowsPerBlock(table.header.length, measured), table.rowCount - start);
    const values = fitTextToCells(table.rows(start, end));
    const formats = table.cellFormats?.(start, end);
    const bytes = jsonBytes(values) + (formats ? jsonBytes(formats) : 0);
    if (bytes <= payloadBudgetBytes || end - start === 1) return { values, formats, bytes };
    measured = Math.ceil(bytes / (end - start));
  }
}
