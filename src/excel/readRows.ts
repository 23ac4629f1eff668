import { excelRun } from "./excelRun";
import { readingOneArea } from "./selection";
import { jsonBytes, rowsPerBlock } from "./payloadBudget";
import { clipToUsedRange, SheetRegion } from "./sheetRegion";
import type { CellValue } from "./sheetTable";

/**
 * The cells the user means by their selection: the selected range, or the current region
 * around it when a single cell is selected, cut to the rows the sheet actually uses (so A:C
 * reads only filled rows). Null when that leaves nothing; throws MultipleAreasSelected when
 * several areas are selected.
 * @example
 * await resolveDataRegion() // -> { sheetName: "Orders", rowIndex: 0, columnIndex: 0, rowCount: 6920, columnCount: 3 }
 */
export async function resolveDataRegion(): Promise<SheetRegion | null> {
  return excelRun(async (context) => {
    let range = context.workbook.getSelectedRange();
    range.load("cellCount");
    await readingOneArea(() => context.sync());
    if (range.cellCount === 1) range = range.getSurroundingRegion();
    const used = range.worksheet.getUsedRangeOrNullObject(true);
    range.load(["rowIndex", "columnIndex", "rowCount", "columnCount", "worksheet/name"]);
    used.load(["rowIndex", "columnIndex", "rowCount", "columnCount"]);
    await context.sync();
    if (used.isNullObject) return null;
    const sheetName = range.worksheet.name;
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
 * `shouldStop` is asked between blocks (for Cancel).
 * @example
 * await readRegionInBlocks(region, (rows, offset) => builder.addRows(rows));
 */
export async function readRegionInBlocks(
  region: SheetRegion,
  onBlock: (rows: CellValue[][], firstRowOffset: number) => void,
  shouldStop: () => boolean = () => false
): Promise<void> {
  await excelRun(async (context) => {
    const sheet = context.workbook.worksheets.getItem(region.sheetName);
    let bytesPerRow = 0;
    for (let offset = 0; offset < region.rowCount && !shouldStop();) {
      const rowCount = Math.min(
        rowsPerBlock(region.columnCount, bytesPerRow),
        region.rowCount - offset
      );
      const block = sheet.getRangeByIndexes(
        region.rowIndex + offset,
        region.columnIndex,
        rowCount,
        region.columnCount
      );
      block.load("values");
      // One request per block is the point: each must stay under Excel on the web's 5 MB cap.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      const rows = block.values as CellValue[][];
      bytesPerRow = Math.max(bytesPerRow, Math.ceil(jsonBytes(rows) / rowCount));
      onBlock(rows, offset);
      offset += rowCount;
    }
  });
}

/**
 * The first `rowCount` rows of `region` (fewer when it is shorter), in one request: the header
 * and a sample to propose a layout from.
 * @example
 * await readRegionTop(region, 201) // -> [["Kundenummer", "Dato", "Beløb"], ["1", 35431, 29.33], …]
 */
export async function readRegionTop(region: SheetRegion, rowCount: number): Promise<CellValue[][]> {
  return excelRun(async (context) => {
    const top = context.workbook.worksheets
      .getItem(region.sheetName)
      .getRangeByIndexes(
        region.rowIndex,
        region.columnIndex,
        Math.min(rowCount, region.rowCount),
        region.columnCount
      )
      .load("values");
    await context.sync();
    return top.values as CellValue[][];
  });
}
