import { InputError } from "../engine/inputError";
import { isBlankCell } from "../engine/read/isBlankCell";
import { readNumber } from "../engine/read/readNumber";
import { filledCellCount } from "./blankTail";
import { toMatrix } from "./broadcast";
import { cellErrorCode, requirePlainCell } from "./cellValues";

/** The label a FIT function puts above the log-likelihood. */
export const LOG_LIKELIHOOD_LABEL = "LL";

/**
 * A model's fitted parameters from the row a FIT function spilled: the values in the order of
 * `symbols`, optionally followed by the log-likelihood (ignored) and optionally with the label
 * row above them, whose labels must then be `symbols` (and LL), in any letter case. Trailing
 * blank cells and rows are ignored, so a selection one cell too wide still reads.
 *
 * @param argument The range, e.g. a FIT function's spill such as F1#.
 * @param symbols The model's parameter symbols in the FIT function's order.
 * @param argumentName The Excel argument the range was given as, for messages.
 * @throws InputError naming the argument for an error value, before anything else (#N/A for
 *   #N/A, so IFNA sees a failed fit's #N/A; see requirePlainCell), another shape, labels of
 *   another model, or a value that is not a number > 0.
 *
 * @example
 * readParameterRow([[0.243, 4.414, 0.793, 2.426, -9582.4]], ["r", "alpha", "a", "b"], "params");
 * // { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }
 * readParameterRow([["alpha", "beta"], [0.704, 1.182]], ["alpha", "beta"], "params");
 * // { alpha: 0.704, beta: 1.182 }
 * readParameterRow([[{ type: "Error", basicValue: "#N/A" }]], ["r", "alpha", "a", "b"], "params");
 * // throws #N/A "params: the cell holds #N/A"
 */
export function readParameterRow<Name extends string>(
  argument: unknown,
  symbols: readonly Name[],
  argumentName: string
): Record<Name, number> {
  const { labels, values } = parameterRowParts(argument, argumentName);
  if (labels !== undefined && !labelsMatch(labels, symbols)) {
    throw new InputError(
      argumentName,
      `has the labels ${labels.join(", ")}; this function needs the parameters ${symbols.join(", ")}`,
      "value"
    );
  }
  if (values.length !== symbols.length && values.length !== symbols.length + 1) {
    throw new InputError(
      argumentName,
      `needs the ${symbols.length} parameters ${symbols.join(", ")} (optionally followed by ${LOG_LIKELIHOOD_LABEL}); the row has ${values.length} cells`,
      "value"
    );
  }
  const params = {} as Record<Name, number>;
  symbols.forEach((symbol, index) => {
    const value = readNumber(requirePlainCell(values[index], argumentName));
    if (!(value > 0)) {
      throw new InputError(argumentName, `${symbol} must be a number > 0`, "value");
    }
    params[symbol] = value;
  });
  return params;
}

/**
 * The labels of a parameter row that has a label row, or undefined when it has none.
 *
 * @throws InputError naming the argument for an error value in the range (as readParameterRow),
 *   and (kind "value") when the range is not a parameter row.
 *
 * @example
 * parameterRowLabels([["r", "alpha", "s", "beta", "LL"], [0.553, 10.578, 0.606, 11.669, -9595]], "purchase_params");
 * // ["r", "alpha", "s", "beta", "LL"]
 * parameterRowLabels([[0.553, 10.578, 0.606, 11.669]], "purchase_params"); // undefined
 */
export function parameterRowLabels(argument: unknown, argumentName: string): string[] | undefined {
  return parameterRowParts(argument, argumentName).labels;
}

/**
 * Whether labels are the symbols, optionally followed by LL, in any letter case.
 *
 * @example
 * labelsMatch(["R", "alpha", "a", "b", "LL"], ["r", "alpha", "a", "b"]); // true
 * labelsMatch(["r", "alpha", "s", "beta"], ["r", "alpha", "a", "b"]); // false
 */
export function labelsMatch(labels: readonly string[], symbols: readonly string[]): boolean {
  const expected = [...symbols, LOG_LIKELIHOOD_LABEL].map((label) => label.toLowerCase());
  return (
    (labels.length === symbols.length || labels.length === symbols.length + 1) &&
    labels.every((label, index) => label.toLowerCase() === expected[index])
  );
}

/**
 * The label row (when the range has one) and the value row, without trailing blanks. An error
 * value anywhere is thrown first (see requirePlainCell: #N/A stays #N/A), so that a FIT's own
 * error, a single cell, reaches the cell that reads its spill rather than a message on its shape.
 */
function parameterRowParts(
  argument: unknown,
  argumentName: string
): { labels?: string[]; values: readonly unknown[] } {
  const matrix = toMatrix(argument);
  const errorCell = matrix.flat().find((cell) => cellErrorCode(cell) !== undefined);
  if (errorCell !== undefined) requirePlainCell(errorCell, argumentName);
  const rows = matrix.map(withoutTrailingBlanks);
  while (rows.length > 0 && rows[rows.length - 1].length === 0) rows.pop();
  if (rows.length === 1 && !isLabelRow(rows[0])) return { values: rows[0] };
  if (rows.length === 2 && isLabelRow(rows[0])) {
    return { labels: rows[0].map((label) => String(label).trim()), values: rows[1] };
  }
  throw new InputError(
    argumentName,
    "must be the row a FIT function returns: the parameters, optionally followed by LL and with the labels above",
    "value"
  );
}

/** A row of text that does not read as numbers. */
function isLabelRow(cells: readonly unknown[]): boolean {
  return (
    cells.length > 0 &&
    cells.every(
      (cell) => typeof cell === "string" && !isBlankCell(cell) && Number.isNaN(readNumber(cell))
    )
  );
}

function withoutTrailingBlanks(cells: readonly unknown[]): readonly unknown[] {
  return cells.slice(0, filledCellCount(cells));
}
