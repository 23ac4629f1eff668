import { InputError } from "../engine/inputError";
import { valueOrExcelError } from "./excelError";

/** A range as a custom function receives it: rows of cells. */
export type Matrix = readonly (readonly unknown[])[];

/**
 * An argument as a matrix: rows of cells pass; a bare value is 1×1; a flat list is one row;
 * an omitted argument (null or undefined) is a single blank cell.
 *
 * @example
 * toMatrix([[1, 2]]); // [[1, 2]]
 * toMatrix(7); // [[7]]
 * toMatrix(null); // [[null]]
 */
export function toMatrix(argument: unknown): Matrix {
  if (!Array.isArray(argument)) return [[argument ?? null]];
  if (argument.every(Array.isArray)) return argument as unknown[][];
  return [argument];
}

/**
 * Applies a calculation cell by cell over several arguments broadcast as Excel broadcasts
 * arrays: the result has the most rows and the most columns of any argument; a 1×1 argument
 * repeats everywhere, a single row down the rows, a single column across the columns. Where an
 * argument has no cell (other sizes, ragged rows) the result cell is #N/A; where the
 * calculation throws, it is that error. Other cells hold the calculation's value.
 *
 * @param matrices The arguments, as from toMatrix.
 * @param argumentNames Excel argument names, for messages.
 * @param calculate Gets the arguments' cells at one position (the array is reused).
 * @throws InputError (kind "na") when an argument has no cells.
 *
 * @example
 * broadcastCells([[[1], [2]], [[10, 20]]], ["a", "b"], ([a, b]) => Number(a) * Number(b));
 * // [[10, 20], [20, 40]]
 */
export function broadcastCells(
  matrices: readonly Matrix[],
  argumentNames: readonly string[],
  calculate: (cells: readonly unknown[]) => unknown
): unknown[][] {
  const rowCounts = matrices.map((matrix) => matrix.length);
  const columnCounts = matrices.map(widestRow);
  for (let argument = 0; argument < matrices.length; argument++) {
    if (rowCounts[argument] === 0 || columnCounts[argument] === 0) {
      throw new InputError(argumentNames[argument], "the range is empty", "na");
    }
  }
  const rows = Math.max(...rowCounts);
  const columns = Math.max(...columnCounts);
  const cells: unknown[] = new Array(matrices.length);
  const result: unknown[][] = new Array(rows);
  for (let row = 0; row < rows; row++) {
    const resultRow: unknown[] = new Array(columns);
    for (let column = 0; column < columns; column++) {
      resultRow[column] = valueOrExcelError(() => {
        for (let argument = 0; argument < matrices.length; argument++) {
          const sourceRow = rowCounts[argument] === 1 ? 0 : row;
          const sourceColumn = columnCounts[argument] === 1 ? 0 : column;
          const sourceCells = matrices[argument][sourceRow];
          if (sourceCells === undefined || sourceColumn >= sourceCells.length) {
            throw new InputError(
              argumentNames[argument],
              `has no cell for row ${row + 1}, column ${column + 1}; the ranges differ in size`,
              "na"
            );
          }
          cells[argument] = sourceCells[sourceColumn];
        }
        return calculate(cells);
      });
    }
    result[row] = resultRow;
  }
  return result;
}

/** Cells in the longest row (spread into Math.max would overflow the stack on a whole column). */
function widestRow(matrix: Matrix): number {
  let widest = 0;
  for (let row = 0; row < matrix.length; row++) widest = Math.max(widest, matrix[row].length);
  return widest;
}
