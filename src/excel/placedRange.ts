/** Where a range is, as Office.js loads it: zero-based first row and column, and its size. */
export type Placed = Pick<Excel.Range, "rowIndex" | "columnIndex" | "rowCount" | "columnCount">;

/** The properties to load for a range's Placed (`range.load(PLACEMENT)`). */
export const PLACEMENT = "rowIndex,columnIndex,rowCount,columnCount";

/**
 * Whether two ranges on one sheet share a cell.
 *
 * @example
 * overlaps({ rowIndex: 0, columnIndex: 0, rowCount: 3, columnCount: 2 },
 *          { rowIndex: 2, columnIndex: 1, rowCount: 5, columnCount: 5 }); // true: B3
 * overlaps({ rowIndex: 0, columnIndex: 0, rowCount: 3, columnCount: 2 },
 *          { rowIndex: 3, columnIndex: 0, rowCount: 1, columnCount: 2 }); // false: the row below
 */
export function overlaps(first: Placed, second: Placed): boolean {
  return (
    first.rowIndex < second.rowIndex + second.rowCount &&
    second.rowIndex < first.rowIndex + first.rowCount &&
    first.columnIndex < second.columnIndex + second.columnCount &&
    second.columnIndex < first.columnIndex + first.columnCount
  );
}
