import { orderStatistics } from "./orderStatistics";
import { quantileOfRanks } from "./quantile";
import { numbersOnly } from "./sortedNumbers";

/**
 * The bins − 1 inner breaks that split values into bins of equal count: type-7 quantiles at
 * probabilities i/bins, i = 1..bins−1. NaN values are left out; all breaks are NaN when no
 * value is left. Finds the needed order statistics in one copy (by counting or quickselect)
 * instead of sorting it.
 *
 * @example
 * quantileBreaks(Float64Array.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), 5); // [2.8, 4.6, 6.4, 8.2]
 */
export function quantileBreaks(values: Float64Array, bins: number): Float64Array {
  const numbers = numbersOnly(values);
  const valueOfRank = orderStatistics(numbers);
  const breaks = new Float64Array(bins - 1);
  for (let index = 1; index < bins; index++) {
    breaks[index - 1] = quantileOfRanks(numbers.length, index / bins, valueOfRank);
  }
  return breaks;
}
