/**
 * `column` itself when it holds `needed` entries, else a copy of it at the start of a typed
 * array of `needed` entries and at least twice its length: how the builders make room for a
 * block of rows in one step, as growing by doubling from 1,024 to a million rows copies the
 * columns ten times.
 *
 * @example
 * withRoom(Int32Array.of(4, 5), 3); // Int32Array [4, 5, 0, 0]
 * withRoom(Int32Array.of(4, 5), 9).length; // 9
 * withRoom(Int32Array.of(4, 5), 2); // the same array
 */
export function withRoom<T extends Int32Array | Float64Array>(column: T, needed: number): T {
  if (needed <= column.length) return column;
  const capacity = Math.max(needed, 2 * column.length);
  const larger = new (column.constructor as new (length: number) => T)(capacity);
  larger.set(column);
  return larger;
}
