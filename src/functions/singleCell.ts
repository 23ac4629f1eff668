import { InputError } from "../engine/inputError";
import { isBlankCell } from "../engine/read/isBlankCell";
import { toMatrix } from "./broadcast";
import { requirePlainCell } from "./cellValues";

/**
 * The one cell of an optional single-value argument, or undefined when it is blank or left out;
 * a data type gives its basic value.
 *
 * @throws InputError naming the argument when it is a range of more than one cell, an error
 *   value or an entity (see requirePlainCell).
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
  const cell = requirePlainCell(matrix[0][0], name, "a plain value");
  return isBlankCell(cell) ? undefined : cell;
}
