import fc from "fast-check";
import { distinctValues } from "../../../src/engine/models/distinctValues";

/** The same by a Map alone, as SameValueZero compares: −0 and 0 one value, NaN one value. */
function byMap(column: number[]): { values: number[]; index: number[] } {
  const positions = new Map<number, number>();
  const values: number[] = [];
  const index = column.map((value) => {
    if (!positions.has(value)) {
      positions.set(value, values.length);
      values.push(value);
    }
    return positions.get(value) as number;
  });
  return { values, index };
}

describe("distinctValues", () => {
  it("numbers each value in order of first appearance, small whole values and others alike", () => {
    const column = [2, 0, 2, 5, 70_000, 2.5, -1, 70_000, -0, 5, NaN, NaN, 1e300];
    const { values, index } = distinctValues(Float64Array.from(column));
    expect(Array.from(values)).toEqual([2, 0, 5, 70_000, 2.5, -1, NaN, 1e300]);
    expect(Array.from(index)).toEqual([0, 1, 0, 2, 3, 4, 5, 3, 1, 2, 6, 6, 7]);
  });

  it("agrees with a Map on any column", () => {
    const cell = fc.oneof(
      fc.integer({ min: -3, max: 40 }),
      fc.constantFrom(-0, 0.5, 65_535, 65_536, 1e9, NaN, Infinity),
      fc.double()
    );
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 60 }), (column) => {
        const { values, index } = distinctValues(Float64Array.from(column));
        const expected = byMap(column);
        expect(Array.from(index)).toEqual(expected.index);
        expect(Array.from(values).map((value) => value + 0)).toEqual(
          expected.values.map((value) => value + 0)
        );
      })
    );
  });
});
