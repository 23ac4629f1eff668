import { payloadBudgetBytes, writeBlockEnds } from "./payloadBudget";
import { uniqueSheetName } from "./uniqueSheetName";
import { uniqueTableName } from "./uniqueTableName";

type CellValue = string | number | boolean;

/** A table to insert on a sheet of its own. */
export interface NewSheetTable {
  /** Preferred sheet name; a clash gets " (2)", " (3)", …. */
  sheetName: string;
  /** Preferred table name (letters, digits, underscores); made unique in the workbook. */
  tableName: string;
  header: string[];
  rows: CellValue[][];
  /** One Excel number format per cell of `rows` (same shape), if given. */
  cellFormats?: string[][];
}

/**
 * Adds a new worksheet and writes `table` there as a formatted Excel table with a frozen
 * header row, in blocks that keep every request far below Excel on the web's 5 MB limit.
 * Never touches an existing sheet. Resolves to the new sheet's name.
 * @example
 * await insertTableOnNewSheet({ sheetName: "CX Summary", tableName: "CX_Summary",
 *   header: ["Measure", "Value"], rows: [["Customers", 2357]] }) // -> "CX Summary"
 */
export async function insertTableOnNewSheet(table: NewSheetTable): Promise<string> {
  return Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    const tables = context.workbook.tables;
    sheets.load("items/name");
    tables.load("items/name");
    await context.sync();
    const sheetName = uniqueSheetName(
      table.sheetName,
      sheets.items.map((sheet) => sheet.name)
    );
    const sheet = sheets.add(sheetName);
    const columnCount = table.header.length;
    sheet.getRangeByIndexes(0, 0, 1, columnCount).values = [table.header];
    await context.sync();

    const budget = table.cellFormats ? payloadBudgetBytes / 2 : payloadBudgetBytes;
    let start = 0;
    for (const end of writeBlockEnds(table.rows, budget)) {
      const block = sheet.getRangeByIndexes(1 + start, 0, end - start, columnCount);
      if (table.cellFormats) block.numberFormat = table.cellFormats.slice(start, end);
      block.values = table.rows.slice(start, end);
      // One request per block is the point: each must stay under Excel on the web's 5 MB cap.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      start = end;
    }

    const excelTable = sheet.tables.add(
      sheet.getRangeByIndexes(0, 0, 1 + table.rows.length, columnCount),
      true
    );
    excelTable.name = uniqueTableName(
      table.tableName,
      tables.items.map((item) => item.name)
    );
    excelTable.style = "TableStyleMedium2";
    sheet.freezePanes.freezeRows(1);
    sheet.getRangeByIndexes(0, 0, 1 + table.rows.length, columnCount).format.autofitColumns();
    sheet.activate();
    await context.sync();
    return sheetName;
  });
}
