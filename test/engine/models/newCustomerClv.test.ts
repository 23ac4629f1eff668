import { newCustomerClv } from "../../../src/engine/models/newCustomerClv";

const cdnowSpend = { p: 6.25, q: 3.74, gamma: 15.44 };
// Gamma-Gamma population mean (note 025, eq. 4): 6.25 × 15.44 / 2.74
const meanSpend = (6.25 * 15.44) / 2.74;

describe("newCustomerClv", () => {
  it("values each month's new repeat purchases at the population mean spend, discounted", () => {
    // 0.05 purchases a week: 0.05 × 30.4375/7 a month, 1/1.01 + 1/1.01² for two months.
    const value = newCustomerClv((t) => 0.05 * t, cdnowSpend, {
      horizonMonths: 2,
      monthlyDiscountRate: 0.01,
      timeUnit: "W",
    });
    expect(value).toBeCloseTo(meanSpend * 0.05 * (30.4375 / 7) * (1 / 1.01 + 1 / 1.01 ** 2), 12);
    expect(
      newCustomerClv((t) => 0.05 * t, cdnowSpend, { horizonMonths: 1, timeUnit: "W" })
    ).toBeCloseTo(7.657, 3);
  });

  it("values a curve that reaches one repeat purchase within the first month at one discounted mean spend", () => {
    // A curve that jumps to 1 within the first month: one repeat purchase, discounted one month.
    const value = newCustomerClv((t) => (t > 0 ? 1 : 0), cdnowSpend, {
      horizonMonths: 24,
      monthlyDiscountRate: 0.01,
      timeUnit: "D",
    });
    expect(value).toBeCloseTo(meanSpend / 1.01, 12);
  });

  it("refuses q ≤ 1, where the mean spend does not exist", () => {
    const options = { horizonMonths: 12, timeUnit: "W" as const };
    expect(() => newCustomerClv((t) => t, { p: 6.25, q: 1, gamma: 15.44 }, options)).toThrow(
      expect.objectContaining({
        kind: "na",
        message: "spend_params: q must be above 1 for the mean spend p·gamma/(q − 1) to exist",
      })
    );
  });
});
