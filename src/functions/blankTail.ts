import { InputError } from "../engine/inputError";
import { isBlankCell, isBlankRow } from "../engine/read/isBlankCell";
import type { Matrix } from "./broadcast";

/**
 * The arguments without the blank rows at the bottom: every argument of more than one row is
 * cut to the last row in which any such argument has a non-blank cell, so a range that runs past
 * the data (a whole column on desktop, a generous B2:B50000) stops where the data stops. Single-row arguments are left as they are.
 *
 * @param matrices The arguments, as from toMatrix.
 * @param argumentNames Excel argument names, for the message.
 * @throws InputError (kind "na") on the first multi-row argument when they are all blank.
 *
 * @example
 * withoutBlankTail([[[1], [2], [null], [""]], [[5]]], ["orders", "customers"]); // [[[1], [2]], [[5]]]
 * withoutBlankTail([[[null], [null]]], ["orders"]); // throws "orders: no data: the ranges are blank"
 */
export function withoutBlankTail(
  matrices: readonly Matrix[],
  argumentNames: readonly string[]
): Matrix[] {
  let height = 0;
  let firstTall = -1;
  for (let argument = 0; argument < matrices.length; argument++) {
    const matrix = matrices[argument];
    if (matrix.length < 2) continue;
    if (firstTall < 0) firstTall = argument;
    height = Math.max(height, filledRowCount(matrix, height));
  }
  if (firstTall >= 0 && height === 0) {
    throw new InputError(argumentNames[firstTall], "no data: the ranges are blank", "na");
  }
  return matrices.map((matrix) =>
    firstTall >= 0 && matrix.length > height ? matrix.slice(0, height) : matrix
  );
}

/**
 * The rows of a range up to its last row with a non-blank cell; rows up to `floor` are not
 * looked at, so a caller that already knows a height checks only the rows below it.
 *
 * @example
 * filledRowCount([[1], [null], [2], [""], [null]]); // 3
 * filledRowCount([[null], [null]]); // 0
 */
export function filledRowCount(matrix: Matrix, floor = 0): number {
  let rows = matrix.length;
  while (rows > floor && isBlankRow(matrix[rows - 1])) rows--;
  return rows;
}

/**
 * The cells of a row up to its last non-blank one, so a selection one cell too wide still reads.
 *
 * @example
 * filledCellCount([0.385, 12.072, null, ""]); // 2
 * filledCellCount([null]); // 0
 */
export function filledCellCount(cells: readonly unknown[]): number {
  let count = cells.length;
  while (count > 0 && isBlankCell(cells[count - 1])) count--;
  return count;
}
