/**
 * Collapses identical rows of equally long columns (e.g. x, t_x, T) into unique patterns with
 * weights = how many rows (or how much of the given row weights) each pattern carries.
 * Likelihoods then sum once per pattern, weighted, which makes fits on a million customers
 * cost what a few thousand patterns cost. Sort-based; patterns come out in ascending
 * lexicographic order, and `patternOfRow` gives each input row's pattern.
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
  const order = new Uint32Array(rows);
  for (let row = 0; row < rows; row++) order[row] = row;
  order.sort((left, right) => compareRows(columns, left, right));

  const patternOf = new Uint32Array(rows);
  let patterns = 0;
  for (let index = 0; index < rows; index++) {
    if (index > 0 && compareRows(columns, order[index - 1], order[index]) !== 0) patterns++;
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

function compareRows(columns: Float64Array[], left: number, right: number): number {
  for (let column = 0; column < columns.length; column++) {
    const difference = columns[column][left] - columns[column][right];
    if (difference !== 0) return difference;
  }
  return 0;
}
