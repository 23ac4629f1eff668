/** A rectangle of cells on one worksheet, by zero-based indexes (Excel's rowIndex/columnIndex). */
export interface SheetRegion {
  sheetName: string;
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

/**
 * The part of `region` that lies within the rows of `used` (the sheet's used range), so a
 * whole-column selection such as A:C reads only the rows that hold data. Null when they do
 * not overlap.
 * @example
 * clipToUsedRows({ sheetName: "S", rowIndex: 0, columnIndex: 0, rowCount: 1048576, columnCount: 3 },
 *                { sheetName: "S", rowIndex: 0, columnIndex: 0, rowCount: 101, columnCount: 5 })
 * // -> { sheetName: "S", rowIndex: 0, columnIndex: 0, rowCount: 101, columnCount: 3 }
 */
export function clipToUsedRows(region: SheetRegion, used: SheetRegion): SheetRegion | null {
  const first = Math.max(region.rowIndex, used.rowIndex);
  const end = Math.min(region.rowIndex + region.rowCount, used.rowIndex + used.rowCount);
  if (end <= first) return null;
  return { ...region, rowIndex: first, rowCount: end - first };
}

/**
 * The sheet name of an A1 address as Excel writes it, unquoted ('' read as ').
 * @example
 * sheetOfAddress("'CX Customers'!A1:B5") // -> "CX Customers"
 * sheetOfAddress("Orders!C3") // -> "Orders"
 */
export function sheetOfAddress(address: string): string {
  const sheet = address.slice(0, Math.max(0, address.lastIndexOf("!")));
  return /^'.*'$/.test(sheet) ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
}
