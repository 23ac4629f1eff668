import { numberSpan } from "../../../src/engine/rfm/numberSpan";

describe("numberSpan", () => {
  test("counts the numbers and finds their range, NaN passed over", () => {
    expect(numberSpan(Float64Array.of(3, NaN, 1, 7))).toEqual({
      count: 3,
      minimum: 1,
      maximum: 7,
      whole: true,
      countable: true,
    });
  });

  test("a fraction anywhere makes the column fractional, not countable", () => {
    const span = numberSpan(Float64Array.of(4, 2, 9.5, 1));
    expect([span.whole, span.countable, span.minimum, span.maximum]).toEqual([
      false,
      false,
      1,
      9.5,
    ]);
  });

  test("whole but not countable: an infinity, a range of 2^20 or more, no number at all", () => {
    const infinite = numberSpan(Float64Array.of(1, Infinity));
    expect([infinite.whole, infinite.countable]).toEqual([true, false]);
    expect(numberSpan(Float64Array.of(0, 2 ** 20 - 1)).countable).toBe(true);
    expect(numberSpan(Float64Array.of(0, 2 ** 20)).countable).toBe(false);
    expect(numberSpan(Float64Array.of(NaN))).toEqual({
      count: 0,
      minimum: Infinity,
      maximum: -Infinity,
      whole: true,
      countable: false,
    });
  });
});
