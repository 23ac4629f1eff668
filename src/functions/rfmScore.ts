import { requireSameLength } from "../engine/argumentChecks";
import { InputError } from "../engine/inputError";
import { isBlankCell } from "../engine/read/isBlankCell";
import type { RfmBinning, RfmMethod } from "../engine/rfm/rfmBinning";
import { rfmScores } from "../engine/rfm/rfmScores";
import { filledCellCount, withoutBlankTail } from "./blankTail";
import { toMatrix, type Matrix } from "./broadcast";
import { cellNumber, readCellNumber, requireCellNumber, requirePlainCell } from "./cellValues";
import { toExcelError } from "./excelError";
import { isOmitted } from "./isOmitted";
import { rowError } from "./rowError";

const COLUMN_NAMES = ["recency_days", "frequency", "monetary"] as const;
const POPULATION_NAMES = [
  "population_recency",
  "population_frequency",
  "population_monetary",
] as const;
/** RFMSCORE's (and RFMSEGMENT's) bins when left out. */
export const DEFAULT_BINS = 5;
const METHODS: readonly RfmMethod[] = ["quantile", "ntile", "fixed"];

/**
 * RFM score per customer: 100 × R + 10 × F + M, each score 1 to bins; most recent scores highest. Scores columns, or customers against a population's columns.
 * @customfunction RFMSCORE
 * @param recencyDays Days since each customer's last purchase: a column such as Table1[Recency] (Excel on the web: about 220 000 rows; Windows and Mac: 1 048 576), or one customer's cell such as [@Recency].
 * @param frequency Orders per customer: CX.SUMMARY's orders (not its frequency, which counts repeat days), as tall as recency_days.
 * @param monetary Total spend per customer: CX.SUMMARY's revenue (not its monetary, the mean repeat spend), as tall as recency_days.
 * @param [populationRecency] Recency of all customers, e.g. [Recency], to score against. Leave out to score the columns among themselves; then bins may stand here.
 * @param [populationFrequency] Orders of all customers, as tall as population_recency. Without a population, method may stand here.
 * @param [populationMonetary] Spend of all customers, as tall as population_recency.
 * @param [bins] Scores per dimension, 2 to 10 (default 5). For method "fixed": ascending thresholds, one row for all three or three rows (R, F, M).
 * @param [method] "quantile" (default; as R's rfm package), "ntile" (equal-count bins by rank, as pandas' qcut) or "fixed" (your thresholds).
 * @returns One score per row, e.g. 555 for the best customers; #VALUE! for a row with a blank or non-numeric cell, and an error cell's error (#N/A stays #N/A) with its row.
 * @example
 * =CX.RFMSCORE(B2:B1000, C2:C1000, D2:D1000) → a column of scores such as 545
 * =CX.RFMSCORE(Table1[Recency], Table1[Frequency], Table1[Monetary], 3, "ntile") → scores 111..333 in equal-count bins
 * =CX.RFMSCORE([@Recency], [@Frequency], [@Monetary], [Recency], [Frequency], [Monetary]) → this row's score in a table
 */
export function rfmScore(
  recencyDays: unknown[][],
  frequency: unknown[][],
  monetary: unknown[][],
  populationRecency?: unknown[][],
  populationFrequency?: unknown[][],
  populationMonetary?: unknown[][],
  bins?: unknown[][],
  method?: unknown[][]
): unknown[][] {
  try {
    const customers = readCustomers([recencyDays, frequency, monetary]);
    const hasPopulation = !isOmitted(populationMonetary);
    // Short form (no population): bins and method may stand in positions 4 and 5.
    if (!hasPopulation && !isSingleCell(populationFrequency)) {
      throw new InputError(
        POPULATION_NAMES[2],
        "is missing: give all three population columns, or none",
        "value"
      );
    }
    const binning = hasPopulation
      ? readBinning(bins, method)
      : readBinning(
          eitherPosition(populationRecency, bins, "bins"),
          eitherPosition(populationFrequency, method, "method")
        );
    const population = hasPopulation
      ? readPopulation([populationRecency, populationFrequency, populationMonetary])
      : undefined;

    const [recency, frequencies, spend] = customers.values;
    const codes = rfmScores(recency, frequencies, spend, binning, population);
    const result: unknown[][] = new Array(codes.length);
    for (let row = 0; row < codes.length; row++) {
      result[row] = [customers.rowErrors.get(row) ?? codes[row]];
    }
    return result;
  } catch (error) {
    throw toExcelError(error);
  }
}

/** The customers' three columns as numbers; a row with a bad cell is NaN throughout and keeps its own error. */
function readCustomers(columnArguments: readonly unknown[]) {
  const columns = readColumns(columnArguments, COLUMN_NAMES);
  const rowCount = columns[0].length;
  const values = [0, 1, 2].map(() => new Float64Array(rowCount));
  const rowErrors = new Map<number, CustomFunctions.Error>();
  for (let row = 0; row < rowCount; row++) {
    try {
      for (let column = 0; column < 3; column++) {
        values[column][row] = requireCellNumber(columns[column][row][0], COLUMN_NAMES[column]);
      }
    } catch (error) {
      rowErrors.set(row, toExcelError(rowError(error, row)));
      for (let column = 0; column < 3; column++) values[column][row] = NaN; // left out of the breaks
    }
  }
  return { values, rowErrors };
}

/** The population's three columns as numbers; blank, non-numeric and error cells are NaN, so their rows are left out. */
function readPopulation(columnArguments: readonly unknown[]) {
  const [recencyDays, frequency, monetary] = readColumns(columnArguments, POPULATION_NAMES).map(
    (column) => Float64Array.from(column, (cells) => cellNumber(cells[0]))
  );
  return { recencyDays, frequency, monetary };
}

/** Three single columns of equal height, without the blank rows at the bottom. */
function readColumns(columnArguments: readonly unknown[], names: readonly string[]): Matrix[] {
  const columns = columnArguments.map(toMatrix);
  columns.forEach((column, index) => requireSingleColumn(column, names[index]));
  requireSameLength(columns[1].length, columns[0].length, names[1], names[0]);
  requireSameLength(columns[2].length, columns[0].length, names[2], names[0]);
  return withoutBlankTail(columns, names);
}

function requireSingleColumn(matrix: Matrix, argument: string): void {
  for (let row = 0; row < matrix.length; row++) {
    if (matrix[row].length > 1) throw new InputError(argument, "must be a single column", "value");
  }
}

/** The bins and method arguments as a binning: a number of bins, or thresholds for "fixed". */
function readBinning(bins: unknown, method: unknown): RfmBinning {
  const methodName = readMethod(method);
  if (methodName === "fixed") return { method: methodName, thresholds: readThresholds(bins) };
  if (!isSingleCell(bins)) {
    throw new InputError(
      "bins",
      `must be a single number for method "${methodName}"; a range of thresholds needs method "fixed"`,
      "value"
    );
  }
  return { method: methodName, bins: readCellNumber(toMatrix(bins)[0][0], "bins") ?? DEFAULT_BINS };
}

function readMethod(method: unknown): RfmMethod {
  if (!isSingleCell(method)) throw new InputError("method", "must be a single cell", "value");
  const cell = requirePlainCell(toMatrix(method)[0][0], "method", "text");
  if (isBlankCell(cell)) return "quantile";
  const name = typeof cell === "string" ? cell.trim().toLowerCase() : "";
  const known = METHODS.find((candidate) => candidate === name);
  if (known === undefined) {
    throw new InputError("method", 'must be "quantile", "ntile" or "fixed"', "value");
  }
  return known;
}

/** Threshold rows for "fixed", each up to its trailing blanks: one row for all three dimensions, or one per dimension. */
function readThresholds(bins: unknown): [Float64Array, Float64Array, Float64Array] {
  if (isOmitted(bins)) {
    throw new InputError("bins", 'method "fixed" needs the thresholds as a range', "value");
  }
  const rows = toMatrix(bins).map((cells, row) => {
    const count = filledCellCount(cells);
    const thresholds = new Float64Array(count);
    for (let column = 0; column < count; column++) {
      try {
        thresholds[column] = requireCellNumber(cells[column], "bins");
      } catch (error) {
        throw rowError(error, row);
      }
    }
    return thresholds;
  });
  if (rows.length === 1) return [rows[0], rows[0], rows[0]];
  if (rows.length === 3) return [rows[0], rows[1], rows[2]];
  throw new InputError(
    "bins",
    'for method "fixed" give one row of thresholds for all three scores, or three rows (recency, frequency, monetary)',
    "value"
  );
}

/** The short-form argument if given, else the full-form one; both given is an error. */
function eitherPosition(shortForm: unknown, fullForm: unknown, argument: string): unknown {
  if (isOmitted(shortForm)) return fullForm;
  if (!isOmitted(fullForm)) {
    throw new InputError(
      argument,
      "is given twice: in position 4 or 5 and again in 7 or 8",
      "value"
    );
  }
  return shortForm;
}

function isSingleCell(argument: unknown): boolean {
  const matrix = toMatrix(argument);
  return matrix.length === 1 && matrix[0].length === 1;
}
