import { namesInUse } from "./namesInUse";
import type { CellValue } from "./sheetTable";
import { uniqueSheetName } from "./uniqueSheetName";
import { uniqueTableName } from "./uniqueTableName";
import { writeSheetTable } from "./writeSheetTable";

/** A small table, given as rows, to insert on a sheet of its own. */
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
    const names = await namesInUse(context);
    const sheetName = uniqueSheetName(table.sheetName, names.sheetNames);
    const sheet = context.workbook.worksheets.add(sheetName);
    const { cellFormats } = table;
    await writeSheetTable(
      context,
      sheet,
      {
        ...table,
        rowCount: table.rows.length,
        rows: (start, end) => table.rows.slice(start, end),
        cellFormats: cellFormats && ((start, end) => cellFormats.slice(start, end)),
      },
      uniqueTableName(table.tableName, names.tableNames),
      () => false
    );
    sheet.activate();
    await context.sync();
    return sheetName;
  });
}
