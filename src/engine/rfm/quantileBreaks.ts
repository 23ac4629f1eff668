import { orderStatistics } from "./orderStatistics";
import { quantileOfRanks } from "../numerics/quantile";
import { numberSpan, type NumberSpan } from "./numberSpan";

/**
 * The bins − 1 inner breaks that split values into bins of equal count: type-7 quantiles at
 * probabilities i/bins, i = 1..bins−1. NaN values are left out; all breaks are NaN when no
 * value is left. Finds the needed order statistics (by counting, or quickselect in one copy)
 * instead of sorting.
 * @param span numberSpan(values), when the caller has it already (another column's would mislead).
 *
 * @example
 * quantileBreaks(Float64Array.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), 5); // [2.8, 4.6, 6.4, 8.2]
 */
export function quantileBreaks(
  values: Float64Array,
  bins: number,
  span: NumberSpan = numberSpan(values)
): Float64Array {
  const valueOfRank = orderStatistics(values, span);
  const breaks = new Float64Array(bins - 1);
  for (let index = 1; index < bins; index++) {
    breaks[index - 1] = quantileOfRanks(span.count, index / bins, valueOfRank);
  }
  return breaks;
}

/**
 * The R `rfm` package's inner breaks: its bins() helper, quantile(x, probs = seq(0, 1,
 * length.out = bins + 1)) without the ends, plus 1. Computed in R's own floating-point steps so
 * the breaks are R's to the last bit: probability p_i = i·(1/bins) (as seq builds it), type 7
 * as R writes it, index = 1 + (n − 1)·p_i and (1 − h)·x[lo] + h·x[lo + 1] with h = index − lo
 * (no snapping of index, unlike quantileOfRanks). NaN values are left out; all breaks are NaN
 * when no value is left. Score with lowerBoundScores ([lower, upper), as the package does).
 * @param span numberSpan(values), when the caller has it already (another column's would mislead).
 *
 * @example
 * // Type-7 quantiles 180, 383, 505.4, 606 (505.4 = 505 + 0.4·(506 − 505)), each + 1:
 * rfmPackageBreaks(Float64Array.of(506, 100, 1006, 505, 200), 5); // [181, 384, 506.4, 607]
 */
export function rfmPackageBreaks(
  values: Float64Array,
  bins: number,
  span: NumberSpan = numberSpan(values)
): Float64Array {
  const count = span.count;
  const breaks = new Float64Array(bins - 1).fill(NaN);
  if (count === 0) return breaks;
  const valueOfRank = orderStatistics(values, span);
  const step = 1 / bins; // seq(0, 1, length.out = bins + 1) is 0, 1·step, 2·step, …, 1
  for (let index = 1; index < bins; index++) {
    const position = 1 + (count - 1) * (index * step); // R's 1-based index
    const lower = Math.floor(position);
    let quantile = valueOfRank(lower - 1);
    if (position > lower) {
      const upper = valueOfRank(lower);
      const fraction = position - lower;
      if (upper !== quantile) quantile = (1 - fraction) * quantile + fraction * upper; // R's type 7
    }
    breaks[index - 1] = quantile + 1; // the package's shift
  }
  return breaks;
}
