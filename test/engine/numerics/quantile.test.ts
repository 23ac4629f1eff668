import { quantileSorted } from "../../../src/engine/numerics/quantile";

const oneToTen = Float64Array.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);

describe("quantileSorted (type 7)", () => {
  it("interpolates as R's quantile() and numpy's linear method", () => {
    // R: quantile(1:10, c(.2, .4, .6, .8)) -> 2.8 4.6 6.4 8.2
    expect(quantileSorted(oneToTen, 0.2)).toBeCloseTo(2.8, 12);
    expect(quantileSorted(oneToTen, 0.4)).toBeCloseTo(4.6, 12);
    expect(quantileSorted(oneToTen, 0.6)).toBeCloseTo(6.4, 12);
    expect(quantileSorted(oneToTen, 0.8)).toBeCloseTo(8.2, 12);
    // R: quantile(c(1, 3, 7, 15), .25) -> 2.5; median of 1..4 -> 2.5
    expect(quantileSorted(Float64Array.of(1, 3, 7, 15), 0.25)).toBe(2.5);
    expect(quantileSorted(Float64Array.of(1, 2, 3, 4), 0.5)).toBe(2.5);
  });

  it("returns the extremes at 0 and 1 and the only value of a single-value sample", () => {
    expect(quantileSorted(oneToTen, 0)).toBe(1);
    expect(quantileSorted(oneToTen, 1)).toBe(10);
    expect(quantileSorted(Float64Array.of(42), 0.3)).toBe(42);
  });

  it("is NaN for no values", () => {
    expect(quantileSorted(new Float64Array(0), 0.5)).toBeNaN();
  });

  it("lands exactly on a data point when (n − 1)·p is whole but rounds just below it", () => {
    // 90 × 0.7 evaluates to 62.99999999999999 in floating point; the quantile is the 64th value, 63.
    const zeroToNinety = Float64Array.from({ length: 91 }, (_, index) => index);
    expect(90 * 0.7).toBeLessThan(63);
    expect(quantileSorted(zeroToNinety, 0.7)).toBe(63);
  });

  it("returns a tied value exactly", () => {
    expect(quantileSorted(Float64Array.of(1, 5, 5, 5, 9), 0.4)).toBe(5);
  });
});
