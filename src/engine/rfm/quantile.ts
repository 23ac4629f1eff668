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
  const count = sorted.length;
  if (count === 0) return NaN;
  let position = (count - 1) * probability;
  const nearest = Math.round(position);
  if (Math.abs(position - nearest) <= 4 * Number.EPSILON * nearest) position = nearest;
  const lower = Math.floor(position);
  if (lower >= count - 1) return sorted[count - 1];
  if (lower < 0) return sorted[0];
  const fraction = position - lower;
  const low = sorted[lower];
  const high = sorted[lower + 1];
  return fraction === 0 || low === high ? low : low + (high - low) * fraction;
}
