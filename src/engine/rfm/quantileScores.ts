import { binScores, lowerBoundScores } from "./binScores";
import { quantileBreaks, rfmPackageBreaks } from "./quantileBreaks";
import { numberSpan } from "./numberSpan";

/**
 * Scores 1..bins of the quantile method, with breaks from `reference` (the values themselves or
 * a population). Which rule depends on the reference column:
 *
 * - Whole numbers (every finite value an integer: days, order counts): the R `rfm` package's
 *   rule exactly. Breaks are its type-7 quantiles at i/bins plus 1, bins half-open [lower,
 *   upper): v scores 1 + #{i : v ≥ q_i + 1}. Where q_i is itself a whole number this is the same
 *   as v > q_i; where it falls between two (505.4), the value just above (506) stays below it.
 * - Otherwise (money): the same quantiles without the shift, bins (q_{i−1}, q_i]: v scores
 *   1 + #{i : v > q_i}.
 *
 * Either way equal values share a score, a duplicated break skips a score, and NaN scores 0.
 * Recency is reversed by the caller (rfmScores), as the package labels its bins bins..1.
 *
 * @param values Values to score (any order, NaN allowed).
 * @param reference Values the breaks come from (NaN left out).
 * @param bins Number of scores, 2..10 (checked by the caller).
 *
 * @example
 * // Quantiles 180, 383, 505.4, 606: the package's breaks 181, 384, 506.4, 607 keep 506 in bin 3
 * // ((q_{i−1}, q_i] would give 4).
 * const days = Float64Array.of(100, 200, 505, 506, 1006);
 * quantileScores(days, days, 5); // [1, 2, 3, 3, 5]
 * const spend = Float64Array.of(1.5, 2, 3, 4, 5); // fractional: breaks 1.9, 2.6, 3.4, 4.2, no shift
 * quantileScores(spend, spend, 5); // [1, 2, 3, 4, 5]
 */
export function quantileScores(
  values: Float64Array,
  reference: Float64Array,
  bins: number
): Uint8Array {
  // One pass finds the rule and the counts the breaks need; the scores reuse it when the
  // customers are scored among themselves.
  const span = numberSpan(reference);
  if (!span.whole) return binScores(values, quantileBreaks(reference, bins, span)); // fractional: (q_{i−1}, q_i], no shift
  const breaks = rfmPackageBreaks(reference, bins, span); // R rfm: [q + 1, next q + 1)
  return values === reference
    ? lowerBoundScores(values, breaks, span)
    : lowerBoundScores(values, breaks);
}
