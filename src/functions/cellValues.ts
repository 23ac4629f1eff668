import { InputError } from "../engine/inputError";
import { isBlankCell } from "../engine/read/isBlankCell";
import { readNumber } from "../engine/read/readNumber";
import type { Matrix } from "./broadcast";
import { rowError } from "./rowError";

/** Excel's code for each errorType of an error value (Excel.ErrorCellValueType), when basicValue is absent. */
const ERROR_CODES: Readonly<Record<string, string>> = {
  Blocked: "#BLOCKED!",
  Busy: "#BUSY!",
  Calc: "#CALC!",
  Connect: "#CONNECT!",
  Div0: "#DIV/0!",
  External: "#EXTERNAL!",
  Field: "#FIELD!",
  GettingData: "#GETTING_DATA",
  Name: "#NAME?",
  NotAvailable: "#N/A",
  Null: "#NULL!",
  Num: "#NUM!",
  Placeholder: "#BUSY!",
  Ref: "#REF!",
  Spill: "#SPILL!",
  Value: "#VALUE!",
};

/** Data types whose basicValue is the plain value a formula would see (Excel.CellValueType). */
const BASIC_DATA_TYPES = new Set(["Boolean", "Double", "Empty", "FormattedNumber", "String"]);

/**
 * The error code of an Excel error value in a cell, or undefined for any other value. With
 * allowErrorForDataTypeAny, an error cell reaches the function as an error value
 * (custom-functions-errors#errors-as-custom-function-inputs), in the data types' JSON form
 * `{ type: "Error", basicValue: "#N/A", errorType: "NotAvailable" }` (Excel.ErrorCellValue);
 * an object with a `code` such as "#N/A" (CustomFunctions.Error) is read as one too.
 *
 * @example
 * cellErrorCode({ type: "Error", basicValue: "#DIV/0!", errorType: "Div0" }); // "#DIV/0!"
 * cellErrorCode({ type: "Error", errorType: "NotAvailable" }); // "#N/A"
 * cellErrorCode("#N/A"); // undefined: text that looks like an error is text
 */
export function cellErrorCode(cell: unknown): string | undefined {
  if (typeof cell !== "object" || cell === null) return undefined;
  const value = cell as {
    type?: unknown;
    basicValue?: unknown;
    errorType?: unknown;
    code?: unknown;
  };
  if (value.type === "Error") {
    if (typeof value.basicValue === "string" && value.basicValue.startsWith("#"))
      return value.basicValue;
    return ERROR_CODES[String(value.errorType)] ?? "#VALUE!";
  }
  if (value.type === undefined && typeof value.code === "string" && value.code.startsWith("#"))
    return value.code;
  return undefined;
}

/**
 * The plain value in a cell, as a formula would see it: numbers, text, booleans and blanks pass;
 * a data type with a basic value (a formatted number, Double, String, Boolean) gives that value
 * (custom-functions-data-types-concepts: with allowCustomDataForDataTypeAny, which the metadata
 * generator sets, data types arrive as their JSON). An error value or an entity (Stocks,
 * Geography, an add-in's card) throws a #VALUE! InputError naming the argument (#N/A for #N/A,
 * so IFNA still sees it), saying what the cell holds, with the error's message when it carries
 * one (a CustomFunctions.Error; Excel's error values carry none).
 *
 * @param wanted What the argument takes, for the message, e.g. "a number".
 *
 * @example
 * requirePlainCell({ type: "FormattedNumber", basicValue: 12.5, numberFormat: "0.00 kr" }, "amounts"); // 12.5
 * requirePlainCell({ type: "Error", basicValue: "#N/A" }, "amounts"); // throws #N/A "amounts: the cell holds #N/A"
 * requirePlainCell({ code: "#N/A", message: "frequency: no fit" }, "params"); // throws #N/A "params: the cell holds #N/A (frequency: no fit)"
 * requirePlainCell({ type: "LinkedEntity", text: "Microsoft Corp" }, "monetary");
 * // throws #VALUE! 'monetary: "Microsoft Corp" is a linked data type (Stocks, Geography…); use a number, e.g. one of its fields such as =A2.Price'
 */
export function requirePlainCell(cell: unknown, argument: string, wanted = "a number"): unknown {
  if (typeof cell !== "object" || cell === null) return cell;
  const errorCode = cellErrorCode(cell);
  if (errorCode !== undefined) {
    const { message } = cell as { message?: unknown };
    const why = typeof message === "string" && message !== "" ? ` (${message})` : "";
    throw new InputError(
      argument,
      `the cell holds ${errorCode}${why}`,
      errorCode === "#N/A" ? "na" : "value"
    );
  }
  const value = cell as { type?: unknown; basicValue?: unknown; text?: unknown };
  if (typeof value.type !== "string") return cell;
  if (BASIC_DATA_TYPES.has(value.type)) return value.basicValue ?? null;
  const shown = typeof value.text === "string" ? JSON.stringify(value.text) : "the cell";
  const kind =
    value.type === "LinkedEntity"
      ? "a linked data type (Stocks, Geography…)"
      : value.type === "Entity"
        ? "a data type (an entity card)"
        : `a data type (${value.type})`;
  throw new InputError(
    argument,
    `${shown} is ${kind}; use ${wanted}, e.g. one of its fields such as =A2.Price`,
    "value"
  );
}

/**
 * A range with every cell as requirePlainCell reads it: data types give their basic values (the
 * range is copied only then), and the first error value or entity throws its InputError with
 * its 1-based row, for arguments whose rows are read as a whole (a transaction log).
 *
 * @example
 * plainCells([["K1"], [{ type: "String", basicValue: "K2" }]], "customer_ids", "text"); // [["K1"], ["K2"]]
 * plainCells([[10], [{ type: "Error", basicValue: "#N/A" }]], "amounts"); // throws #N/A "amounts: row 2: the cell holds #N/A"
 */
export function plainCells(matrix: Matrix, argument: string, wanted?: string): Matrix {
  let plain: unknown[][] | undefined;
  for (let row = 0; row < matrix.length; row++) {
    const cells = matrix[row];
    for (let column = 0; column < cells.length; column++) {
      const cell = cells[column];
      if (typeof cell !== "object" || cell === null) continue;
      let value: unknown;
      try {
        value = requirePlainCell(cell, argument, wanted);
      } catch (error) {
        throw rowError(error, row);
      }
      plain ??= matrix.map((original) => original.slice());
      plain[row][column] = value;
    }
  }
  return plain ?? matrix;
}

/**
 * The number in a cell, or NaN for anything that does not read as one (blanks, text, error
 * values, entities): readNumber after a data type's basic value is taken.
 *
 * @example
 * cellNumber({ type: "Double", basicValue: 3 }); // 3
 * cellNumber({ type: "Error", basicValue: "#N/A" }); // NaN
 */
export function cellNumber(cell: unknown): number {
  if (typeof cell !== "object" || cell === null) return readNumber(cell);
  const value = cell as { type?: unknown; basicValue?: unknown };
  return typeof value.type === "string" && BASIC_DATA_TYPES.has(value.type)
    ? readNumber(value.basicValue)
    : NaN;
}

/**
 * The number in an Excel cell, or undefined when the cell is blank (null, undefined or "").
 * Numbers pass; numeric text such as "500" or "500,5" is read, and so is a formatted number's
 * value; anything else (other text, TRUE/FALSE, an error value, an entity) throws an InputError
 * naming the argument: #VALUE!, or #N/A for an #N/A cell (see requirePlainCell).
 *
 * @example
 * readCellNumber("500,5", "average_order_value"); // 500.5
 * readCellNumber(null, "gross_margin"); // undefined
 * readCellNumber("abc", "average_order_value"); // throws "average_order_value: "abc" is not a number"
 * readCellNumber({ type: "Error", basicValue: "#N/A" }, "amounts"); // throws #N/A "amounts: the cell holds #N/A"
 */
export function readCellNumber(cell: unknown, argument: string): number | undefined {
  const value = requirePlainCell(cell, argument);
  if (isBlankCell(value)) return undefined;
  const number = readNumber(value);
  if (number !== number)
    throw new InputError(argument, `${describeCell(value)} is not a number`, "value");
  return number;
}

/**
 * The number in a cell that must hold one: as readCellNumber, but a blank cell throws a
 * #VALUE! InputError too, whose reason is `blankReason`.
 *
 * @example
 * requireCellNumber(3, "purchases_per_period"); // 3
 * requireCellNumber("", "purchases_per_period"); // throws "purchases_per_period: the cell is blank; a number is required"
 */
export function requireCellNumber(
  cell: unknown,
  argument: string,
  blankReason = "the cell is blank; a number is required"
): number {
  const number = readCellNumber(cell, argument);
  if (number === undefined) throw new InputError(argument, blankReason, "value");
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
