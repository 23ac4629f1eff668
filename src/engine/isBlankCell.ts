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
