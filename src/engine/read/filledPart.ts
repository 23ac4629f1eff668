/**
 * The first `length` entries of a column filled from its start: the column itself (a view) when
 * at least three quarters full, as after one large block of rows, since a copy of a million
 * entries costs as much as filling them, in fresh memory; a copy otherwise, so a result never
 * holds much unused room.
 *
 * @example
 * filledPart(Int32Array.of(1, 2, 3, 0), 3); // Int32Array [1, 2, 3], a view of the column
 * filledPart(Int32Array.of(1, 0, 0, 0), 1); // Int32Array [1], a copy
 */
export function filledPart<T extends Int32Array | Float64Array>(column: T, length: number): T {
  return (
    4 * length >= 3 * column.length ? column.subarray(0, length) : column.slice(0, length)
  ) as T;
}
