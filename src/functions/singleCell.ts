import { InputError } from "../engine/inputError";
import { isBlankCell } from "../engine/read/isBlankCell";
import { toMatrix } from "./broadcast";

/**
 * The one cell of an optional single-value argument, or undefined when it is blank or left out.
 *
 * @throws InputError (kind "value") naming the argument when it is a range of more than one cell.
 *
 * @example
 * readSingleCell([["W"]], "time_unit"); // "W"
 * readSingleCell(null, "time_unit"); // undefined
 * readSingleCell([["W", "D"]], "time_unit"); // throws "time_unit: must be a single value"
 */
export function readSingleCell(argument: unknown, name: string): unknown {
  const matrix = toMatrix(argument);
  if (matrix.length !== 1 || matrix[0].length !== 1) {
    throw new InputError(name, "must be a single value", "value");
  }
  return isBlankCell(matrix[0][0]) ? undefined : matrix[0][0];
}
