import { bgnbdConditionalExpectedPurchases } from "../../../src/engine/models/bgnbd";
import { predictedClv } from "../../../src/engine/models/predictedClv";

describe("predictedClv", () => {
  it("discounts each month's purchases, with months of 365.25/12 days", () => {
    // 0.1 purchases a week; one month = 30.4375/7 weeks, so 0.434821… purchases a month;
    // 50 × 0.4348214 × (1/1.01 + 1/1.01² + 1/1.01³) = 21.741071 × 2.9409852 = 63.940169.
    const value = predictedClv((t) => 0.1 * t, 50, {
      horizonMonths: 3,
      monthlyDiscountRate: 0.01,
      timeUnit: "W",
    });
    expect(value).toBeCloseTo(63.940169, 5);
  });

  it("sums monthly increments, not the cumulative count each month", () => {
    // Cumulative purchases 1, 1.5, 1.75 after months 1–3 (t in months): increments 1, 0.5, 0.25,
    // so 10 × 1.75 = 17.5; summing the cumulative counts would give 10 × 4.25.
    const value = predictedClv((t) => 2 - 2 ** (1 - t), 10, {
      horizonMonths: 3,
      timeUnit: "M",
    });
    expect(value).toBeCloseTo(17.5, 12);
  });

  it("works with a days-based model", () => {
    const value = predictedClv((t) => t / 100, 1, { horizonMonths: 12, timeUnit: "D" });
    expect(value).toBeCloseTo(3.6525, 12);
  });

  it("takes a BG/NBD customer's conditional expected purchases", () => {
    const params = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
    const expected = (t: number): number =>
      bgnbdConditionalExpectedPurchases(params, t, 2, 30.43, 38.86);
    // Undiscounted, the value is the spend times the purchases expected over the horizon.
    const months = 9;
    const weeks = (months * 365.25) / 12 / 7;
    const value = predictedClv(expected, 20, { horizonMonths: months, timeUnit: "W" });
    expect(value).toBeCloseTo(20 * expected(weeks), 10);
  });

  it("rejects a discount rate given as a percentage", () => {
    expect(() =>
      predictedClv((t) => t, 1, { horizonMonths: 1, monthlyDiscountRate: 10, timeUnit: "M" })
    ).toThrow("discount_rate");
  });
});
