import { isMissing } from "../isMissing";
import { numberSpan, type NumberSpan } from "./numberSpan";
import { numbersOnly } from "./sortedNumbers";

/**
 * Order statistics of `values` asked for in ascending rank (0 = smallest), found by quickselect
 * on `values` itself, which is reordered: O(n) on average instead of a full sort's O(n log n),
 * and a later call resumes where the previous one left off (a rank already found may be asked
 * for again). NaN-free input expected.
 *
 * @example
 * const kth = ascendingOrderStatistics(Float64Array.of(9, 1, 8, 2, 7, 3));
 * kth(1); // 2
 * kth(4); // 8
 */
export function ascendingOrderStatistics(values: Float64Array): (rank: number) => number {
  let left = 0;
  const found = new Map<number, number>();
  return (rank) => {
    const known = found.get(rank);
    if (known !== undefined) return known;
    if (rank < left) throw new RangeError("order statistics must be asked for in ascending rank");
    selectInPlace(values, rank, left, values.length - 1);
    left = rank;
    found.set(rank, values[rank]);
    return values[rank];
  };
}

/** Moves the rank-th smallest of values[left..right] to values[rank], smaller ones before it and larger after (Hoare). */
function selectInPlace(values: Float64Array, rank: number, left: number, right: number): void {
  while (right > left) {
    const middle = (left + right) >>> 1;
    // Median of three as the pivot keeps sorted and reversed input linear.
    if (values[middle] < values[left]) swap(values, middle, left);
    if (values[right] < values[left]) swap(values, right, left);
    if (values[right] < values[middle]) swap(values, right, middle);
    const pivot = values[middle];
    let low = left;
    let high = right;
    while (low <= high) {
      while (values[low] < pivot) low++;
      while (values[high] > pivot) high--;
      if (low <= high) swap(values, low++, high--);
    }
    if (rank <= high) right = high;
    else if (rank >= low) left = low;
    else return;
  }
}

function swap(values: Float64Array, first: number, second: number): void {
  const value = values[first];
  values[first] = values[second];
  values[second] = value;
}

/**
 * Order statistics of `values` (asked for in ascending rank among the numbers, NaN left out):
 * by counting when the numbers are whole and within a modest range (span.countable: recency
 * days and purchase counts, in one pass) and otherwise (money) by bucketedOrderStatistics.
 * `values` is left as it is.
 *
 * @param span numberSpan(values), when the caller has it already (another column's would mislead).
 *
 * @example
 * const kth = orderStatistics(Float64Array.of(3, 1, NaN, 2, 2));
 * kth(1); // 2
 * kth(3); // 3
 */
export function orderStatistics(
  values: Float64Array,
  span: NumberSpan = numberSpan(values)
): (rank: number) => number {
  if (!span.countable) {
    return bucketedOrderStatistics(span.count === values.length ? values : numbersOnly(values));
  }
  const minimum = span.minimum;
  const below = countsBelow(values, minimum, span.maximum - minimum + 1);
  // below[k] = how many values are smaller than minimum + k; the rank's value is the last k with below[k] <= rank.
  return (rank) => minimum + lastAtMost(below, rank);
}

/** Cumulative counts of whole numbers from minimum: entry k counts the values below minimum + k (NaN passed over). */
function countsBelow(values: Float64Array, minimum: number, size: number): Int32Array {
  const below = new Int32Array(size + 1);
  for (let index = 0; index < values.length; index++) {
    const value = values[index];
    if (!isMissing(value)) below[value - minimum + 1]++;
  }
  for (let offset = 1; offset < below.length; offset++) below[offset] += below[offset - 1];
  return below;
}

const BUCKET_BITS = 16;

/**
 * Order statistics of `values` (asked for in ascending rank) by buckets of the leading 16 bits
 * of each double, mapped so that unsigned order is numeric order (as sortedOrder maps them):
 * one pass counts the buckets, and each rank asked for copies out only its bucket's values, a
 * few hundred for money, to quickselect among. A few quantiles of a hundred thousand amounts so
 * cost a fraction of quickselect on all of them. `values` is left as it is. NaN-free input expected.
 *
 * @example
 * const kth = bucketedOrderStatistics(Float64Array.of(2.5, -1, 1e6, 0.25));
 * kth(1); // 0.25
 * kth(3); // 1000000
 */
export function bucketedOrderStatistics(values: Float64Array): (rank: number) => number {
  // Little-endian: the high word of value i is word 2i + 1.
  const words = new Uint32Array(values.buffer, values.byteOffset, 2 * values.length);
  const bucketOf = new Uint16Array(values.length);
  // below[b] = how many values lie in buckets before b.
  const below = new Int32Array((1 << BUCKET_BITS) + 1);
  for (let index = 0; index < values.length; index++) {
    const high = words[2 * index + 1];
    // Negative numbers: every bit flipped, so larger magnitudes come first; others: sign bit set.
    const bucket = (high >>> 31 === 1 ? ~high : high | 0x80000000) >>> (32 - BUCKET_BITS);
    bucketOf[index] = bucket;
    below[bucket + 1]++;
  }
  for (let bucket = 1; bucket < below.length; bucket++) below[bucket] += below[bucket - 1];
  let current = -1;
  let inBucket: (rank: number) => number = () => NaN;
  return (rank) => {
    const low = lastAtMost(below, rank);
    if (low !== current) {
      const bucketValues = new Float64Array(below[low + 1] - below[low]);
      let next = 0;
      for (let index = 0; index < values.length; index++) {
        if (bucketOf[index] === low) bucketValues[next++] = values[index];
      }
      current = low;
      inBucket = ascendingOrderStatistics(bucketValues);
    }
    return inBucket(rank - below[low]);
  };
}

/** The last k with below[k] ≤ rank, k < below.length − 1, of ascending cumulative counts `below`. */
function lastAtMost(below: Int32Array, rank: number): number {
  let low = 0;
  let high = below.length - 2;
  while (low < high) {
    const middle = (low + high + 1) >>> 1;
    if (below[middle] <= rank) low = middle;
    else high = middle - 1;
  }
  return low;
}
