import { addColumnHighlight, ColumnHighlight } from "./columnHighlight";
import { namesInUse } from "./namesInUse";
import {
  currentSheets,
  readOutputSheetRecords,
  saveOutputSheetRecords,
  sheetsAsLeft,
} from "./outputSheets";
import { withSheetRollback } from "./sheetRollback";
import type { SheetTable } from "./sheetTable";
import { addTableChart, TableChart } from "./tableChart";
import { uniqueSheetName } from "./uniqueSheetName";
import { uniqueTableName } from "./uniqueTableName";
import { writeSheetTable } from "./writeSheetTable";

/** One sheet of an analysis: its table, the columns to highlight and the charts beside it. */
export interface OutputSheet {
  table: SheetTable;
  /** `columnCount` (default 1) adjacent columns from `column` share one highlight, as a heat map does. */
  highlights?: readonly { column: number; columnCount?: number; highlight: ColumnHighlight }[];
  charts?: readonly TableChart[];
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

/** A sheet this run added, with the name it got and the name it asked for. */
interface AddedSheet {
  sheet: Excel.Worksheet;
  id: string;
  name: string;
  preferredName: string;
}

/**
 * Writes an analysis: each table on a new sheet of its own, with its highlights and charts.
 * Once all are written, the sheets the previous run wrote are deleted if they are still as it
 * left them, the new sheets take their preferred names where that frees them, and the new
 * sheets are recorded in the workbook for the next run. User sheets are never touched. If
 * anything fails, or `shouldStop` answers true, this run's sheets are deleted and the previous
 * output stays.
 * @example
 * const outcome = await writeOutputSheets([{ table: customersTable,
 *   highlights: [{ column: 4, highlight: "threeColorScale" }, { column: 5, highlight: "dataBars" }] }],
 *   { shouldStop: () => cancelled });
 * outcome // -> { stopped: false, sheetNames: ["CX Customers"] }
 */
export async function writeOutputSheets(
  sheets: readonly OutputSheet[],
  options: WriteOptions = {}
): Promise<WriteOutcome> {
  const shouldStop = options.shouldStop ?? (() => false);
  const rowCount = sheets.reduce((sum, output) => sum + output.table.rowCount, 0);
  try {
    const sheetNames = await withSheetRollback((createdSheetIds) =>
      Excel.run(async (context) => {
        const names = await namesInUse(context);
        const added: AddedSheet[] = [];
        let rowsBefore = 0;
        for (const output of sheets) {
          const preferredName = output.table.sheetName;
          const name = uniqueSheetName(preferredName, names.sheetNames);
          const tableName = uniqueTableName(output.table.tableName, names.tableNames);
          names.sheetNames.push(name);
          names.tableNames.push(tableName);
          const sheet = context.workbook.worksheets.add(name);
          sheet.load("id");
          // eslint-disable-next-line office-addins/no-context-sync-in-loop -- the id makes the sheet removable if a later block fails
          await context.sync();
          createdSheetIds.push(sheet.id);
          added.push({ sheet, id: sheet.id, name, preferredName });
          const finished = await writeSheetTable(
            context,
            sheet,
            output.table,
            tableName,
            shouldStop,
            (rowsWritten) => options.onProgress?.(rowsBefore + rowsWritten, rowCount)
          );
          if (!finished) throw new WriteStopped();
          decorate(sheet, output);
          // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sheet at a time keeps requests small
          await context.sync();
          rowsBefore += output.table.rowCount;
        }
        if (shouldStop()) throw new WriteStopped();
        return replacePreviousOutput(context, added);
      })
    );
    return { stopped: false, sheetNames };
  } catch (error) {
    if (error instanceof WriteStopped) return { stopped: true };
    throw error;
  }
}

/** Adds the sheet's conditional formats and charts to the queue. */
function decorate(sheet: Excel.Worksheet, output: OutputSheet): void {
  const { rowCount, header } = output.table;
  if (rowCount > 0)
    output.highlights?.forEach(({ column, columnCount = 1, highlight }) =>
      addColumnHighlight(sheet.getRangeByIndexes(1, column, rowCount, columnCount), highlight)
    );
  output.charts?.forEach((chart, index) =>
    addTableChart(sheet, chart, rowCount, header.length, index)
  );
}

/**
 * Deletes the previous run's sheets that are still as it left them, gives the new sheets their
 * preferred names where free, records them and shows the first. Resolves to their final names.
 */
async function replacePreviousOutput(
  context: Excel.RequestContext,
  added: readonly AddedSheet[]
): Promise<string[]> {
  const previous = readOutputSheetRecords();
  const current = await currentSheets(
    context,
    previous.map((record) => record.id)
  );
  sheetsAsLeft(previous, current).forEach((record) =>
    context.workbook.worksheets.getItem(record.id).delete()
  );
  const names = (await namesInUse(context)).sheetNames;
  const finalNames = added.map((entry) => {
    const others = names.filter((name) => name !== entry.name);
    const finalName = uniqueSheetName(entry.preferredName, others);
    if (finalName !== entry.name) entry.sheet.name = finalName;
    names[names.indexOf(entry.name)] = finalName;
    return finalName;
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
