/** The names a workbook already uses. */
export interface NamesInUse {
  sheetNames: string[];
  /**
   * The names a new table cannot take: the tables' and the workbook's defined names, which share
   * one namespace ("All names within a workbook shall be unique", ECMA-376 SpreadsheetML, Formulas:
   * Names); Excel refuses a table name that clashes with either (OfficeDev/office-js#551).
   */
  tableNames: string[];
}

/**
 * Loads the names of every worksheet, table and workbook-scoped defined name, so that new sheets
 * and tables can be named apart from them.
 * @example
 * await namesInUse(context) // -> { sheetNames: ["Orders", "CX Summary"], tableNames: ["CX_Summary", "CX_customers"] }
 */
export async function namesInUse(context: Excel.RequestContext): Promise<NamesInUse> {
  const sheets = context.workbook.worksheets;
  const tables = context.workbook.tables;
  const definedNames = context.workbook.names;
  sheets.load("items/name");
  tables.load("items/name");
  definedNames.load("items/name");
  await context.sync();
  return {
    sheetNames: sheets.items.map((sheet) => sheet.name),
    tableNames: [...tables.items, ...definedNames.items].map((item) => item.name),
  };
}
