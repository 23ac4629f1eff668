/** Whole values below this are looked up in an array rather than a Map. */
const DENSE_LIMIT = 1 << 16;

/** The distinct values of a column and, for each row, the position of its value among them. */
export interface DistinctValues {
  /** Each value once, in order of first appearance. */
  readonly values: Float64Array;
  /** values[index[row]] === column[row]. */
  readonly index: Int32Array;
}

/**
 * The distinct values of a column with each row's position among them, so a model can compute
 * terms that depend on one column only (ln Γ(r + x), ψ(b + x)) once per value instead of once
 * per customer.
 *
 * @example
 * const { values, index } = distinctValues(Float64Array.of(2, 0, 2, 5));
 * values; // Float64Array [2, 0, 5]
 * index; // Int32Array [0, 1, 0, 2]
 */
export function distinctValues(column: ArrayLike<number>): DistinctValues {
  const positions = new Map<number, number>();
  // Position + 1 of each small whole value seen (counts such as x mostly are): an array index
  // is many times quicker than a Map keyed by numbers.
  const dense = new Int32Array(Math.min(DENSE_LIMIT, 2 * column.length + 16));
  const index = new Int32Array(column.length);
  const values: number[] = [];
  for (let row = 0; row < column.length; row++) {
    const value = column[row];
    const slot = value | 0; // −0 | 0 is 0, as the Map takes −0 for 0
    const inTable = slot === value && slot >= 0 && slot < dense.length;
    let position = inTable ? dense[slot] - 1 : (positions.get(value) ?? -1);
    if (position < 0) {
      position = values.length;
      if (inTable) dense[slot] = position + 1;
      else positions.set(value, position);
      values.push(value);
    }
    index[row] = position;
  }
  return { values: Float64Array.from(values), index };
}
