import { requireNonNegative } from "../engine/argumentChecks";
import { InputError } from "../engine/inputError";
import type { ClvIntervalHistories } from "../engine/models/fittedParameterDraws";
import { requireHistory } from "../engine/models/purchaseHistories";
import { isBlankCell } from "../engine/read/isBlankCell";
import { withoutBlankTail } from "./blankTail";
import { toMatrix } from "./broadcast";
import { requireCellNumber } from "./cellValues";
import { rowError } from "./rowError";

const NAMES = ["frequency", "recency", "T", "monetary"] as const;

/** The customers of an interval's columns, and where each row's customer is. */
export interface IntervalCustomers extends ClvIntervalHistories {
  /** Rows of the columns (their blank tail left out). */
  rows: number;
  /** Each row's customer in the columns above, −1 for a row blank in all four. */
  customerRow: Int32Array;
}

/**
 * The customers an interval is measured on, from the frequency, recency, T and monetary columns
 * of CX.PCLV or CX.NEWCLV: single columns (a single cell stands for every row), a row blank in
 * all four left out, every other row a customer, so a bad cell stops the call with its row, as a
 * FIT function does.
 *
 * @throws InputError naming the argument and row for a bad cell, a column of several columns,
 *   or ranges of different sizes.
 * @example
 * intervalCustomers([[2], [0]], [[30.43], [0]], [[38.86], [38.86]], [[22.35], [0]]);
 * // { x: [2, 0], tx: [30.43, 0], T: [38.86, 38.86], meanSpend: [22.35, 0], rows: 2, customerRow: [0, 1] }
 */
export function intervalCustomers(
  frequency: unknown,
  recency: unknown,
  T: unknown,
  monetary: unknown
): IntervalCustomers {
  const columns = withoutBlankTail([frequency, recency, T, monetary].map(toMatrix), NAMES);
  const rows = Math.max(...columns.map((column) => column.length));
  const cellAt = (column: number, row: number): unknown => {
    const matrix = columns[column];
    if (matrix.some((cells) => cells.length !== 1)) {
      throw new InputError(
        NAMES[column],
        "must be a single column when interval is given",
        "value"
      );
    }
    if (matrix.length === 1) return matrix[0][0];
    if (row >= matrix.length) {
      throw new InputError(
        NAMES[column],
        `has no cell for row ${row + 1}; the ranges differ in size`,
        "na"
      );
    }
    return matrix[row][0];
  };
  const values = NAMES.map(() => new Float64Array(rows));
  const customerRow = new Int32Array(rows).fill(-1);
  let customers = 0;
  for (let row = 0; row < rows; row++) {
    if (NAMES.every((_, column) => isBlankCell(cellAt(column, row)))) continue;
    try {
      NAMES.forEach((name, column) => {
        values[column][customers] = requireCellNumber(cellAt(column, row), name);
      });
      requireHistory(values[0][customers], values[1][customers], values[2][customers]);
      requireNonNegative(values[3][customers], "monetary");
    } catch (error) {
      throw rowError(error, row);
    }
    customerRow[row] = customers++;
  }
  const column = (index: number) => values[index].subarray(0, customers);
  return {
    x: column(0),
    tx: column(1),
    T: column(2),
    meanSpend: column(3),
    rows,
    customerRow,
  };
}
