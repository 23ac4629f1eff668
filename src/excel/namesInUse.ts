/** The sheet and table names a workbook already uses. */
export interface NamesInUse {
  sheetNames: string[];
  tableNames: string[];
}

/**
 * Loads the names of every worksheet and table, so that new ones can be named apart from them.
 * @example
 * await namesInUse(context) // -> { sheetNames: ["Orders", "CX Summary"], tableNames: ["CX_Summary"] }
 */
export async function namesInUse(context: Excel.RequestContext): Promise<NamesInUse> {
  const sheets = context.workbook.worksheets;
  const tables = context.workbook.tables;
  sheets.load("items/name");
  tables.load("items/name");
  await context.sync();
  return {
    sheetNames: sheets.items.map((sheet) => sheet.name),
    tableNames: tables.items.map((table) => table.name),
  };
}
