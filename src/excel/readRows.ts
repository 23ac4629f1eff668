import { excelRun } from "./excelRun";
import { readingOneArea } from "./selection";
import { selectedTable } from "./tableRegion";
import { jsonBytes, rowsPerBlock } from "./payloadBudget";
import { clipToUsedRange, SheetRegion } from "./sheetRegion";
import type { CellValue } from "./sheetTable";

/**
 * The cells the user means by their selection: the Excel table a single selected cell is in or
 * the selection covers (named, so a run reads the rows typed under it since: selectedTable);
 * else the selected range, or the current region around it when a single cell is selected, cut
 * to the rows the sheet actually uses (so A:C reads only filled rows). Null when that leaves
 * nothing; throws MultipleAreasSelected when several areas are selected, TableHeaderHidden when
 * the cells to read take in a table that hides its header row.
 * @example
 * await resolveDataRegion() // -> { sheetName: "Orders", rowIndex: 0, columnIndex: 0, rowCount: 6920, columnCount: 3 }
 */
export async function resolveDataRegion(): Promise<SheetRegion | null> {
  return excelRun(async (context) => {
    const selected = context.workbook.getSelectedRange();
    selected.load(["rowIndex", "columnIndex", "rowCount", "columnCount", "cellCount"]);
    await readingOneArea(() => context.sync());
    const range = selected.cellCount === 1 ? selected.getSurroundingRegion() : selected;
    const used = range.worksheet.getUsedRangeOrNullObject(true);
    range.load(["rowIndex", "columnIndex", "rowCount", "columnCount", "worksheet/name"]);
    used.load(["rowIndex", "columnIndex", "rowCount", "columnCount"]);
    await context.sync();
    if (used.isNullObject) return null;
    const sheetName = range.worksheet.name;
    const table = await selectedTable(context, range.worksheet, sheetName, selected, range);
    if (table) return table;
    return clipToUsedRange(
      {
        sheetName,
        rowIndex: range.rowIndex,
        columnIndex: range.columnIndex,
        rowCount: range.rowCount,
        columnCount: range.columnCount,
      },
      {
        sheetName,
        rowIndex: used.rowIndex,
        columnIndex: used.columnIndex,
        rowCount: used.rowCount,
        columnCount: used.columnCount,
      }
    );
  });
}

/**
 * Reads `region` top to bottom in row blocks sized so that no response nears Excel on the
 * web's 5 MB limit, handing each block to `onBlock` with the offset of its first row.
 * `shouldStop` is asked between blocks (for Cancel). The first block is sized before anything
 * is measured; a block whose values Excel refuses to send for their size is read again in
 * halves (see readRowsThatFit).
 * @example
 * await readRegionInBlocks(region, (rows, offset) => builder.addRows(rows));
 */
export async function readRegionInBlocks(
  region: SheetRegion,
  onBlock: (rows: CellValue[][], firstRowOffset: number) => void,
  shouldStop: () => boolean = () => false
): Promise<void> {
  await excelRun(async (context) => {
    let bytesPerRow = 0;
    for (let offset = 0; offset < region.rowCount && !shouldStop();) {
      const rowCount = Math.min(
        rowsPerBlock(region.columnCount, bytesPerRow),
        region.rowCount - offset
      );
      const rows = await readRowsThatFit(context, region, offset, rowCount);
      bytesPerRow = Math.max(bytesPerRow, Math.ceil(jsonBytes(rows) / rows.length));
      onBlock(rows, offset);
      offset += rows.length;
    }
  });
}

/**
 * The first `rowCount` rows of `region` (fewer when it is shorter, or when so many rows of wide
 * text would not fit in one response), in one request: the header and a sample to propose a
 * layout from.
 * @example
 * await readRegionTop(region, 201) // -> [["Kundenummer", "Dato", "Beløb"], ["1", 35431, 29.33], …]
 */
export async function readRegionTop(region: SheetRegion, rowCount: number): Promise<CellValue[][]> {
  return excelRun((context) =>
    readRowsThatFit(context, region, 0, Math.min(rowCount, region.rowCount))
  );
}

/**
 * The values of `rowCount` rows of `region` from row `offset`, or of as many of them from the
 * first as Excel sends in one response: Excel on the web refuses a response over 5 MB with
 * ResponsePayloadSizeLimitExceeded (resource-limits-and-performance-optimization#excel-add-ins),
 * and the rows are then asked for again in halves, down to one row.
 */
async function readRowsThatFit(
  context: Excel.RequestContext,
  region: SheetRegion,
  offset: number,
  rowCount: number
): Promise<CellValue[][]> {
  const sheet = context.workbook.worksheets.getItem(region.sheetName);
  for (let rows = rowCount; ; rows = Math.ceil(rows / 2)) {
    const block = sheet
      .getRangeByIndexes(region.rowIndex + offset, region.columnIndex, rows, region.columnCount)
      .load("values");
    try {
      // One request per block is the point: each must stay under Excel on the web's 5 MB cap.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      return block.values as CellValue[][];
    } catch (error) {
      const tooLarge =
        (error as { code?: unknown } | null)?.code ===
        Excel.ErrorCodes.responsePayloadSizeLimitExceeded;
      if (!tooLarge || rows === 1) throw error;
    }
  }
}
