import fc from "fast-check";
import { binScores, lowerBoundScores } from "../../../src/engine/rfm/binScores";
import { quantileBreaks, rfmPackageBreaks } from "../../../src/engine/rfm/quantileBreaks";

describe("binScores", () => {
  it("scores 1..10 into five bins of two", () => {
    const values = Float64Array.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    expect(Array.from(binScores(values, quantileBreaks(values, 5)))).toEqual([
      1, 1, 2, 2, 3, 3, 4, 4, 5, 5,
    ]);
  });

  it("puts a value equal to a break in the lower bin: intervals are (b[i−1], b[i]]", () => {
    expect(
      Array.from(binScores(Float64Array.of(2, 2.0001, 4, 4.5), Float64Array.of(2, 4)))
    ).toEqual([1, 2, 2, 3]);
  });

  it("gives tied values the same score", () => {
    const values = Float64Array.of(3, 1, 3, 3, 2, 3, 5, 3);
    const scores = binScores(values, quantileBreaks(values, 4));
    const tiedScores = new Set([0, 2, 3, 5, 7].map((index) => scores[index]));
    expect(tiedScores.size).toBe(1);
  });

  it("skips a score when breaks are duplicated, as R's rfm package does", () => {
    expect(Array.from(binScores(Float64Array.of(1, 2, 3), Float64Array.of(1, 1)))).toEqual([
      1, 3, 3,
    ]);
    // R: quantile(c(rep(0, 7), 1, 2, 3), seq(.2, .8, .2)) -> 0.0 0.0 0.0 1.2
    const values = Float64Array.of(0, 0, 0, 0, 0, 0, 0, 1, 2, 3);
    const breaks = quantileBreaks(values, 5);
    expect(Array.from(breaks.subarray(0, 3))).toEqual([0, 0, 0]);
    expect(breaks[3]).toBeCloseTo(1.2, 12);
    expect(Array.from(binScores(values, breaks))).toEqual([1, 1, 1, 1, 1, 1, 1, 4, 5, 5]);
  });

  it("scores NaN 0", () => {
    expect(Array.from(binScores(Float64Array.of(NaN, 5), Float64Array.of(4)))).toEqual([0, 2]);
  });
});

describe("lowerBoundScores", () => {
  it("puts a value equal to a bound in the higher bin: intervals are [l[i−1], l[i])", () => {
    expect(
      Array.from(lowerBoundScores(Float64Array.of(1.9999, 2, 3.9999, 4), Float64Array.of(2, 4)))
    ).toEqual([1, 2, 2, 3]);
  });

  it("scores the R rfm package's breaks: 506 is below 505.4 + 1", () => {
    const days = Float64Array.of(100, 200, 505, 506, 1006);
    expect(Array.from(lowerBoundScores(days, rfmPackageBreaks(days, 5)))).toEqual([1, 2, 3, 3, 5]);
  });

  it("skips a score when bounds are duplicated and gives ties one score", () => {
    expect(Array.from(lowerBoundScores(Float64Array.of(2, 3, 3), Float64Array.of(3, 3)))).toEqual([
      1, 3, 3,
    ]);
  });

  it("scores NaN 0", () => {
    expect(Array.from(lowerBoundScores(Float64Array.of(NaN, 5), Float64Array.of(5)))).toEqual([
      0, 2,
    ]);
    expect(Array.from(lowerBoundScores(Float64Array.of(NaN, NaN), Float64Array.of(5)))).toEqual([
      0, 0,
    ]);
  });

  it("scores whole numbers, fractions, infinities and wide ranges by counting the bounds at or below", () => {
    const column = fc.oneof(
      fc.array(fc.integer({ min: -40, max: 40 }), { maxLength: 60 }),
      fc.array(fc.oneof(fc.integer({ min: -40, max: 40 }), fc.constant(NaN)), { maxLength: 60 }),
      fc.array(fc.double({ min: -50, max: 50 }), { maxLength: 60 }),
      fc.array(fc.oneof(fc.constant(-Infinity), fc.integer(), fc.constant(Infinity)), {
        maxLength: 20,
      })
    );
    const bounds = fc.array(fc.double({ min: -45, max: 45, noNaN: true }), { maxLength: 9 });
    fc.assert(
      fc.property(column, bounds, (numbers, unsorted) => {
        const lower = Float64Array.from(unsorted).sort();
        const byCount = numbers.map((value) =>
          Number.isNaN(value) ? 0 : 1 + lower.filter((bound) => bound <= value).length
        );
        expect(Array.from(lowerBoundScores(Float64Array.from(numbers), lower))).toEqual(byCount);
      })
    );
  });
});
