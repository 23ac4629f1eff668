import { requireSameLength } from "../engine/argumentChecks";
import { InputError } from "../engine/inputError";
import { isBlankCell } from "../engine/read/isBlankCell";
import { withoutBlankTail } from "./blankTail";
import { toMatrix, type Matrix } from "./broadcast";
import { requireCellNumber } from "./cellValues";
import { rowError } from "./rowError";

/** What to do with a row that is blank in every column. */
export type BlankRows = "skip" | "refuse";

/**
 * The columns a model is fitted on, as numbers: each argument one column (a single row is read
 * as a column), all of one height, without the blank rows at the bottom (a range may run past
 * the data). A row blank in every column is skipped, or refused where rows are periods; any other
 * blank or non-numeric cell is #VALUE! naming the argument and its row, and an error cell gives
 * its error (see requirePlainCell).
 *
 * @param argumentValues The custom function's range arguments.
 * @param names Their Excel names, for messages.
 * @param blankRows "skip" (customers) or "refuse" (periods, which must not shift).
 * @param requireRow Checks one row's numbers, e.g. requireHistory; its error gets the row number.
 *
 * @example
 * readCustomerColumns([[[2], [null], [1], [null]], [[30.43], [null], [1.71], [""]]], ["frequency", "recency"]);
 * // [Float64Array [2, 1], Float64Array [30.43, 1.71]]
 */
export function readCustomerColumns(
  argumentValues: readonly unknown[],
  names: readonly string[],
  blankRows: BlankRows = "skip",
  requireRow?: (values: readonly number[]) => void
): Float64Array[] {
  const columns = names.map((name, index) => asColumn(toMatrix(argumentValues[index]), name));
  columns.forEach((column, index) =>
    requireSameLength(column.length, columns[0].length, names[index], names[0])
  );
  const rows = withoutBlankTail(columns, names)[0].length;
  const kept = names.map(() => new Float64Array(rows));
  const values = new Array<number>(names.length);
  let count = 0;
  for (let row = 0; row < rows; row++) {
    if (blankRows === "skip" && columns.every((column) => isBlankCell(column[row][0]))) continue;
    try {
      for (let index = 0; index < names.length; index++) {
        values[index] = requireCellNumber(columns[index][row][0], names[index]);
        kept[index][count] = values[index];
      }
      requireRow?.(values);
    } catch (error) {
      throw rowError(error, row);
    }
    count++;
  }
  return kept.map((column) => column.subarray(0, count));
}

/** The argument as rows of one cell: a column as it is, a single row turned into a column. */
function asColumn(matrix: Matrix, name: string): Matrix {
  if (matrix.length === 1) return matrix[0].map((cell) => [cell]);
  if (matrix.every((cells) => cells.length === 1)) return matrix;
  throw new InputError(name, "must be a single column (or a single row)", "value");
}
