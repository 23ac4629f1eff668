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
  const index = new Int32Array(column.length);
  const values: number[] = [];
  for (let row = 0; row < column.length; row++) {
    let position = positions.get(column[row]);
    if (position === undefined) {
      position = values.length;
      positions.set(column[row], position);
      values.push(column[row]);
    }
    index[row] = position;
  }
  return { values: Float64Array.from(values), index };
}
