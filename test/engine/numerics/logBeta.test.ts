import { logBeta } from "../../../src/engine/numerics/logBeta";

describe("logBeta", () => {
  it("is ln((a−1)!(b−1)!/(a+b−1)!) for whole numbers", () => {
    expect(logBeta(1, 1)).toBeCloseTo(0, 14);
    expect(logBeta(2, 3)).toBeCloseTo(Math.log(1 / 12), 14);
    expect(logBeta(5, 7)).toBeCloseTo(Math.log((24 * 720) / 39916800), 13);
  });

  it("matches mpmath for the sBG regular-cohort parameters and for large arguments", () => {
    expect(logBeta(0.704, 1.182)).toBeCloseTo(0.2199483729550975, 14);
    expect(logBeta(300.5, 200.25) / -338.4652967030089).toBeCloseTo(1, 14);
  });

  it("is symmetric", () => {
    expect(logBeta(0.3, 8.5)).toBe(logBeta(8.5, 0.3));
  });
});
