import { isMissing } from "../isMissing";

/**
 * Scores each value by the bin it falls in: 1 + the number of breaks strictly below it, so
 * bin i is the interval (b_{i−1}, b_i] and equal values always share a score. NaN scores 0.
 *
 * This is the rule of the R `rfm` package (rsquaredacademy/rfm), which tests
 * lower <= v < upper against quantile breaks shifted by +1: for whole-number data such as
 * order counts and days that is exactly (b_{i−1}, b_i]. We apply (b_{i−1}, b_i] to fractional
 * data (money) as well, without the +1 shift. A duplicated break leaves its bin empty, so a
 * score is skipped, as in R.
 *
 * @param values Values to score (any order, NaN allowed).
 * @param breaks Ascending inner breaks, e.g. from quantileBreaks.
 *
 * @example
 * binScores(Float64Array.of(1, 3, 5, 7, 9), Float64Array.of(2.8, 4.6, 6.4, 8.2)); // [1, 2, 3, 4, 5]
 * binScores(Float64Array.of(1, 2, 3), Float64Array.of(1, 1)); // [1, 3, 3]: score 2 is skipped
 */
export function binScores(values: Float64Array, breaks: Float64Array): Uint8Array {
  const scores = new Uint8Array(values.length);
  const breakCount = breaks.length;
  for (let index = 0; index < values.length; index++) {
    const value = values[index];
    if (isMissing(value)) continue; // score stays 0
    let below = 0;
    while (below < breakCount && breaks[below] < value) below++;
    scores[index] = below + 1;
  }
  return scores;
}
