import { quantileBreaks, rfmPackageBreaks } from "../../../src/engine/rfm/quantileBreaks";

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

describe("rfmPackageBreaks", () => {
  it("gives the type-7 quantiles + 1 of unsorted values, as the R rfm package's bins()", () => {
    // quantiles 180, 383, 505.4, 606 (505.4 = 505 + 0.4·(506 − 505))
    const breaks = rfmPackageBreaks(Float64Array.of(506, 100, 1006, 505, 200), 5);
    expect(breaks).toHaveLength(4);
    [181, 384, 506.4, 607].forEach((expected, index) =>
      expect(breaks[index]).toBeCloseTo(expected, 12)
    );
    expect(Array.from(rfmPackageBreaks(Float64Array.of(1, 2, 3, 4, 5, 6, 7, 8, 9), 4))).toEqual([
      4, 6, 8,
    ]);
  });

  it("computes in R's floating-point steps", () => {
    // R: probs = seq(0, 1, length.out = 6) = 0, 0.2, 0.4, 3·0.2 = 0.6000000000000001, 0.8, 1;
    // index = 1 + 3·p = 1.6, 2.2, 2.8000000000000003, 3.4000000000000004; between 0 and 5 the
    // quantile is (1 − h)·0 + h·5 with h = 0.20000000000000018 and 0.8000000000000003.
    const breaks = rfmPackageBreaks(Float64Array.of(0, 0, 5, 5), 5);
    expect(Array.from(breaks)).toEqual([1, 2.000000000000001, 5.000000000000002, 6]);
    expect(breaks[2]).toBeGreaterThan(5); // exact arithmetic would give 4 + 1
  });

  it("leaves NaN out, repeats a break for ties and gives NaN breaks without a number", () => {
    expect(Array.from(rfmPackageBreaks(Float64Array.of(NaN, 1, 2, NaN, 3, 4, 5), 2))).toEqual([4]);
    expect(Array.from(rfmPackageBreaks(Float64Array.of(7, 7, 7, 7), 4))).toEqual([8, 8, 8]);
    expect(Array.from(rfmPackageBreaks(Float64Array.of(NaN, NaN), 3))).toEqual([NaN, NaN]);
  });
});
