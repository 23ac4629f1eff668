import type { CellValue } from "./sheetTable";

/**
 * The most characters one cell holds (support.microsoft.com, "Excel specifications and
 * limits": total number of characters that a cell can contain, 32,767). Excel refuses a longer
 * text, and with it the whole request that writes it.
 */
export const CELL_CHARACTER_LIMIT = 32_767;

/**
 * The rows with every text longer than a cell holds cut to its first 32,766 characters and "…"
 * (one fewer rather than half of a character outside the BMP): a note that lists thousands of
 * channel names then shows as many as fit rather than failing the sheet it is on. Only a row
 * with such a text is copied; the rows given are never changed.
 *
 * @example
 * fitTextToCells([["A", "x".repeat(40_000)]])[0][1].length; // 32767, ending "…"
 * fitTextToCells([["Champions", 12]]); // [["Champions", 12]], the same rows
 */
export function fitTextToCells(rows: CellValue[][]): CellValue[][] {
  let fitted = rows;
  for (let row = 0; row < rows.length; row++) {
    const cells = rows[row];
    for (let column = 0; column < cells.length; column++) {
      const value = cells[column];
      if (typeof value !== "string" || value.length <= CELL_CHARACTER_LIMIT) continue;
      if (fitted === rows) fitted = rows.slice();
      if (fitted[row] === cells) fitted[row] = cells.slice();
      fitted[row][column] = cutText(value);
    }
  }
  return fitted;
}

/** The text's first 32,766 characters and "…", not ending on the first half of a surrogate pair. */
function cutText(text: string): string {
  let kept = CELL_CHARACTER_LIMIT - 1;
  if (/[\uD800-\uDBFF]/.test(text[kept - 1])) kept--;
  return `${text.slice(0, kept)}…`;
}
