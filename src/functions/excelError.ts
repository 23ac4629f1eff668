import { InputError } from "../engine/inputError";

/** Shown when something other than bad input fails, so the cell still explains itself. */
const UNEXPECTED_MESSAGE = "Unexpected error; please check the inputs.";

/**
 * The Excel error for anything a calculation threw: an engine InputError becomes #VALUE! or
 * #N/A with its message, or #NUM! or #DIV/0! without (Excel shows no message with those, so the
 * engine keeps them for an overflow and a division by zero; see InputErrorKind); a
 * CustomFunctions.Error passes through; anything else becomes #VALUE! with a generic message.
 *
 * @example
 * toExcelError(new InputError("lifespan_periods", "must not be negative", "value"));
 * // CustomFunctions.Error { code: "#VALUE!", message: "lifespan_periods: must not be negative" }
 * toExcelError(new InputError("purchase_params", "no finite value", "num")); // { code: "#NUM!" }
 * toExcelError(new InputError("orders", "must not be zero", "div")); // { code: "#DIV/0!" }
 */
export function toExcelError(error: unknown): CustomFunctions.Error {
  if (error instanceof CustomFunctions.Error) return error;
  if (!(error instanceof InputError)) {
    return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, UNEXPECTED_MESSAGE);
  }
  switch (error.kind) {
    case "value":
      return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, error.message);
    case "na":
      return new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, error.message);
    case "num":
      return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidNumber);
    case "div":
      return new CustomFunctions.Error(CustomFunctions.ErrorCode.divisionByZero);
  }
}

/**
 * Runs a calculation and returns its result, or the Excel error for whatever it threw, so a
 * custom function never throws anything but a CustomFunctions.Error.
 *
 * @example
 * valueOrExcelError(() => formulaClv(500, 3, 5)); // 7500
 * valueOrExcelError(() => formulaClv(500, 3, -5));
 * // CustomFunctions.Error { code: "#VALUE!", message: "lifespan_periods: must not be negative" }
 */
export function valueOrExcelError<T>(calculate: () => T): T | CustomFunctions.Error {
  try {
    return calculate();
  } catch (error) {
    return toExcelError(error);
  }
}
