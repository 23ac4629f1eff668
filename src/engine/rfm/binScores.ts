import { isMissing } from "../isMissing";
import { numberSpan, type NumberSpan } from "./numberSpan";

/**
 * Scores each value by the bin it falls in: 1 + the number of breaks strictly below it, so
 * bin i is the interval (b_{i−1}, b_i] and equal values always share a score. NaN scores 0.
 *
 * The quantile method uses it for fractional data (money) and "fixed" for its thresholds; the R
 * `rfm` package's own rule, for whole-number data, is lowerBoundScores on breaks + 1. A
 * duplicated break leaves its bin empty, so a score is skipped, as in R.
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

/**
 * Scores each value by the half-open bin [l_{i−1}, l_i) it falls in: 1 + the number of lower
 * bounds at or below it, so a value equal to a bound starts the higher bin. This is how the R
 * `rfm` package scores (lower <= v < upper) against its breaks, quantile + 1 (rfmPackageBreaks).
 * Equal values share a score, a duplicated bound skips a score, and NaN scores 0.
 *
 * @param values Values to score (any order, NaN allowed).
 * @param lowerBounds Ascending lower bounds of bins 2..bins, e.g. from rfmPackageBreaks.
 * @param span numberSpan(values), when the caller has it already (another column's would mislead).
 *
 * @example
 * // Breaks 180, 383, 505.4, 606 shifted by +1: 506 is below 506.4, so it stays in bin 3.
 * lowerBoundScores(Float64Array.of(100, 200, 505, 506, 1006), Float64Array.of(181, 384, 506.4, 607));
 * // [1, 2, 3, 3, 5]
 * lowerBoundScores(Float64Array.of(2, 3), Float64Array.of(3, 3)); // [1, 3]: score 2 is skipped
 */
export function lowerBoundScores(
  values: Float64Array,
  lowerBounds: Float64Array,
  span: NumberSpan = numberSpan(values)
): Uint8Array {
  // Whole numbers in a modest range (days, order counts): each value's score from a table,
  // without a comparison per bound in the row loop.
  if (span.countable) return scoresByTable(values, boundTable(lowerBounds, span), span.minimum);
  const scores = new Uint8Array(values.length);
  const boundCount = lowerBounds.length;
  for (let index = 0; index < values.length; index++) {
    const value = values[index];
    if (isMissing(value)) continue; // score stays 0
    let atOrBelow = 0;
    while (atOrBelow < boundCount && lowerBounds[atOrBelow] <= value) atOrBelow++; // [lower, upper)
    scores[index] = atOrBelow + 1;
  }
  return scores;
}

/** The [lower, upper) score of each whole number of a countable span, from its minimum up. */
function boundTable(lowerBounds: Float64Array, span: NumberSpan): Uint8Array {
  const { minimum } = span;
  const table = new Uint8Array(span.maximum - minimum + 1);
  let atOrBelow = 0;
  for (let offset = 0; offset < table.length; offset++) {
    while (atOrBelow < lowerBounds.length && lowerBounds[atOrBelow] <= minimum + offset)
      atOrBelow++;
    table[offset] = atOrBelow + 1;
  }
  return table;
}

/** Each value's entry in table (value − minimum); 0 for NaN. */
function scoresByTable(values: Float64Array, table: Uint8Array, minimum: number): Uint8Array {
  const scores = new Uint8Array(values.length);
  for (let index = 0; index < values.length; index++) {
    const value = values[index];
    if (!isMissing(value)) scores[index] = table[value - minimum];
  }
  return scores;
}
