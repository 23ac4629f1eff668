import { rfmScores } from "./rfmScores";

/**
 * RFM cell codes 100·R + 10·F + M with equal-count bins by rank, ties broken by row order: the
 * common pandas recipe qcut(x.rank(method="first"), bins) per column, recency reversed.
 * Shorthand for rfmScores with the "ntile" binning; see there for incomplete rows.
 *
 * @example
 * ntileScores(Float64Array.of(5, 5, 5, 5), Float64Array.of(1, 1, 1, 1), Float64Array.of(9, 9, 9, 9), 2);
 * // [211, 211, 122, 122]: the ties fill both bins in row order
 */
export function ntileScores(
  recencyDays: Float64Array,
  frequency: Float64Array,
  monetary: Float64Array,
  bins = 5
): Int32Array {
  return rfmScores(recencyDays, frequency, monetary, { method: "ntile", bins });
}
