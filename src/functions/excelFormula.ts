import { broadcastCells, toMatrix } from "./broadcast";
import { withoutBlankTail } from "./blankTail";
import { readCellNumber, requireCellNumber } from "./cellValues";
import { toExcelError } from "./excelError";

/**
 * Turns an engine formula of numbers into the body of an element-wise custom function: each
 * argument is read as a range, blank rows at the bottom of the ranges are dropped, the ranges
 * broadcast as Excel's array arithmetic does (see broadcastCells), and the formula runs once per
 * cell on the cells' numbers (numeric text is read). A blank optional cell passes undefined, so
 * the formula's default applies. A bad cell gets its own error, the
 * rest compute; a result Excel cannot show (±Infinity, NaN) is #NUM!. Whatever fails for the
 * call as a whole is thrown as a CustomFunctions.Error.
 *
 * @param formula The engine formula; it throws InputError for bad values.
 * @param requiredArguments Excel names of the required arguments, in order.
 * @param optionalArguments Excel names of the optional arguments that follow.
 *
 * @example
 * const aovCells = excelFormula(averageOrderValue, ["revenue", "orders"]);
 * aovCells([[10000], [900]], [[200], [0]]); // [[50], [#DIV/0!]]
 */
export function excelFormula<Values extends (number | undefined)[]>(
  formula: (...values: Values) => number,
  requiredArguments: readonly string[],
  optionalArguments: readonly string[] = []
): (...argumentValues: unknown[]) => unknown[][] {
  const names = [...requiredArguments, ...optionalArguments];
  const numbers: (number | undefined)[] = new Array(names.length);
  const calculate = (cells: readonly unknown[]) => {
    for (let argument = 0; argument < names.length; argument++) {
      numbers[argument] =
        argument < requiredArguments.length
          ? requireCellNumber(cells[argument], names[argument])
          : readCellNumber(cells[argument], names[argument]);
    }
    const value = formula(...(numbers as Values));
    return Number.isFinite(value)
      ? value
      : new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidNumber);
  };
  return (...argumentValues) => {
    try {
      const matrices = names.map((_, argument) => toMatrix(argumentValues[argument]));
      return broadcastCells(withoutBlankTail(matrices, names), names, calculate);
    } catch (error) {
      throw toExcelError(error);
    }
  };
}
