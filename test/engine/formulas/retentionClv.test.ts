import fc from "fast-check";
import { retentionClv } from "../../../src/engine/formulas/retentionClv";

describe("retentionClv", () => {
  it("gives m·r/(1+d−r) with the margin at period end: 100·0.8/0.3", () => {
    expect(retentionClv(100, 0.8, 0.1)).toBeCloseTo(266.6666667, 6);
  });

  it("gives m·(1+d)/(1+d−r) with the margin at period start: 100·1.1/0.3", () => {
    expect(retentionClv(100, 0.8, 0.1, 0, 1)).toBeCloseTo(366.6666667, 6);
  });

  it("equals the discounted sum of survival-weighted margins it closes", () => {
    // Σ_{t=1..2000} 100·0.8^t/1.1^t, and from t = 0 for timing 1
    let endOfPeriod = 0;
    for (let t = 1; t <= 2000; t++) endOfPeriod += 100 * (0.8 / 1.1) ** t;
    expect(retentionClv(100, 0.8, 0.1)).toBeCloseTo(endOfPeriod, 9);
    expect(retentionClv(100, 0.8, 0.1, 0, 1)).toBeCloseTo(endOfPeriod + 100, 9);
  });

  it("subtracts the acquisition cost once", () => {
    // 50·0.5/(1 + 0 − 0.5) − 20 = 50 − 20
    expect(retentionClv(50, 0.5, 0, 20)).toBe(30);
  });

  it("keeps no value when no customer is retained, except the first margin at timing 1", () => {
    expect(retentionClv(100, 0, 0.1)).toBe(0);
    expect(retentionClv(100, 0, 0.1, 0, 1)).toBeCloseTo(100, 12);
  });

  it.each([
    [[100, 1, 0.1], "retention_rate", "value"],
    [[100, -0.1, 0.1], "retention_rate", "value"],
    [[100, 0.8, 1], "discount_rate", "value"],
    [[100, 0.8, -0.1], "discount_rate", "value"],
    [[-1, 0.8, 0.1], "margin_per_period", "value"],
    [[100, 0.8, 0.1, -5], "acquisition_cost", "value"],
    [[100, 0.8, 0.1, 0, 2], "timing", "value"],
    [[100, 0.8, 0.1, 0, 0.5], "timing", "value"],
    [[NaN, 0.8, 0.1], "margin_per_period", "value"],
  ])("rejects %p on %s (%s)", (args, argument, kind) => {
    expect(() => (retentionClv as (...values: number[]) => number)(...(args as number[]))).toThrow(
      expect.objectContaining({ argument, kind })
    );
  });

  it("says why a retention rate of 1 has no value", () => {
    expect(() => retentionClv(100, 1, 0.1)).toThrow(/keeps customers for ever/);
  });

  it("rises with the margin and the retention rate and falls with the discount rate", () => {
    // up to rounding: at r = 0 and timing 1 the value is m·(1+d)/(1+d) for every d
    const atMost = (low: number, high: number) => low <= high + 1e-12 * Math.abs(high);
    const margin = fc.double({ min: 0, max: 1e6, noNaN: true });
    const rate = fc.double({ min: 0, max: 0.999, noNaN: true });
    const timing = fc.constantFrom(0, 1);
    fc.assert(
      fc.property(margin, margin, rate, rate, rate, rate, timing, (m1, m2, r1, r2, d1, d2, t) => {
        const [mLow, mHigh] = [Math.min(m1, m2), Math.max(m1, m2)];
        const [rLow, rHigh] = [Math.min(r1, r2), Math.max(r1, r2)];
        const [dLow, dHigh] = [Math.min(d1, d2), Math.max(d1, d2)];
        return (
          atMost(retentionClv(mLow, r1, d1, 0, t), retentionClv(mHigh, r1, d1, 0, t)) &&
          atMost(retentionClv(m1, rLow, d1, 0, t), retentionClv(m1, rHigh, d1, 0, t)) &&
          atMost(retentionClv(m1, r1, dHigh, 0, t), retentionClv(m1, r1, dLow, 0, t))
        );
      }),
      { numRuns: 2000 }
    );
  });
});
