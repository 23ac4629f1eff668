import { requireDiscountRate } from "../../../src/engine/formulas/discountRate";

describe("requireDiscountRate", () => {
  it("passes rates from 0 to below 1", () => {
    expect(requireDiscountRate(0)).toBe(0);
    expect(requireDiscountRate(0.1)).toBe(0.1);
  });

  it.each([1, 10, -0.01])("rejects %p with #VALUE!", (rate) => {
    expect(() => requireDiscountRate(rate)).toThrow(
      expect.objectContaining({ argument: "discount_rate", kind: "value" })
    );
  });

  it("rejects a non-number with #VALUE!", () => {
    expect(() => requireDiscountRate(NaN)).toThrow(expect.objectContaining({ kind: "value" }));
  });
});
