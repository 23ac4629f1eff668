import { InputError } from "../engine/inputError";
import { rowReason } from "../engine/rowReason";

/**
 * The error with the 1-based row of the cell in its reason, when it is an InputError, so the
 * user can find the cell in a long column; anything else is returned as it is.
 *
 * @example
 * rowError(new InputError("recency_days", '"x" is not a number', "value"), 4);
 * // InputError "recency_days: row 5: "x" is not a number"
 */
export function rowError(error: unknown, row: number): unknown {
  if (!(error instanceof InputError)) return error;
  return new InputError(error.argument, rowReason(error.reason, row), error.kind);
}
