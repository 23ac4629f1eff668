import { requireSameLength, requireWholeNumberBetween } from "../argumentChecks";
import { binScores } from "./binScores";
import { quantileBreaks } from "./quantileBreaks";
import { isMissing } from "../isMissing";

/**
 * RFM cell codes 100·R + 10·F + M with R, F, M in 1..bins from quantile bins of each column
 * (see binScores). Recency is reversed, R = bins + 1 − bin, so the most recent customers
 * (fewest days since their last purchase) score highest.
 *
 * With 10 bins a score of 10 carries into the next digit (R 1, F 10, M 10 gives 210); the code
 * stays unique because every score is at least 1.
 *
 * A row with NaN in any column is incomplete: it scores 0 and takes no part in the breaks of
 * any column, so the caller decides what to show for it.
 *
 * @param recencyDays Days since each customer's last purchase.
 * @param frequency Number of purchases per customer.
 * @param monetary Spend per customer (total or average).
 * @param bins Number of bins per dimension, a whole number from 2 to 10. Default 5.
 * @throws InputError on "bins" (kind "num") or on columns of unequal length (kind "value").
 *
 * @example
 * rfmScores(Float64Array.of(1, 10, 100), Float64Array.of(9, 3, 1), Float64Array.of(500, 60, 20), 3);
 * // [333, 222, 111]
 */
export function rfmScores(
  recencyDays: Float64Array,
  frequency: Float64Array,
  monetary: Float64Array,
  bins = 5
): Int32Array {
  requireWholeNumberBetween(bins, 2, 10, "bins");
  requireSameLength(frequency.length, recencyDays.length, "frequency", "recency_days");
  requireSameLength(monetary.length, recencyDays.length, "monetary", "recency_days");

  const complete = completeRows(recencyDays, frequency, monetary);
  const recencyBins = scoreCompleteRows(recencyDays, complete, bins);
  const frequencyBins = scoreCompleteRows(frequency, complete, bins);
  const monetaryBins = scoreCompleteRows(monetary, complete, bins);

  const codes = new Int32Array(recencyDays.length);
  for (let row = 0; row < codes.length; row++) {
    if (complete[row] === 0) continue;
    codes[row] = 100 * (bins + 1 - recencyBins[row]) + 10 * frequencyBins[row] + monetaryBins[row];
  }
  return codes;
}

/** 1 where no column holds NaN. */
function completeRows(
  recencyDays: Float64Array,
  frequency: Float64Array,
  monetary: Float64Array
): Uint8Array {
  const complete = new Uint8Array(recencyDays.length);
  for (let row = 0; row < complete.length; row++) {
    const isComplete =
      !isMissing(recencyDays[row]) && !isMissing(frequency[row]) && !isMissing(monetary[row]);
    complete[row] = isComplete ? 1 : 0;
  }
  return complete;
}

/** Bin scores of one column with incomplete rows blanked to NaN, so they neither score nor shift the breaks. */
function scoreCompleteRows(values: Float64Array, complete: Uint8Array, bins: number): Uint8Array {
  const kept = new Float64Array(values.length);
  for (let row = 0; row < values.length; row++) kept[row] = complete[row] === 1 ? values[row] : NaN;
  return binScores(kept, quantileBreaks(kept, bins));
}
