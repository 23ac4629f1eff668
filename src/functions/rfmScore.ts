import { requireSameLength } from "../engine/argumentChecks";
import { InputError } from "../engine/inputError";
import { isBlankCell } from "../engine/isBlankCell";
import { rfmScores } from "../engine/rfm/rfmScores";
import { toMatrix, type Matrix } from "./broadcast";
import { readCellNumber, requireCellNumber } from "./cellValues";
import { toExcelError, valueOrExcelError } from "./excelError";

const COLUMN_NAMES = ["recency_days", "frequency", "monetary"] as const;
const DEFAULT_BINS = 5;

/**
 * RFM score per customer: 100 × R + 10 × F + M, each score 1 to bins; most recent scores highest.
 * @customfunction RFMSCORE
 * @param recencyDays Days since each customer's last purchase, one column (B:B works).
 * @param frequency Number of purchases per customer, a column as tall as the recency column.
 * @param monetary Spend per customer, a column as tall as the recency column.
 * @param [bins] Score levels per dimension, a whole number from 2 to 10. Default 5.
 * @returns One score per row, e.g. 555 for the best customers; #VALUE! for a row with a blank
 * or non-numeric cell.
 * @example
 * =CX.RFMSCORE(B2:B1000, C2:C1000, D2:D1000) → a column of scores such as 545
 * =CX.RFMSCORE(B:B, C:C, D:D, 3) → scores 111..333; blank rows at the bottom are left out
 */
export function rfmScore(
  recencyDays: any[][],
  frequency: any[][],
  monetary: any[][],
  bins?: any
): any[][] {
  try {
    const columns = [recencyDays, frequency, monetary].map(toMatrix);
    columns.forEach((column, index) => requireSingleColumn(column, COLUMN_NAMES[index]));
    requireSameLength(columns[1].length, columns[0].length, COLUMN_NAMES[1], COLUMN_NAMES[0]);
    requireSameLength(columns[2].length, columns[0].length, COLUMN_NAMES[2], COLUMN_NAMES[0]);
    const binCount = readBins(bins);

    const rowCount = rowsBeforeBlankTail(columns);
    if (rowCount === 0) {
      throw new InputError(COLUMN_NAMES[0], "no data: the ranges are blank", "na");
    }
    const values = COLUMN_NAMES.map(() => new Float64Array(rowCount));
    const rowErrors = new Map<number, CustomFunctions.Error>();
    for (let row = 0; row < rowCount; row++) {
      const problem = valueOrExcelError(() => {
        for (let column = 0; column < 3; column++) {
          values[column][row] = requireRowNumber(
            columns[column][row][0],
            COLUMN_NAMES[column],
            row
          );
        }
      });
      if (problem === undefined) continue;
      rowErrors.set(row, problem);
      for (let column = 0; column < 3; column++) values[column][row] = NaN; // left out of the breaks
    }

    const codes = rfmScores(values[0], values[1], values[2], binCount);
    const result: unknown[][] = new Array(rowCount);
    for (let row = 0; row < rowCount; row++) result[row] = [rowErrors.get(row) ?? codes[row]];
    return result;
  } catch (error) {
    throw toExcelError(error);
  }
}

function requireSingleColumn(matrix: Matrix, argument: string): void {
  for (let row = 0; row < matrix.length; row++) {
    if (matrix[row].length > 1) throw new InputError(argument, "must be a single column", "value");
  }
}

/** The bins argument: blank means the default; the engine checks the range 2..10. */
function readBins(bins: unknown): number {
  const matrix = toMatrix(bins);
  if (matrix.length !== 1 || matrix[0].length !== 1) {
    throw new InputError("bins", "must be a single number", "value");
  }
  return readCellNumber(matrix[0][0], "bins") ?? DEFAULT_BINS;
}

/** Rows up to the last one with any non-blank cell, so whole-column references stop at the data. */
function rowsBeforeBlankTail(columns: readonly Matrix[]): number {
  let rowCount = columns[0].length;
  const isBlankRow = (row: number) => columns.every((column) => isBlankCell(column[row][0]));
  while (rowCount > 0 && isBlankRow(rowCount - 1)) rowCount--;
  return rowCount;
}

/** A required number in a row, with the 1-based row in the message so the user can find the cell. */
function requireRowNumber(cell: unknown, argument: string, row: number): number {
  try {
    return requireCellNumber(cell, argument);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    throw new InputError(argument, `row ${row + 1}: ${error.reason}`, error.kind);
  }
}
