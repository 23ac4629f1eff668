import { quantileSorted } from "./quantile";
import { sortedNumbers } from "./sortedNumbers";

/**
 * The bins − 1 inner breaks that split values into bins of equal count: type-7 quantiles at
 * probabilities i/bins, i = 1..bins−1. NaN values are left out; all breaks are NaN when no
 * value is left. Sorts one copy of the values.
 *
 * @example
 * quantileBreaks(Float64Array.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), 5); // [2.8, 4.6, 6.4, 8.2]
 */
export function quantileBreaks(values: Float64Array, bins: number): Float64Array {
  const sorted = sortedNumbers(values);
  const breaks = new Float64Array(bins - 1);
  for (let index = 1; index < bins; index++) {
    breaks[index - 1] = quantileSorted(sorted, index / bins);
  }
  return breaks;
}
