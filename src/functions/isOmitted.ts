import { isBlankCell } from "../engine/read/isBlankCell";
import { toMatrix } from "./broadcast";

/**
 * Whether an optional argument was left out: omitted (null or undefined) or a single blank cell.
 *
 * @example
 * isOmitted(undefined); // true
 * isOmitted([[""]]); // true
 * isOmitted([[5]]); // false
 */
export function isOmitted(argument: unknown): boolean {
  const matrix = toMatrix(argument);
  return matrix.length === 1 && matrix[0].length === 1 && isBlankCell(matrix[0][0]);
}
