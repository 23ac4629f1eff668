/**
 * Type-7 quantile (R's default, numpy's "linear") of ascending sorted values at probability p:
 * the value at 0-based position h = (n − 1)·p, interpolated linearly between its neighbours.
 * A position within a few ulps of a whole number is taken as that whole number, so a quantile
 * that falls on a data point equals it exactly (as R's fuzz does for types 4–9). NaN when empty.
 *
 * @param sorted Values sorted ascending, without NaN.
 * @param probability p in 0..1.
 *
 * @example
 * quantileSorted(Float64Array.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), 0.2); // 2.8
 * quantileSorted(Float64Array.of(1, 2, 3, 4, 5), 0.5); // 3
 */
export function quantileSorted(sorted: Float64Array, probability: number): number {
  return quantileOfRanks(sorted.length, probability, (rank) => sorted[rank]);
}

/**
 * Type-7 quantile of `count` values given their order statistics (`valueOfRank(k)` = the k-th
 * smallest, asked for in ascending k), so a caller can supply them without sorting.
 *
 * @example
 * quantileOfRanks(10, 0.2, (rank) => rank + 1); // 2.8 (the values 1..10)
 */
export function quantileOfRanks(
  count: number,
  probability: number,
  valueOfRank: (rank: number) => number
): number {
  if (count === 0) return NaN;
  let position = (count - 1) * probability;
  const nearest = Math.round(position);
  if (Math.abs(position - nearest) <= 4 * Number.EPSILON * nearest) position = nearest;
  const lower = Math.floor(position);
  if (lower >= count - 1) return valueOfRank(count - 1);
  if (lower < 0) return valueOfRank(0);
  const fraction = position - lower;
  const low = valueOfRank(lower);
  if (fraction === 0) return low;
  const high = valueOfRank(lower + 1);
  return low === high ? low : low + (high - low) * fraction;
}
