/**
 * Whether a spreadsheet cell value is blank: null, undefined, or text of only white space
 * (Excel hands empty cells to add-ins as null or "").
 *
 * @example
 * isBlankCell(null); // true
 * isBlankCell("  "); // true
 * isBlankCell(0); // false
 */
export function isBlankCell(value: unknown): boolean {
  return (
    value === null || value === undefined || (typeof value === "string" && value.trim() === "")
  );
}

/**
 * Whether every cell of a row is blank (see isBlankCell).
 *
 * @example
 * isBlankRow([null, " ", ""]); // true
 * isBlankRow([null, 0]); // false
 */
export function isBlankRow(row: readonly unknown[]): boolean {
  for (let index = 0; index < row.length; index++) if (!isBlankCell(row[index])) return false;
  return true;
}
