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

/** Largest value range counted directly; wider whole-number columns use quickselect. */
const MAX_COUNTED_RANGE = 1 << 20;

/**
 * Order statistics of `values` (asked for in ascending rank): by counting when every value is a
 * whole number within a modest range — recency days and purchase counts, in one pass — and by
 * quickselect on a copy otherwise. `values` is left as it is. NaN-free input expected.
 *
 * @example
 * const kth = orderStatistics(Float64Array.of(3, 1, 2, 2));
 * kth(1); // 2
 * kth(3); // 3
 */
export function orderStatistics(values: Float64Array): (rank: number) => number {
  let minimum = Infinity;
  let maximum = -Infinity;
  for (let index = 0; index < values.length; index++) {
    const value = values[index];
    if (value !== Math.floor(value)) return ascendingOrderStatistics(values.slice());
    if (value < minimum) minimum = value;
    if (value > maximum) maximum = value;
  }
  const countable = values.length > 0 && maximum - minimum < MAX_COUNTED_RANGE;
  if (!countable) return ascendingOrderStatistics(values.slice());
  const below = new Int32Array(maximum - minimum + 2);
  for (let index = 0; index < values.length; index++) below[values[index] - minimum + 1]++;
  for (let offset = 1; offset < below.length; offset++) below[offset] += below[offset - 1];
  // below[k] = how many values are smaller than minimum + k; the rank's value is the last k with below[k] <= rank.
  return (rank) => {
    let low = 0;
    let high = below.length - 2;
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if (below[middle] <= rank) low = middle;
      else high = middle - 1;
    }
    return minimum + low;
  };
}
