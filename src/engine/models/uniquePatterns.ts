import { distinctValues } from "./distinctValues";

/**
 * Collapses identical rows of equally long columns (e.g. x, t_x, T) into unique patterns with
 * weights = how many rows (or how much of the given row weights) each pattern carries.
 * Likelihoods then sum once per pattern, weighted, which makes fits on a million customers
 * cost what a few thousand patterns cost. Each column's distinct values are found by hashing
 * and ranked, and the rows put in order by a stable counting sort on the ranks, last column
 * first (an LSD radix sort): patterns come out in ascending lexicographic order, and `patternOfRow`
 * gives each input row's pattern. NaN ranks above every number and equals itself. Rows that are
 * already in strictly ascending order (unique patterns, as this returns them) are taken as they
 * are, so a caller may collapse a log's histories once and hand the patterns on.
 *
 * @example
 * uniquePatterns([Float64Array.of(1, 0, 1), Float64Array.of(5, 2, 5)]);
 * // { columns: [Float64Array [0, 1], Float64Array [2, 5]], weights: Float64Array [1, 2],
 * //   patternOfRow: Uint32Array [1, 0, 1] }
 */
export function uniquePatterns(
  columns: Float64Array[],
  weights?: Float64Array
): { columns: Float64Array[]; weights: Float64Array; patternOfRow: Uint32Array } {
  const rows = columns.length === 0 ? 0 : columns[0].length;
  if (strictlyAscending(columns, rows)) {
    // Already unique patterns (as this returns them): each row is its own pattern.
    const patternOfRow = new Uint32Array(rows);
    for (let row = 0; row < rows; row++) patternOfRow[row] = row;
    return {
      columns: columns.map((column) => column.slice()),
      weights: weights ? weights.slice() : new Float64Array(rows).fill(1),
      patternOfRow,
    };
  }
  const ranks = columns.map(valueRanks);
  let order = new Uint32Array(rows);
  for (let row = 0; row < rows; row++) order[row] = row;
  let sorted = new Uint32Array(rows);
  for (let column = columns.length - 1; column >= 0; column--) {
    countingSort(order, ranks[column], sorted);
    [order, sorted] = [sorted, order];
  }

  const patternOf = new Uint32Array(rows);
  let patterns = 0;
  for (let index = 0; index < rows; index++) {
    if (index > 0 && !sameRanks(ranks, order[index - 1], order[index])) patterns++;
    patternOf[index] = patterns;
  }
  if (rows > 0) patterns++;

  const patternColumns = columns.map(() => new Float64Array(patterns));
  const patternWeights = new Float64Array(patterns);
  const patternOfRow = new Uint32Array(rows);
  for (let index = 0; index < rows; index++) {
    const row = order[index];
    const pattern = patternOf[index];
    patternOfRow[row] = pattern;
    for (let column = 0; column < columns.length; column++) {
      patternColumns[column][pattern] = columns[column][row];
    }
    patternWeights[pattern] += weights ? weights[row] : 1;
  }
  return { columns: patternColumns, weights: patternWeights, patternOfRow };
}

/** Each row's rank among the column's distinct values (0 for the smallest; NaN last). */
function valueRanks(column: Float64Array): Uint32Array {
  // Distinct values by hashing (NaN is one value, −0 is 0), then only those sorted.
  const { values, index } = distinctValues(column);
  const byValue = Uint32Array.from(values.keys()).sort((left, right) =>
    compareValues(values[left], values[right])
  );
  const rankOfPosition = new Uint32Array(values.length);
  for (let rank = 0; rank < byValue.length; rank++) rankOfPosition[byValue[rank]] = rank;
  const ranks = new Uint32Array(column.length);
  for (let row = 0; row < column.length; row++) ranks[row] = rankOfPosition[index[row]];
  return ranks;
}

function compareValues(left: number, right: number): number {
  if (left !== left) return right !== right ? 0 : 1;
  return right !== right ? -1 : left - right;
}

/** Writes `order` into `sorted` ordered by rank, rows of one rank keeping their order. */
function countingSort(order: Uint32Array, ranks: Uint32Array, sorted: Uint32Array): void {
  let largest = 0;
  for (let row = 0; row < ranks.length; row++) if (ranks[row] > largest) largest = ranks[row];
  const starts = new Uint32Array(largest + 2);
  for (let row = 0; row < ranks.length; row++) starts[ranks[row] + 1]++;
  for (let rank = 1; rank < starts.length; rank++) starts[rank] += starts[rank - 1];
  for (let index = 0; index < order.length; index++) {
    const row = order[index];
    sorted[starts[ranks[row]]++] = row;
  }
}

/** Whether every row is lexicographically above the one before it (false if any value is NaN). */
function strictlyAscending(columns: Float64Array[], rows: number): boolean {
  for (let row = 1; row < rows; row++) {
    let above = false;
    for (let column = 0; column < columns.length; column++) {
      const previous = columns[column][row - 1];
      const value = columns[column][row];
      if (value > previous) {
        above = true;
        break;
      }
      if (!(value === previous)) return false;
    }
    if (!above) return false;
  }
  for (let column = 0; column < columns.length; column++) {
    if (rows > 0 && Number.isNaN(columns[column][0])) return false;
  }
  return true;
}

function sameRanks(ranks: Uint32Array[], left: number, right: number): boolean {
  for (let column = 0; column < ranks.length; column++) {
    if (ranks[column][left] !== ranks[column][right]) return false;
  }
  return true;
}
