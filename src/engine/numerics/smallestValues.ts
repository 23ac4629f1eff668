/**
 * The `count` smallest of `values` (or, with direction −1, the largest), ascending in that
 * direction, into `out` (length ≥ count): one pass with a bounded max-heap, so the tails of a
 * thousand draws cost about a thousand comparisons instead of a selection's several thousand
 * moves. `values` is left as it is. NaN-free input expected.
 *
 * @example
 * const out = new Float64Array(2);
 * smallestValues(Float64Array.of(9, 1, 8, 2, 7, 3), 2, out); // out = [1, 2]
 * smallestValues(Float64Array.of(9, 1, 8, 2, 7, 3), 2, out, -1); // out = [9, 8]
 */
export function smallestValues(
  values: Float64Array,
  count: number,
  out: Float64Array,
  direction: 1 | -1 = 1
): Float64Array {
  // A max-heap (in direction) of the `size` smallest seen so far, its largest at out[0].
  let size = 0;
  for (let index = 0; index < values.length; index++) {
    const value = direction * values[index];
    if (size < count) {
      let child = size++;
      while (child > 0) {
        const parent = (child - 1) >> 1;
        if (out[parent] >= value) break;
        out[child] = out[parent];
        child = parent;
      }
      out[child] = value;
    } else if (value < out[0]) {
      siftDown(out, size, value);
    }
  }
  // Heap sort in place: repeatedly move the largest to the end.
  for (let end = size - 1; end > 0; end--) {
    const largest = out[0];
    siftDown(out, end, out[end]);
    out[end] = largest;
  }
  for (let index = 0; index < size; index++) out[index] *= direction;
  return out;
}

/** Puts `value` at the root of the max-heap out[0..size) and sifts it down. */
function siftDown(out: Float64Array, size: number, value: number): void {
  let parent = 0;
  for (;;) {
    let child = 2 * parent + 1;
    if (child >= size) break;
    if (child + 1 < size && out[child + 1] > out[child]) child++;
    if (out[child] <= value) break;
    out[parent] = out[child];
    parent = child;
  }
  out[parent] = value;
}
