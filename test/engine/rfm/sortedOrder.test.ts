import fc from "fast-check";
import { sortedOrder } from "../../../src/engine/rfm/sortedOrder";

describe("sortedOrder", () => {
  it("lists positions in ascending value order, ties in position order, NaN left out", () => {
    expect(Array.from(sortedOrder(Float64Array.of(30, 10, NaN, 20, 10)))).toEqual([1, 4, 3, 0]);
  });

  it("orders negatives, -0, 0, fractions and extremes numerically", () => {
    const values = Float64Array.of(0, -0, -1.5, 1e300, -1e300, 2.25, -Infinity, Infinity, 5e-324);
    expect(Array.from(sortedOrder(values))).toEqual([6, 4, 2, 0, 1, 8, 5, 3, 7]);
  });

  it("agrees with a stable comparison sort", () => {
    const values = fc.array(
      fc.oneof(fc.double(), fc.integer({ min: -5, max: 5 }), fc.constant(NaN)),
      { maxLength: 200 }
    );
    fc.assert(
      fc.property(values, (drawn) => {
        const expected = drawn
          .map((value, position) => ({ value: value + 0, position }))
          .filter(({ value }) => !Number.isNaN(value))
          .sort((a, b) =>
            a.value < b.value ? -1 : a.value > b.value ? 1 : a.position - b.position
          )
          .map(({ position }) => position);
        expect(Array.from(sortedOrder(Float64Array.from(drawn)))).toEqual(expected);
      }),
      { numRuns: 1000 }
    );
  });
});
