import { InputError } from "../engine/inputError";
import { isBlankCell } from "../engine/read/isBlankCell";
import { readNumber } from "../engine/read/readNumber";

/**
 * The number in an Excel cell, or undefined when the cell is blank (null, undefined or "").
 * Numbers pass; numeric text such as "500" or "500,5" is read; anything else (other text,
 * TRUE/FALSE, errors) throws a #VALUE! InputError naming the argument.
 *
 * @example
 * readCellNumber("500,5", "average_order_value"); // 500.5
 * readCellNumber(null, "gross_margin"); // undefined
 * readCellNumber("abc", "average_order_value"); // throws "average_order_value: "abc" is not a number"
 */
export function readCellNumber(cell: unknown, argument: string): number | undefined {
  if (isBlankCell(cell)) return undefined;
  const number = readNumber(cell);
  if (number !== number)
    throw new InputError(argument, `${describeCell(cell)} is not a number`, "value");
  return number;
}

/**
 * The number in a cell that must hold one: as readCellNumber, but a blank cell throws a
 * #VALUE! InputError too.
 *
 * @example
 * requireCellNumber(3, "purchases_per_period"); // 3
 * requireCellNumber("", "purchases_per_period"); // throws "purchases_per_period: the cell is blank; a number is required"
 */
export function requireCellNumber(cell: unknown, argument: string): number {
  const number = readCellNumber(cell, argument);
  if (number === undefined)
    throw new InputError(argument, "the cell is blank; a number is required", "value");
  return number;
}

/** How a bad cell reads in a message: text quoted and shortened, booleans as Excel shows them. */
function describeCell(cell: unknown): string {
  if (typeof cell === "string")
    return JSON.stringify(cell.length > 30 ? `${cell.slice(0, 30)}…` : cell);
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  if (typeof cell === "number") return String(cell);
  return "the value";
}
