/**
 * A typed array of twice the length holding a copy of `column` at its start: how the builders
 * grow their columns as rows arrive.
 *
 * @example
 * doubledArray(Int32Array.of(4, 5)); // Int32Array [4, 5, 0, 0]
 */
export function doubledArray<T extends Int32Array | Float64Array>(column: T): T {
  const larger = new (column.constructor as new (length: number) => T)(column.length * 2);
  larger.set(column);
  return larger;
}
