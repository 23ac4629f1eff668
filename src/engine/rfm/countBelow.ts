/**
 * How many of the ascending sorted values are strictly below a value: the position of its
 * first occurrence (d3's bisectLeft), by binary search.
 *
 * @example
 * countBelow(Float64Array.of(1, 2, 2, 5), 2); // 1
 * countBelow(Float64Array.of(1, 2, 2, 5), 3); // 3
 */
export function countBelow(sorted: Float64Array, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle] < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
