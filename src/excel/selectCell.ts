import { excelRun } from "./excelRun";

/** One cell of a worksheet, by zero-based indexes. */
export interface SheetCell {
  sheetName: string;
  rowIndex: number;
  columnIndex: number;
}

/**
 * Activates the cell's sheet and selects the cell, so the user lands on it.
 * @example
 * await selectCell({ sheetName: "Orders", rowIndex: 5, columnIndex: 0 }); // selects Orders!A6
 */
export async function selectCell(cell: SheetCell): Promise<void> {
  await excelRun(async (context) => {
    const sheet = context.workbook.worksheets.getItem(cell.sheetName);
    sheet.activate();
    sheet.getRangeByIndexes(cell.rowIndex, cell.columnIndex, 1, 1).select();
    await context.sync();
  });
}
