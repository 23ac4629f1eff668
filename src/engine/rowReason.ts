/**
 * A reason with the 1-based row of the cell it is about in front, the form every error about
 * one row of a column takes, so that the user can find the cell; the reason alone without a row.
 *
 * @param row The 0-based row, as the column's index; undefined when the value is no column's.
 *
 * @example
 * rowReason("is 50, above its T (38)", 1); // "row 2: is 50, above its T (38)"
 * rowReason("is 50, above its T (38)"); // "is 50, above its T (38)"
 */
export function rowReason(reason: string, row?: number): string {
  return row === undefined ? reason : `row ${row + 1}: ${reason}`;
}
