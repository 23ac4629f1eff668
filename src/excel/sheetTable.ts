import type { ColumnHighlight } from "./columnHighlight";

/** What a cell holds as Office.js reads and writes it. */
export type CellValue = string | number | boolean;

/**
 * A table's name, header, rows and formats, wherever on a sheet it goes, handed over a block of
 * rows at a time so that a million-row result never exists as a million row arrays.
 */
export interface TableContent {
  /** Preferred table name (letters, digits, underscores); made unique in the workbook. */
  tableName: string;
  header: readonly string[];
  rowCount: number;
  /** Rows `start` to `end` (exclusive); asked once per block. */
  rows: (start: number, end: number) => CellValue[][];
  /** Excel number format code per column, such as "#,##0.00", "0.0%" or "yyyy-mm-dd"; undefined keeps General. */
  columnFormats?: readonly (string | undefined)[];
  /** Number format per cell of rows `start` to `end`, for columns that mix formats. */
  cellFormats?: (start: number, end: number) => string[][];
  /**
   * Conditional format per column (undefined for none); adjacent columns with the same highlight
   * share one, as a heat map over them does (see highlightRuns).
   */
  columnHighlights?: readonly (ColumnHighlight | undefined)[];
  /**
   * Lines of text, one a row, that say what the sheet shows: written once the sheet's columns
   * are fitted, so that a long line runs on over the empty cells to its right rather than
   * widening its column for every table on the sheet (autofit fits a column to the cells it
   * is given).
   */
  prose?: boolean;
}

/** A table that opens a new sheet: its content and the name the sheet should get. */
export interface SheetTable extends TableContent {
  /** Preferred sheet name; a clash gets " (2)", " (3)", …. */
  sheetName: string;
}

/**
 * A row materialiser over column-oriented data (typed arrays or plain arrays of equal length):
 * the rows of one block, built only when asked for.
 * @example
 * const rows = rowsFromColumns([["C1", "C2", "C3"], Float64Array.of(0.9, 0.4, 0.1)]);
 * rows(1, 3) // -> [["C2", 0.4], ["C3", 0.1]]
 */
export function rowsFromColumns(
  columns: readonly ArrayLike<CellValue>[]
): (start: number, end: number) => CellValue[][] {
  return (start, end) => {
    const rows: CellValue[][] = new Array(end - start);
    for (let row = start; row < end; row++) {
      const cells: CellValue[] = new Array(columns.length);
      for (let column = 0; column < columns.length; column++) cells[column] = columns[column][row];
      rows[row - start] = cells;
    }
    return rows;
  };
}
