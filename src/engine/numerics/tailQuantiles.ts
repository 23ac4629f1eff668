import { quantileOfRanks } from "./quantile";
import { normalQuantile } from "./normalQuantile";

/** The low and high quantiles across draws of a + b t, for lines (a, b per draw) and t given (see tailQuantiles). */
export interface TailQuantiles {
  low: number;
  high: number;
  /**
   * Takes the lines, intercepts a and slopes b, one per draw (NaN-free), read until the next call,
   * and their moments over the draws: the means of a, b, a², a b and b².
   */
  lines(intercepts: Float64Array, slopes: Float64Array, moments: Float64Array): void;
  /** Sets low and high to the quantiles of a + b t over the draws. */
  at(t: number): void;
}

/**
 * A tail's first cut keeps, of a normal sample, the k values a quantile reads and this many √k
 * more: k = 51 of 1 000 draws for 5 %, cut at 7.2 % (1.46 standard deviations), too few for
 * about one normal sample in a thousand.
 */
const MARGIN = 3;

/**
 * Type-7 quantiles (quantileOfRanks) at a low and a high probability of samples a_d + b_d t
 * over the same draws d, for one set of lines and t after t: e.g. a customer's CLV at each
 * parameter draw, linear in their mean spend. Only the values a quantile can read are ordered:
 * those beyond where a normal sample of the same mean and standard deviation (both known from
 * the lines' moments, so without a pass) would have a few more than those (MARGIN), kept in one pass
 * and selected among (about 72 of 1 000 at 5 %). Where that cut keeps
 * too few (a skewed sample), the cut is the largest (smallest) of this sample's values at the
 * draws where the previous sample had its tail, which keeps at least as many as the tail; so
 * the quantiles are exact for any sample. The same t twice running reads nothing again.
 *
 * @example
 * const tails = tailQuantiles(1000, 0.05, 0.95);
 * tails.lines(purchasesTimesFixedSpend, purchasesTimesSpendSlope, theirMoments);
 * tails.at(customerRepeatValue); // tails.low, tails.high: as quantileSorted of the sorted 1 000 values
 */
export function tailQuantiles(
  size: number,
  lowProbability: number,
  highProbability: number
): TailQuantiles {
  // Type 7 reads the ranks ⌊(n − 1) p⌋ and the one above (or only one of them).
  const lowRank = Math.floor((size - 1) * lowProbability);
  const highRank = Math.floor((size - 1) * highProbability);
  const low = tailBuffers(size, lowRank + 2);
  const high = tailBuffers(size, size - highRank);
  const cutAt = (count: number) =>
    normalQuantile(Math.min(1, (count + MARGIN * Math.sqrt(count)) / size));
  const lowSpreads = cutAt(low.at.length);
  const highSpreads = -cutAt(high.at.length);
  let a: Float64Array = new Float64Array(size);
  let b: Float64Array = new Float64Array(size);
  let moments: Float64Array = new Float64Array(5);
  let lastT = NaN;
  const tails: TailQuantiles = {
    low: NaN,
    high: NaN,
    lines(intercepts, slopes, lineMoments) {
      a = intercepts;
      b = slopes;
      moments = lineMoments;
      lastT = NaN;
    },
    at(t) {
      if (t === lastT) return;
      lastT = t;
      const mean = moments[0] + moments[1] * t;
      const square = moments[2] + 2 * moments[3] * t + moments[4] * t * t;
      const spread = Math.sqrt(Math.max(0, square - mean * mean));
      let lowCut = mean + lowSpreads * spread;
      let highCut = mean + highSpreads * spread;
      keepBeyond(a, b, t, lowCut, highCut, low, high);
      if (low.count < low.at.length || high.count < high.at.length) {
        if (low.count < low.at.length) lowCut = boundAt(a, b, t, low.at, 1);
        if (high.count < high.at.length) highCut = boundAt(a, b, t, high.at, -1);
        keepBeyond(a, b, t, lowCut, highCut, low, high);
      }
      const lows = low.count;
      const highs = high.count;
      // Low: the lowRank + 2 smallest are those kept up to rank lowRank + 1, their largest.
      selectRank(low.values, low.draws, lows, lowRank + 1);
      const lowAbove = low.values[lowRank + 1];
      let lowAt = -Infinity;
      for (let index = 0; index <= lowRank; index++) lowAt = Math.max(lowAt, low.values[index]);
      low.at.set(low.draws.subarray(0, low.at.length));
      tails.low = quantileOfRanks(size, lowProbability, (rank) =>
        rank === lowRank ? lowAt : lowAbove
      );
      // High: rank highRank of all is rank highRank − (n − kept) of the kept, the rest above it.
      const first = highRank - (size - highs);
      selectRank(high.values, high.draws, highs, first);
      const highAt = high.values[first];
      let highAbove = Infinity;
      for (let index = first + 1; index < highs; index++) {
        highAbove = Math.min(highAbove, high.values[index]);
      }
      high.at.set(high.draws.subarray(first, highs));
      tails.high = quantileOfRanks(size, highProbability, (rank) =>
        rank === highRank ? highAt : highAbove
      );
    },
  };
  return tails;
}

/** One tail's kept values, their draws and how many, and the draws of the previous sample's tail. */
interface TailBuffers {
  values: Float64Array;
  draws: Uint32Array;
  count: number;
  at: Uint32Array;
}

/** Buffers for a tail of `count` values; the first sample's guess is its first `count` draws. */
function tailBuffers(size: number, count: number): TailBuffers {
  return {
    values: new Float64Array(size),
    draws: new Uint32Array(size),
    count: 0,
    at: Uint32Array.from({ length: count }, (_, index) => index),
  };
}

/** The largest (direction 1) or smallest (−1) of a + b t at the draws `at`. */
function boundAt(
  a: Float64Array,
  b: Float64Array,
  t: number,
  at: Uint32Array,
  direction: 1 | -1
): number {
  let bound = -direction * Infinity;
  for (let index = 0; index < at.length; index++) {
    const value = a[at[index]] + b[at[index]] * t;
    if (direction > 0 ? value > bound : value < bound) bound = value;
  }
  return bound;
}

/** Keeps the values a + b t at or below lowCut in `low` and those at or above highCut in `high`, with their draws. */
function keepBeyond(
  a: Float64Array,
  b: Float64Array,
  t: number,
  lowCut: number,
  highCut: number,
  low: TailBuffers,
  high: TailBuffers
): void {
  let lows = 0;
  let highs = 0;
  for (let draw = 0; draw < a.length; draw++) {
    const value = a[draw] + b[draw] * t;
    if (value <= lowCut) {
      low.values[lows] = value;
      low.draws[lows++] = draw;
    }
    if (value >= highCut) {
      high.values[highs] = value;
      high.draws[highs++] = draw;
    }
  }
  low.count = lows;
  high.count = highs;
}

/**
 * Reorders values[0..count) (and draws alike) so that values[rank] is the rank-th smallest,
 * none after it smaller and none before it larger (Hoare's selection, median-of-three pivots).
 */
function selectRank(values: Float64Array, draws: Uint32Array, count: number, rank: number): void {
  let left = 0;
  let right = count - 1;
  while (right > left) {
    const middle = (left + right) >> 1;
    const pivot = medianOfThree(values[left], values[middle], values[right]);
    let i = left;
    let j = right;
    while (i <= j) {
      while (values[i] < pivot) i++;
      while (values[j] > pivot) j--;
      if (i <= j) {
        const value = values[i];
        values[i] = values[j];
        values[j] = value;
        const draw = draws[i];
        draws[i++] = draws[j];
        draws[j--] = draw;
      }
    }
    if (rank <= j) right = j;
    else if (rank >= i) left = i;
    else return;
  }
}

function medianOfThree(a: number, b: number, c: number): number {
  return a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b;
}
