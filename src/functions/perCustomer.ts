import { isBlankCell } from "../engine/read/isBlankCell";
import { withoutBlankTail } from "./blankTail";
import { broadcastCells, toMatrix } from "./broadcast";
import { requireCellNumber } from "./cellValues";
import { toExcelError } from "./excelError";

/** Excel names of a per-customer function's range arguments, in the order they are passed. */
export interface CustomerArgumentNames {
  /** Arguments before the customer's, such as a horizon t; broadcast too, but never blank. */
  settings?: readonly string[];
  /** The customer's cells; where they are all blank the row is skipped (a blank result). */
  customers: readonly string[];
}

/**
 * The body of a custom function that computes one number per customer: `prepare` reads what
 * the whole call shares (the parameter row), then the ranges broadcast as Excel's array
 * arithmetic does (see broadcastCells) without the blank rows at the bottom of the ranges,
 * and `quantity` runs once per cell on the cells' numbers. A row whose customer cells are all
 * blank gives a blank cell; a bad cell gives that cell's error and the rest compute; a result
 * Excel cannot show (±Infinity, NaN) is #NUM!. What fails for the whole call (bad parameters) is
 * thrown as a CustomFunctions.Error.
 *
 * @example
 * perCustomer(
 *   () => readParameterRow(params, ["r", "alpha", "a", "b"], "params"),
 *   { customers: ["frequency", "recency", "T"] },
 *   [[[2], [null]], [[30.43], [null]], [[38.86], [null]]],
 *   (fitted, [x, tx, T]) => bgnbdProbabilityAlive(fitted, x, tx, T)
 * ); // [[0.7266], [""]] with the CDNOW parameters
 */
export function perCustomer<Prepared>(
  prepare: () => Prepared,
  names: CustomerArgumentNames,
  argumentValues: readonly unknown[],
  quantity: (prepared: Prepared, values: readonly number[]) => number
): unknown[][] {
  try {
    const prepared = prepare();
    const allNames = [...(names.settings ?? []), ...names.customers];
    const firstCustomer = allNames.length - names.customers.length;
    const matrices = allNames.map((_, index) => toMatrix(argumentValues[index]));
    const values = new Array<number>(allNames.length);
    return broadcastCells(withoutBlankTail(matrices, allNames), allNames, (cells) => {
      let blank = true;
      for (let index = firstCustomer; index < cells.length && blank; index++) {
        blank = isBlankCell(cells[index]);
      }
      if (blank) return "";
      for (let index = 0; index < cells.length; index++) {
        values[index] = requireCellNumber(cells[index], allNames[index]);
      }
      const value = quantity(prepared, values);
      return Number.isFinite(value)
        ? value
        : new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidNumber);
    });
  } catch (error) {
    throw toExcelError(error);
  }
}
