import { excelRun } from "./excelRun";
import { overlaps, PLACEMENT, type Placed } from "./placedRange";
import type { SheetRegion } from "./sheetRegion";

/**
 * An Excel table's header row and data body as a region named for the table (its totals row
 * left out, as it holds no data). Queued on the table's context; read once it has synced.
 */
function queuedTableRegion(table: Excel.Table, sheetName: string): () => SheetRegion {
  // Table.getHeaderRowRange and getDataBodyRange: ExcelApi 1.1 (office-js type definitions).
  const header = table.getHeaderRowRange().load(PLACEMENT);
  const body = table.getDataBodyRange().load(PLACEMENT);
  return () => ({
    sheetName,
    rowIndex: header.rowIndex,
    columnIndex: header.columnIndex,
    rowCount: body.rowIndex + body.rowCount - header.rowIndex,
    columnCount: header.columnCount,
    tableName: table.name,
  });
}

/**
 * The selection means an Excel table that hides its header row (Table Design ▸ Header Row
 * unticked), whose columns therefore have no names to read; the pane asks for the header row.
 */
export class TableHeaderHidden extends Error {
  constructor(readonly tableName: string) {
    super(`The table ${tableName} hides its header row.`);
    this.name = "TableHeaderHidden";
  }
}

/** Whether `inner` lies within the rows and columns of `outer`, `extraRows` more rows below it. */
function within(inner: Placed, outer: Placed, extraRows = 0): boolean {
  return (
    inner.rowIndex >= outer.rowIndex &&
    inner.columnIndex >= outer.columnIndex &&
    inner.rowIndex + inner.rowCount <= outer.rowIndex + outer.rowCount + extraRows &&
    inner.columnIndex + inner.columnCount <= outer.columnIndex + outer.columnCount
  );
}

/**
 * The Excel table the user means by a selection on `sheet`, as a region named for it: the table
 * a single selected cell is in (its totals row too), or the one the selection covers, its data
 * rows with or without the header above them and the totals row below (Ctrl+A in a table selects
 * the data rows; a second Ctrl+A adds the header). Null when the selection means no table (a part
 * of one, or plain cells), so that `reading` is read as it is. A run then reads the table as it
 * is by then (currentTableRegion): rows typed under a table become its rows.
 * @param selected The selected range.
 * @param reading The range that would be read for it when it means no table: the selection, or
 * the current region around a single selected cell.
 * @throws TableHeaderHidden when `reading` takes in cells of a table that hides its header row
 * (from a cell in it, a block of it, a range around it or the blank row above it): the table's
 * first data row is no header to name the columns by.
 *
 * @example
 * // The user clicked B5 in the table Orders on A1:C2358 of the sheet Sales:
 * await selectedTable(context, sheet, "Sales", selected, surroundingRegion); // both loaded: rowIndex, columnIndex, rowCount, columnCount
 * // -> { sheetName: "Sales", rowIndex: 0, columnIndex: 0, rowCount: 2358, columnCount: 3, tableName: "Orders" }
 */
export async function selectedTable(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  sheetName: string,
  selected: Placed,
  reading: Placed
): Promise<SheetRegion | null> {
  // Worksheet.tables, Table.showHeaders and showTotals: ExcelApi 1.1 (office-js type definitions).
  const tables = sheet.tables.load("items/name,items/showHeaders,items/showTotals");
  await context.sync();
  if (tables.items.length === 0) return null;
  const shown = tables.items.filter((table) => table.showHeaders);
  const regions = shown.map((table) => ({ table, region: queuedTableRegion(table, sheetName) }));
  // A table hiding its header row has no header row range (Excel gives none): its whole range
  // (Table.getRange, ExcelApi 1.1) is its data body and totals row.
  const headless = tables.items
    .filter((table) => !table.showHeaders)
    .map((table) => ({ table, range: table.getRange().load(PLACEMENT) }));
  await context.sync();
  for (const { table, region } of regions) {
    const placed = region();
    const totals = table.showTotals ? 1 : 0;
    const cell = selected.rowCount === 1 && selected.columnCount === 1;
    // The data rows, from the header's row or the one below it, to the last or the totals row.
    const top = selected.rowIndex - placed.rowIndex;
    const bottom = selected.rowIndex + selected.rowCount - (placed.rowIndex + placed.rowCount);
    const whole =
      selected.columnIndex === placed.columnIndex &&
      selected.columnCount === placed.columnCount &&
      (top === 0 || top === 1) &&
      bottom >= 0 &&
      bottom <= totals;
    if ((cell && within(selected, placed, totals)) || whole) return placed;
  }
  const hiding = headless.find(({ range }) => overlaps(reading, range));
  if (hiding) throw new TableHeaderHidden(hiding.table.name);
  return null;
}

/** A chosen table as it is now, or why it cannot be read as chosen. */
export type TableNow = SheetRegion | "gone" | "headerHidden";

/**
 * The region of a chosen table as the table is now, found by its name: the rows typed under it
 * since it was chosen are in it. A region of no table is returned as it is; "gone" when its
 * table was deleted or renamed, "headerHidden" when it no longer shows its header row.
 *
 * @example
 * await currentTableRegion({ sheetName: "Sales", rowIndex: 0, columnIndex: 0, rowCount: 2358, columnCount: 3, tableName: "Orders" });
 * // -> { …, rowCount: 2410, tableName: "Orders" } after 52 orders were typed under it
 */
export async function currentTableRegion(region: SheetRegion): Promise<TableNow> {
  const { tableName } = region;
  if (tableName === undefined) return region;
  return excelRun(async (context) => {
    // TableCollection.getItemOrNullObject: ExcelApi 1.4; Table.worksheet: ExcelApi 1.2.
    const table = context.workbook.tables.getItemOrNullObject(tableName);
    table.load("name,showHeaders,worksheet/name");
    await context.sync();
    if (table.isNullObject) return "gone";
    if (!table.showHeaders) return "headerHidden";
    const now = queuedTableRegion(table, table.worksheet.name);
    await context.sync();
    return now();
  });
}
