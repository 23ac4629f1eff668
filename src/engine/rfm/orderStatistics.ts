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
