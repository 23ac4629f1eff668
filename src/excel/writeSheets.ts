import { excelRun } from "./excelRun";
import { addColumnHighlight, highlightRuns } from "./columnHighlight";
import { namesInUse } from "./namesInUse";
import {
  currentSheets,
  readOutputSheetRecords,
  saveOutputSheetRecords,
  sheetsAsLeft,
} from "./outputSheets";
import { withSheetRollback } from "./sheetRollback";
import type { SheetTable, TableContent } from "./sheetTable";
import { stackedTableRows } from "./stackedTableRows";
import { addTableChart, TableChart } from "./tableChart";
import { uniqueSheetName } from "./uniqueSheetName";
import { uniqueTableName } from "./uniqueTableName";
import { writeSheetTable } from "./writeSheetTable";

/** A table of a sheet (its columns' highlights in its content) and the charts drawn from it. */
export interface ChartedTable {
  table: TableContent;
  /** Charts of this table's columns, placed right of the sheet's widest table. */
  charts?: readonly TableChart[];
}

/**
 * One sheet of an analysis: its first table at A1 and the tables stacked below it (one blank row
 * apart, such as the R × F grid under the segments), each with its highlights and charts; the
 * sheet's charts are stacked top down right of its widest table.
 */
export interface OutputSheet extends ChartedTable {
  table: SheetTable;
  /** Tables under the first, top down, each after one blank row. */
  below?: readonly ChartedTable[];
}

/** Cancel and progress hooks of a write. */
export interface WriteOptions {
  /** Asked between blocks of rows; true stops the write and removes this run's sheets. */
  shouldStop?: () => boolean;
  onProgress?: (rowsWritten: number, rowCount: number) => void;
}

/** The names of the sheets written, or that the user stopped the write. */
export type WriteOutcome = { stopped: false; sheetNames: string[] } | { stopped: true };

/** Thrown inside the run when `shouldStop` says so, to roll the run back like any failure. */
class WriteStopped extends Error {}

/** A name this run gave (a sheet's or a table's) and the name it asked for. */
interface GivenName {
  name: string;
  preferredName: string;
}

/** A sheet this run added. */
interface AddedSheet extends GivenName {
  sheet: Excel.Worksheet;
  id: string;
}

/**
 * Writes an analysis: each output sheet on a new sheet, its tables stacked from A1 down, with
 * their highlights and the charts.
 * Once all are written, the sheets the previous run wrote are deleted if they are still as it
 * left them, the new sheets and tables take their preferred names where that frees them, and
 * the new sheets are recorded in the workbook for the next run. User sheets are never touched. If
 * anything fails, or `shouldStop` answers true, this run's sheets are deleted and the previous
 * output stays.
 * @example
 * // customersTable.columnHighlights: [, , , , "threeColorScale", "dataBars"]
 * const outcome = await writeOutputSheets([{ table: customersTable }], { shouldStop: () => cancelled });
 * outcome // -> { stopped: false, sheetNames: ["CX Customers"] }
 * // gridTable.columnHighlights: [undefined, "threeColorScale" × 5]: one colour scale over the five
 * await writeOutputSheets([{ table: segmentsTable, charts: [segmentsChart], below: [{ table: gridTable }] }]);
 * // -> { stopped: false, sheetNames: ["CX Segments"] }: segments at A1, the grid under them, the chart right of both
 */
export async function writeOutputSheets(
  sheets: readonly OutputSheet[],
  options: WriteOptions = {}
): Promise<WriteOutcome> {
  const shouldStop = options.shouldStop ?? (() => false);
  const rowCount = sheets.flatMap(tablesOf).reduce((sum, placed) => sum + placed.table.rowCount, 0);
  try {
    const sheetNames = await withSheetRollback((createdSheetIds) =>
      excelRun(async (context) => {
        const names = await namesInUse(context);
        const added: AddedSheet[] = [];
        const addedTables: GivenName[] = [];
        let rowsBefore = 0;
        for (const output of sheets) {
          const preferredName = output.table.sheetName;
          const name = uniqueSheetName(preferredName, names.sheetNames);
          names.sheetNames.push(name);
          const sheet = context.workbook.worksheets.add(name);
          sheet.load("id");
          // eslint-disable-next-line office-addins/no-context-sync-in-loop -- the id makes the sheet removable if a later block fails
          await context.sync();
          createdSheetIds.push(sheet.id);
          added.push({ sheet, id: sheet.id, name, preferredName });
          const rowsOnSheet = await writeTables(
            context,
            sheet,
            output,
            names.tableNames,
            addedTables,
            shouldStop,
            (rowsWritten) => options.onProgress?.(rowsBefore + rowsWritten, rowCount)
          );
          rowsBefore += rowsOnSheet;
        }
        if (shouldStop()) throw new WriteStopped();
        return replacePreviousOutput(context, added, addedTables);
      })
    );
    return { stopped: false, sheetNames };
  } catch (error) {
    if (error instanceof WriteStopped) return { stopped: true };
    throw error;
  }
}

/**
 * Writes the output sheet's tables on `sheet` from A1 down, one blank row apart, each under a
 * name not in `tableNames` (which it extends; `addedTables` records each), with their
 * highlights, then adds the charts.
 * Resolves to the rows written; throws `WriteStopped` when `shouldStop` stops it.
 */
async function writeTables(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  output: OutputSheet,
  tableNames: string[],
  addedTables: GivenName[],
  shouldStop: () => boolean,
  onRowsWritten: (rowsWritten: number) => void
): Promise<number> {
  const tables = tablesOf(output);
  const startRows = stackedTableRows(tables.map((placed) => placed.table.rowCount));
  let rowsBefore = 0;
  for (const [index, placed] of tables.entries()) {
    const tableName = uniqueTableName(placed.table.tableName, tableNames);
    tableNames.push(tableName);
    addedTables.push({ name: tableName, preferredName: placed.table.tableName });
    const finished = await writeSheetTable(
      context,
      sheet,
      placed.table,
      tableName,
      shouldStop,
      (rowsWritten) => onRowsWritten(rowsBefore + rowsWritten),
      startRows[index]
    );
    if (!finished) throw new WriteStopped();
    addHighlights(sheet, placed.table, startRows[index]);
    rowsBefore += placed.table.rowCount;
  }
  addCharts(sheet, tables, startRows);
  await context.sync();
  return rowsBefore;
}

/** The sheet's tables from the top down: the first, then those stacked below it. */
function tablesOf(output: OutputSheet): ChartedTable[] {
  return [output, ...(output.below ?? [])];
}

/** Queues the conditional formats of the table whose header is on `startRow`, one per run of its columns' highlights. */
function addHighlights(sheet: Excel.Worksheet, table: TableContent, startRow: number): void {
  if (table.rowCount === 0 || !table.columnHighlights) return;
  for (const { column, columnCount, highlight } of highlightRuns(table.columnHighlights)) {
    addColumnHighlight(
      sheet.getRangeByIndexes(startRow + 1, column, table.rowCount, columnCount),
      highlight
    );
  }
}

/** Queues the charts of the sheet's tables (header rows at `startRows`), right of its widest table. */
function addCharts(
  sheet: Excel.Worksheet,
  tables: readonly ChartedTable[],
  startRows: readonly number[]
): void {
  const widest = Math.max(...tables.map((placed) => placed.table.header.length));
  let chartIndex = 0;
  tables.forEach((placed, index) =>
    placed.charts?.forEach((chart) =>
      addTableChart(sheet, chart, startRows[index], placed.table.rowCount, widest, chartIndex++)
    )
  );
}

/**
 * Deletes the previous run's sheets that are still as it left them, gives the new sheets and
 * tables their preferred names where free, records the sheets and shows the first. Resolves to
 * the sheets' final names.
 */
async function replacePreviousOutput(
  context: Excel.RequestContext,
  added: readonly AddedSheet[],
  addedTables: readonly GivenName[]
): Promise<string[]> {
  const previous = readOutputSheetRecords();
  const current = await currentSheets(
    context,
    previous.map((record) => record.id)
  );
  sheetsAsLeft(previous, current).forEach((record) =>
    context.workbook.worksheets.getItem(record.id).delete()
  );
  const names = await namesInUse(context);
  const finalNames = preferredNames(added, names.sheetNames, uniqueSheetName, (entry, name) => {
    entry.sheet.name = name;
  });
  preferredNames(addedTables, names.tableNames, uniqueTableName, (entry, name) => {
    context.workbook.tables.getItem(entry.name).name = name;
  });
  const usedRanges = added.map((entry) => entry.sheet.getUsedRange(true).load("address"));
  added[0]?.sheet.activate();
  await context.sync();
  await saveOutputSheetRecords(
    added.map((entry, index) => ({
      id: entry.id,
      name: finalNames[index],
      usedAddress: usedRanges[index].address,
    }))
  );
  return finalNames;
}

/**
 * The final name of each entry: its preferred name made unique among the names in use (`names`,
 * updated as it goes), queued through `rename` where that differs from the name it has.
 */
function preferredNames<Entry extends GivenName>(
  entries: readonly Entry[],
  names: string[],
  unique: (preferred: string, existing: readonly string[]) => string,
  rename: (entry: Entry, name: string) => void
): string[] {
  return entries.map((entry) => {
    const others = names.filter((name) => name !== entry.name);
    const finalName = unique(entry.preferredName, others);
    if (finalName !== entry.name) rename(entry, finalName);
    names[names.indexOf(entry.name)] = finalName;
    return finalName;
  });
}
