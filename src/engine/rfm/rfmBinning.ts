import { requireFinite, requireWholeNumberBetween } from "../argumentChecks";
import { InputError } from "../inputError";

/**
 * How each of the three dimensions (recency, frequency, monetary) is cut into scores:
 * "quantile" (breaks at type-7 quantiles, equal values share a score; the R rfm package's
 * rule for whole numbers, see quantileScores), "ntile" (equal-count bins by rank, ties in row order; pandas' qcut of rank), or
 * "fixed" (ascending inner thresholds per dimension; a value scores 1 + the thresholds below it).
 */
export type RfmBinning =
  | { method: "quantile" | "ntile"; bins: number }
  | { method: "fixed"; thresholds: readonly [Float64Array, Float64Array, Float64Array] };

export type RfmMethod = RfmBinning["method"];

const DIMENSION_NAMES = ["recency", "frequency", "monetary"] as const;

/**
 * The binning after checking it: bins a whole number from 2 to 10; for "fixed", 1 to 9 finite
 * thresholds per dimension in strictly ascending order. All errors are #VALUE! and name the
 * Excel argument "bins".
 *
 * @example
 * requireBinning({ method: "ntile", bins: 5 }); // returned unchanged
 * requireBinning({ method: "fixed", thresholds: [Float64Array.of(90, 30), …] });
 * // throws "bins: the recency thresholds must be in ascending order"
 */
export function requireBinning(binning: RfmBinning): RfmBinning {
  if (binning.method !== "fixed") {
    requireWholeNumberBetween(binning.bins, 2, 10, "bins");
    return binning;
  }
  binning.thresholds.forEach((thresholds, dimension) => {
    if (thresholds.length < 1 || thresholds.length > 9) {
      throw new InputError(
        "bins",
        "give 1 to 9 thresholds per dimension (2 to 10 scores)",
        "value"
      );
    }
    for (let index = 0; index < thresholds.length; index++) {
      requireFinite(thresholds[index], "bins");
      if (index > 0 && thresholds[index] <= thresholds[index - 1]) {
        throw new InputError(
          "bins",
          `the ${DIMENSION_NAMES[dimension]} thresholds must be in ascending order`,
          "value"
        );
      }
    }
  });
  return binning;
}

/**
 * How many scores a dimension (0 recency, 1 frequency, 2 monetary) has under a binning.
 *
 * @example
 * scoreCount({ method: "quantile", bins: 5 }, 0); // 5
 * scoreCount({ method: "fixed", thresholds: [Float64Array.of(30, 90), f, m] }, 0); // 3
 */
export function scoreCount(binning: RfmBinning, dimension: number): number {
  return binning.method === "fixed" ? binning.thresholds[dimension].length + 1 : binning.bins;
}
