import { excelRun } from "./excelRun";
import { addColumnHighlight, highlightRuns } from "./columnHighlight";
import { namesInUse } from "./namesInUse";
import {
  findOutputSheets,
  FoundOutputSheet,
  localAddress,
  OutputSheetRecord,
  readOutputSheetRecords,
  saveOutputSheetRecords,
} from "./outputSheets";
import { CreatedSheet, messageOf, withSheetRollback } from "./sheetRollback";
import type { SheetTable, TableContent } from "./sheetTable";
import { stackedTableRows } from "./stackedTableRows";
import { addTableChart, TableChart } from "./tableChart";
import { uniqueSheetName } from "./uniqueSheetName";
import { uniqueTableName } from "./uniqueTableName";
import { fitSheetColumns, writeSheetTable } from "./writeSheetTable";

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

/** What was left undone after the new output was complete and recorded, and Excel's reason. */
export interface UnfinishedReplacement {
  /** The previous run's sheets that could not be removed: still there, no longer the add-in's. */
  previousSheetNames: string[];
  /** Whether the new sheets took their final names (false: some keep a numbered one). */
  renamed: boolean;
  reason: string;
}

/**
 * The sheets written, as they are named now, and what of replacing the previous output was left
 * undone (null when nothing); or that the user stopped the write.
 */
export type WriteOutcome =
  | { stopped: false; sheetNames: string[]; unfinished: UnfinishedReplacement | null }
  | { stopped: true };

/** Thrown inside the run when `shouldStop` says so, to roll the run back like any failure. */
class WriteStopped extends Error {}

/** A name this run gave (a sheet's or a table's) and the name it asked for. */
interface GivenName {
  name: string;
  preferredName: string;
}

/** A sheet this run added, under the name it was written under. */
interface AddedSheet extends GivenName {
  sheet: Excel.Worksheet;
  id: string;
}

/** A table this run added, on the `sheetIndex`-th added sheet. */
interface AddedTable extends GivenName {
  sheetIndex: number;
}

/** The new output, written and recorded, and what replacing the previous one takes. */
interface WrittenOutput {
  added: readonly AddedSheet[];
  addedTables: readonly AddedTable[];
  /** The previous run's sheets that are still as it left them. */
  previous: readonly FoundOutputSheet[];
  sheetNames: readonly string[];
  tableNames: readonly string[];
  records: OutputSheetRecord[];
}

/**
 * Writes an analysis: each output sheet on a new sheet, its tables stacked from A1 down, with
 * their highlights and the charts, so that a failure at any step leaves the previous output or
 * the new one complete and recorded:
 * 1. every sheet and table is written under a name free next to the previous output;
 * 2. the new sheets are recorded in the workbook's settings under the names they will take once
 *    the previous run's sheets that are still as it left them are gone;
 * 3. those sheets are deleted and the new sheets and tables renamed to their preferred names.
 * A failure (or `shouldStop` answering true) before step 2 is saved deletes this run's sheets
 * and rethrows; if that deletion fails too, SheetsNotRemoved names the sheets left. A failure in
 * step 3 leaves the new output complete and recorded: the outcome says what was left undone.
 * User sheets are never touched.
 * @example
 * // customersTable.columnHighlights: [, , , , "threeColorScale", "dataBars"]
 * const outcome = await writeOutputSheets([{ table: customersTable }], { shouldStop: () => cancelled });
 * outcome // -> { stopped: false, sheetNames: ["CX Customers"], unfinished: null }
 * // gridTable.columnHighlights: [undefined, "threeColorScale" × 5]: one colour scale over the five
 * await writeOutputSheets([{ table: segmentsTable, charts: [segmentsChart], below: [{ table: gridTable }] }]);
 * // -> { stopped: false, sheetNames: ["CX Segments"], unfinished: null }: segments at A1, the grid under them, the chart right of both
 */
export async function writeOutputSheets(
  sheets: readonly OutputSheet[],
  options: WriteOptions = {}
): Promise<WriteOutcome> {
  const shouldStop = options.shouldStop ?? (() => false);
  const rowCount = sheets.flatMap(tablesOf).reduce((sum, placed) => sum + placed.table.rowCount, 0);
  const onProgress = (rowsWritten: number) => options.onProgress?.(rowsWritten, rowCount);
  let written: WrittenOutput;
  try {
    written = await withSheetRollback(async (created) => {
      const output = await excelRun((context) =>
        writeNewOutput(context, sheets, created, shouldStop, onProgress)
      );
      await saveOutputSheetRecords(output.records);
      return output;
    });
  } catch (error) {
    if (error instanceof WriteStopped) return { stopped: true };
    throw error;
  }
  return replacePreviousOutput(written);
}

/**
 * Steps 1 and 2 of writeOutputSheets up to the records: writes every sheet (adding each to
 * `created` as soon as it exists, so a failure can remove it), finds the previous output and
 * chooses the final names.
 */
async function writeNewOutput(
  context: Excel.RequestContext,
  sheets: readonly OutputSheet[],
  created: CreatedSheet[],
  shouldStop: () => boolean,
  onProgress: (rowsWritten: number) => void
): Promise<WrittenOutput> {
  const names = await namesInUse(context);
  const added: AddedSheet[] = [];
  const addedTables: AddedTable[] = [];
  let rowsBefore = 0;
  for (const output of sheets) {
    const preferredName = output.table.sheetName;
    const name = uniqueSheetName(preferredName, names.sheetNames);
    names.sheetNames.push(name);
    const sheet = context.workbook.worksheets.add(name);
    sheet.load("id");
    // Known before the answer: a sync can add the sheet and still fail on the way back.
    const createdSheet: CreatedSheet = { name };
    created.push(createdSheet);
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- the id makes the sheet removable if a later block fails
    await context.sync();
    createdSheet.id = sheet.id;
    added.push({ sheet, id: sheet.id, name, preferredName });
    const rowsOnSheet = await writeTables(
      context,
      sheet,
      output,
      names.tableNames,
      (table) => addedTables.push({ ...table, sheetIndex: added.length - 1 }),
      shouldStop,
      (rowsWritten) => onProgress(rowsBefore + rowsWritten)
    );
    rowsBefore += rowsOnSheet;
  }
  if (shouldStop()) throw new WriteStopped();

  const previous = await findOutputSheets(context, readOutputSheetRecords());
  const usedRanges = added.map((entry) => entry.sheet.getUsedRange(true).load("address"));
  const headers = addedTables.map((table) =>
    context.workbook.tables.getItem(table.name).getHeaderRowRange().load("values")
  );
  await context.sync();
  // The names the previous output holds are free once its sheets are deleted.
  const freedSheets = new Set(previous.map((sheet) => sheet.name));
  const freedTables = new Set(previous.flatMap((sheet) => sheet.tableNames));
  const sheetNames = preferredNames(
    added,
    names.sheetNames.filter((name) => !freedSheets.has(name)),
    uniqueSheetName
  );
  const tableNames = preferredNames(
    addedTables,
    names.tableNames.filter((name) => !freedTables.has(name)),
    uniqueTableName
  );
  const given = (entry: GivenName, finalName: string) =>
    finalName === entry.name ? { name: finalName } : { name: finalName, writtenName: entry.name };
  const records = added.map((entry, sheetIndex) => ({
    id: entry.id,
    ...given(entry, sheetNames[sheetIndex]),
    usedAddress: localAddress(usedRanges[sheetIndex].address),
    tables: addedTables.flatMap((table, index) =>
      table.sheetIndex === sheetIndex
        ? [{ ...given(table, tableNames[index]), header: headers[index].values[0] }]
        : []
    ),
  }));
  return { added, addedTables, previous, sheetNames, tableNames, records };
}

/**
 * Writes the output sheet's tables on `sheet` from A1 down, one blank row apart, each under a
 * name not in `tableNames` (which it extends; `onTable` is told each name), with their
 * highlights, then adds the charts.
 * Resolves to the rows written; throws `WriteStopped` when `shouldStop` stops it.
 */
async function writeTables(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  output: OutputSheet,
  tableNames: string[],
  onTable: (table: GivenName) => void,
  shouldStop: () => boolean,
  onRowsWritten: (rowsWritten: number) => void
): Promise<number> {
  const tables = tablesOf(output);
  const startRows = stackedTableRows(tables.map((placed) => placed.table.rowCount));
  // The tables first, their columns fitted to all of them at once, and the prose after that.
  const indexes = [...tables.keys()];
  const prose = (index: number) => tables[index].table.prose === true;
  let rowsBefore = 0;
  const write = async (index: number) => {
    const placed = tables[index];
    const tableName = uniqueTableName(placed.table.tableName, tableNames);
    tableNames.push(tableName);
    onTable({ name: tableName, preferredName: placed.table.tableName });
    const finished = await writeSheetTable(
      context,
      sheet,
      placed.table,
      tableName,
      shouldStop,
      (rowsWritten) => onRowsWritten(rowsBefore + rowsWritten),
      startRows[index],
      false
    );
    if (!finished) throw new WriteStopped();
    addHighlights(sheet, placed.table, startRows[index]);
    rowsBefore += placed.table.rowCount;
  };
  const fitted = indexes.filter((index) => !prose(index));
  for (const index of fitted) await write(index);
  if (fitted.length > 0) {
    const last = fitted[fitted.length - 1];
    const widest = Math.max(...fitted.map((index) => tables[index].table.header.length));
    fitSheetColumns(sheet, startRows[last] + 1 + tables[last].table.rowCount, widest);
  }
  for (const index of indexes.filter(prose)) await write(index);
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
 * Step 3 of writeOutputSheets, once the new output is recorded: in one batch, deletes the previous
 * run's sheets that are still as it left them, gives the new sheets and tables their final names
 * and shows the first sheet. When that fails, the new output stays as it is (complete and
 * recorded under both its written and its final names); the outcome says what is left.
 */
async function replacePreviousOutput(written: WrittenOutput): Promise<WriteOutcome> {
  const { added, addedTables, previous, sheetNames, tableNames } = written;
  try {
    await excelRun(async (context) => {
      const worksheets = context.workbook.worksheets;
      previous.forEach((sheet) => worksheets.getItem(sheet.id).delete());
      added.forEach((entry, index) => {
        if (sheetNames[index] !== entry.name) worksheets.getItem(entry.id).name = sheetNames[index];
      });
      addedTables.forEach((table, index) => {
        if (tableNames[index] !== table.name)
          context.workbook.tables.getItem(table.name).name = tableNames[index];
      });
      if (added.length > 0) worksheets.getItem(added[0].id).activate();
      await context.sync();
    });
    return { stopped: false, sheetNames: [...sheetNames], unfinished: null };
  } catch (error) {
    const now = await sheetNamesNow([...added, ...previous]).catch(() => undefined);
    const namesOf = (ids: readonly { id: string; name: string }[]) =>
      ids.flatMap((sheet) => {
        const name = now ? now.get(sheet.id) : sheet.name;
        return name === undefined ? [] : [name];
      });
    const currentNames = namesOf(added);
    return {
      stopped: false,
      sheetNames: currentNames,
      unfinished: {
        previousSheetNames: namesOf(previous),
        renamed: currentNames.every((name, index) => name === sheetNames[index]),
        reason: messageOf(error),
      },
    };
  }
}

/** The current name of each of these sheets that still exists, by id. */
async function sheetNamesNow(sheets: readonly { id: string }[]): Promise<Map<string, string>> {
  return excelRun(async (context) => {
    const found = sheets.map((sheet) =>
      context.workbook.worksheets.getItemOrNullObject(sheet.id).load("name")
    );
    await context.sync();
    return new Map(
      found.flatMap((sheet, index) => (sheet.isNullObject ? [] : [[sheets[index].id, sheet.name]]))
    );
  });
}

/**
 * The final name of each entry: its preferred name made unique among the names in use (`names`,
 * which it updates as it goes).
 */
function preferredNames(
  entries: readonly GivenName[],
  names: string[],
  unique: (preferred: string, existing: readonly string[]) => string
): string[] {
  return entries.map((entry) => {
    const others = names.filter((name) => name !== entry.name);
    const finalName = unique(entry.preferredName, others);
    names[names.indexOf(entry.name)] = finalName;
    return finalName;
  });
}
