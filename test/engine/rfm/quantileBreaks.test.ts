import { quantileBreaks } from "../../../src/engine/rfm/quantileBreaks";

describe("quantileBreaks", () => {
  it("gives the bins − 1 inner type-7 quantiles of unsorted values", () => {
    const breaks = quantileBreaks(Float64Array.of(10, 3, 7, 1, 5, 9, 2, 8, 4, 6), 5);
    expect(breaks).toHaveLength(4);
    [2.8, 4.6, 6.4, 8.2].forEach((expected, index) =>
      expect(breaks[index]).toBeCloseTo(expected, 12)
    );
  });

  it("leaves NaN out", () => {
    expect(Array.from(quantileBreaks(Float64Array.of(NaN, 1, 2, NaN, 3, 4, 5), 2))).toEqual([3]);
  });

  it("repeats a break when values are tied", () => {
    // R: quantile(c(1, 1, 1, 1, 2, 3), c(1/3, 2/3)) -> 1.000000 1.333333
    const breaks = quantileBreaks(Float64Array.of(1, 1, 1, 1, 2, 3), 3);
    expect(breaks[0]).toBe(1);
    expect(breaks[1]).toBeCloseTo(4 / 3, 12);
    expect(Array.from(quantileBreaks(Float64Array.of(7, 7, 7, 7), 4))).toEqual([7, 7, 7]);
  });

  it("gives NaN breaks when there is no number", () => {
    expect(Array.from(quantileBreaks(Float64Array.of(NaN, NaN), 3))).toEqual([NaN, NaN]);
  });
});
