import { periodDiscountRate } from "../../../src/engine/subscriptions/periodDiscountRate";

describe("periodDiscountRate", () => {
  it("compounds the monthly rate over the period's months", () => {
    expect(periodDiscountRate(0.01, "month")).toBeCloseTo(0.01, 16);
    expect(periodDiscountRate(0.01, "quarter")).toBeCloseTo(1.01 * 1.01 * 1.01 - 1, 15);
    expect(periodDiscountRate(0.01, "year")).toBeCloseTo(0.12682503013196977, 15);
    // Fifty-two weeks and a day and a quarter are a year (365.25 days): the rates compound to it.
    const week = periodDiscountRate(0.01, "week");
    expect(Math.pow(1 + week, 365.25 / 7)).toBeCloseTo(1.01 ** 12, 12);
    expect(periodDiscountRate(0, "year")).toBe(0);
  });
});
