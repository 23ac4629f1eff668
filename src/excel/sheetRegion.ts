/** A rectangle of cells on one worksheet, by zero-based indexes (Excel's rowIndex/columnIndex). */
export interface SheetRegion {
  sheetName: string;
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
  /**
   * The Excel table the region is (its header row and data body), when the user chose one: a
   * run reads the table as it is then (currentTableRegion), rows typed under it included.
   */
  tableName?: string;
}

/**
 * The part of `region` that lies within `used` (the sheet's used range), so a whole-column
 * selection such as A:C reads only the rows that hold data, and whole rows such as 1:301 (or
 * the whole sheet) only the columns that do: 301 rows of all 16,384 columns would be some
 * 10 MB of JSON, over the web's 5 MB a response (resource-limits-and-performance-optimization).
 * Null when they do not overlap.
 * @example
 * clipToUsedRange({ sheetName: "S", rowIndex: 0, columnIndex: 0, rowCount: 1048576, columnCount: 3 },
 *                  { sheetName: "S", rowIndex: 0, columnIndex: 0, rowCount: 101, columnCount: 5 })
 * // -> { sheetName: "S", rowIndex: 0, columnIndex: 0, rowCount: 101, columnCount: 3 }
 * clipToUsedRange({ sheetName: "S", rowIndex: 0, columnIndex: 0, rowCount: 301, columnCount: 16384 },
 *                  { sheetName: "S", rowIndex: 0, columnIndex: 1, rowCount: 101, columnCount: 5 })
 * // -> { sheetName: "S", rowIndex: 0, columnIndex: 1, rowCount: 101, columnCount: 5 }
 */
export function clipToUsedRange(region: SheetRegion, used: SheetRegion): SheetRegion | null {
  const [rowIndex, rowCount] = overlap(
    region.rowIndex,
    region.rowCount,
    used.rowIndex,
    used.rowCount
  );
  const [columnIndex, columnCount] = overlap(
    region.columnIndex,
    region.columnCount,
    used.columnIndex,
    used.columnCount
  );
  if (rowCount <= 0 || columnCount <= 0) return null;
  return { ...region, rowIndex, rowCount, columnIndex, columnCount };
}

/** The first index and count of the cells two runs [first, first + count) share; count ≤ 0 when none. */
function overlap(
  first: number,
  count: number,
  otherFirst: number,
  otherCount: number
): [number, number] {
  const start = Math.max(first, otherFirst);
  return [start, Math.min(first + count, otherFirst + otherCount) - start];
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

/**
 * The A1 address of a region, its sheet name quoted as Excel quotes one that is not a plain
 * word (' doubled inside the quotes).
 * @example
 * regionAddress({ sheetName: "Spend 2024", rowIndex: 0, columnIndex: 0, rowCount: 13, columnCount: 3 })
 * // -> "'Spend 2024'!A1:C13"
 * regionAddress({ sheetName: "Spend", rowIndex: 4, columnIndex: 27, rowCount: 1, columnCount: 1 }) // -> "Spend!AB5"
 */
export function regionAddress(region: SheetRegion): string {
  const sheet = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(region.sheetName)
    ? region.sheetName
    : `'${region.sheetName.replace(/'/g, "''")}'`;
  const cell = (row: number, column: number) => `${columnLetters(column)}${row + 1}`;
  const first = cell(region.rowIndex, region.columnIndex);
  const last = cell(
    region.rowIndex + region.rowCount - 1,
    region.columnIndex + region.columnCount - 1
  );
  return `${sheet}!${first === last ? first : `${first}:${last}`}`;
}

/** A zero-based column index as Excel's letters: 0 → A, 25 → Z, 26 → AA. */
function columnLetters(column: number): string {
  let letters = "";
  for (let rest = column + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}
