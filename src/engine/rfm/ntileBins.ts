import { isMissing } from "../isMissing";
import { countBelow } from "./countBelow";
import { sortedNumbers } from "./sortedNumbers";
import { sortedOrder } from "./sortedOrder";

/**
 * Equal-count scores 1..bins by rank, the rule of pandas' qcut(x.rank(method="first"), bins):
 * the value of 0-based rank k among n lands in bin 1 + #{i in 1..bins−1 : k·bins > (n−1)·i},
 * computed in whole numbers so no rank sits on a rounded edge. NaN scores 0 and takes no rank.
 *
 * Without a population the values are ranked among themselves and equal values are ranked in
 * row order, so every bin holds n/bins values however many ties there are. With a population
 * each value is ranked among the population's values (NaN left out) as the first of any equal
 * ones, which is the score the first such row gets when ranking among themselves.
 *
 * Ranks come from a stable radix argsort (sortedOrder); against a population, from a binary
 * search of its sorted values. No comparator callbacks: a million values take tens of ms.
 *
 * @param values Values to score (any order, NaN allowed).
 * @param bins Number of scores, 2..10 (checked by the caller).
 * @param population Values to rank against instead of the values themselves.
 *
 * @example
 * ntileBins(Float64Array.of(1, 2, 3, 4, 5, 6, 7), 5); // [1, 1, 2, 3, 4, 5, 5]
 * ntileBins(Float64Array.of(7, 7, 7, 7), 2); // [1, 1, 2, 2]: ties split in row order
 * ntileBins(Float64Array.of(0, 4, 99), 5, Float64Array.of(1, 2, 3, 4, 5, 6, 7)); // [1, 3, 5]
 */
export function ntileBins(
  values: Float64Array,
  bins: number,
  population?: Float64Array
): Uint8Array {
  const scores = new Uint8Array(values.length);
  if (population === undefined) {
    const order = sortedOrder(values);
    for (let rank = 0; rank < order.length; rank++) {
      scores[order[rank]] = ntileBin(rank, order.length, bins);
    }
    return scores;
  }
  const sorted = sortedNumbers(population);
  for (let row = 0; row < values.length; row++) {
    const value = values[row];
    if (isMissing(value)) continue; // score stays 0
    scores[row] = ntileBin(countBelow(sorted, value), sorted.length, bins);
  }
  return scores;
}

/** The bin of 0-based rank k among n: 1 + the edges 1 + (n−1)·i/bins below rank k + 1. */
function ntileBin(rank: number, count: number, bins: number): number {
  if (rank === 0) return 1;
  if (count === 1) return bins; // one value in the population: anything above it is top
  return 1 + Math.min(bins - 1, Math.floor((rank * bins - 1) / (count - 1)));
}
