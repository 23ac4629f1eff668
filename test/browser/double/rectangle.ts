/** Excel's grid: 1,048,576 rows by 16,384 columns (A..XFD). */
export const SHEET_ROWS = 1_048_576;
export const SHEET_COLUMNS = 16_384;

/** A block of cells by zero-based top-left corner and size, as Excel's range indexes are. */
export interface Rectangle {
  readonly row: number;
  readonly column: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

/**
 * Whether the rectangle is non-empty and lies inside the sheet grid.
 * @example isInsideGrid({ row: 0, column: 0, rowCount: 1, columnCount: 1 }) // true
 */
export function isInsideGrid(rectangle: Rectangle): boolean {
  const { row, column, rowCount, columnCount } = rectangle;
  return (
    Number.isInteger(row) &&
    Number.isInteger(column) &&
    Number.isInteger(rowCount) &&
    Number.isInteger(columnCount) &&
    row >= 0 &&
    column >= 0 &&
    rowCount >= 1 &&
    columnCount >= 1 &&
    row + rowCount <= SHEET_ROWS &&
    column + columnCount <= SHEET_COLUMNS
  );
}

/**
 * Whether two rectangles share at least one cell.
 * @example intersects({ row: 0, column: 0, rowCount: 2, columnCount: 2 }, { row: 1, column: 1, rowCount: 1, columnCount: 1 }) // true
 */
export function intersects(first: Rectangle, second: Rectangle): boolean {
  return (
    first.row < second.row + second.rowCount &&
    second.row < first.row + first.rowCount &&
    first.column < second.column + second.columnCount &&
    second.column < first.column + first.columnCount
  );
}

/**
 * Whether `outer` covers every cell of `inner`.
 * @example contains({ row: 0, column: 0, rowCount: 3, columnCount: 3 }, { row: 1, column: 1, rowCount: 1, columnCount: 1 }) // true
 */
export function contains(outer: Rectangle, inner: Rectangle): boolean {
  return (
    inner.row >= outer.row &&
    inner.column >= outer.column &&
    inner.row + inner.rowCount <= outer.row + outer.rowCount &&
    inner.column + inner.columnCount <= outer.column + outer.columnCount
  );
}

/**
 * Number of cells in the rectangle.
 * @example cellCount({ row: 0, column: 0, rowCount: 3, columnCount: 2 }) // 6
 */
export function cellCount(rectangle: Rectangle): number {
  return rectangle.rowCount * rectangle.columnCount;
}
