import { broadcastCells, toMatrix } from "./broadcast";
import { withoutBlankTail } from "./blankTail";
import { requireCellNumber } from "./cellValues";
import { toExcelError } from "./excelError";
import { isOmitted } from "./isOmitted";

/**
 * Turns an engine formula of numbers into the body of an element-wise custom function: each
 * argument is read as a range, blank rows at the bottom of the ranges are dropped, the ranges
 * broadcast as Excel's array arithmetic does (see broadcastCells), and the formula runs once per
 * cell on the cells' numbers (numeric text is read). An optional argument left out (or a single
 * blank cell, see isOmitted) passes undefined, so the formula's default applies; a blank cell in
 * a range given for it is #VALUE! in its own cell, as for a required argument, rather than the
 * default for that row. A bad cell gets its own error, the rest compute; a result Excel cannot
 * show (±Infinity, NaN) is #NUM!. Whatever fails for the call as a whole is thrown as a
 * CustomFunctions.Error.
 *
 * @param formula The engine formula; it throws InputError for bad values.
 * @param requiredArguments Excel names of the required arguments, in order.
 * @param optionalArguments Excel names of the optional arguments that follow.
 *
 * @example
 * const aovCells = excelFormula(averageOrderValue, ["revenue", "orders"]);
 * aovCells([[10000], [900]], [[200], [0]]); // [[50], [#DIV/0!]]
 * const scaled = excelFormula((value, scale = 10) => value * scale, ["value"], ["scale"]);
 * scaled([[2], [3]]); // [[20], [30]]
 * scaled([[2], [3]], [[5], [""]]);
 * // [[10], [#VALUE! "scale: the cell is blank; fill every cell of the range, or leave scale out for its default"]]
 */
export function excelFormula<Values extends (number | undefined)[]>(
  formula: (...values: Values) => number,
  requiredArguments: readonly string[],
  optionalArguments: readonly string[] = []
): (...argumentValues: unknown[]) => unknown[][] {
  const names = [...requiredArguments, ...optionalArguments];
  const blankReasons = names.map((name, argument) =>
    argument < requiredArguments.length
      ? undefined
      : `the cell is blank; fill every cell of the range, or leave ${name} out for its default`
  );
  const numbers: (number | undefined)[] = new Array(names.length);
  return (...argumentValues) => {
    const omitted = names.map(
      (_, argument) => argument >= requiredArguments.length && isOmitted(argumentValues[argument])
    );
    const calculate = (cells: readonly unknown[]) => {
      for (let argument = 0; argument < names.length; argument++) {
        numbers[argument] = omitted[argument]
          ? undefined
          : requireCellNumber(cells[argument], names[argument], blankReasons[argument]);
      }
      const value = formula(...(numbers as Values));
      return Number.isFinite(value)
        ? value
        : new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidNumber);
    };
    try {
      const matrices = names.map((_, argument) => toMatrix(argumentValues[argument]));
      return broadcastCells(withoutBlankTail(matrices, names), names, calculate);
    } catch (error) {
      throw toExcelError(error);
    }
  };
}
