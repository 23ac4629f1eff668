import { averageOrderValue, purchaseFrequency } from "../../../src/engine/formulas/orderKpis";

describe("averageOrderValue", () => {
  it("divides revenue by orders: 10000 / 200 = 50", () => {
    expect(averageOrderValue(10000, 200)).toBe(50);
  });

  it("allows negative revenue (refunds outweigh sales)", () => {
    expect(averageOrderValue(-300, 6)).toBe(-50);
  });

  it("throws #DIV/0! for no orders and #VALUE! for negative orders", () => {
    expect(() => averageOrderValue(100, 0)).toThrow(
      expect.objectContaining({ argument: "orders", kind: "div" })
    );
    expect(() => averageOrderValue(100, -2)).toThrow(
      expect.objectContaining({ argument: "orders", kind: "value" })
    );
    expect(() => averageOrderValue(NaN, 2)).toThrow(
      expect.objectContaining({ argument: "revenue", kind: "value" })
    );
  });
});

describe("purchaseFrequency", () => {
  it("divides orders by customers: 200 / 80 = 2.5", () => {
    expect(purchaseFrequency(200, 80)).toBe(2.5);
  });

  it("throws #DIV/0! for no customers and #VALUE! for negative counts", () => {
    expect(() => purchaseFrequency(10, 0)).toThrow(
      expect.objectContaining({ argument: "customers", kind: "div" })
    );
    expect(() => purchaseFrequency(-1, 5)).toThrow(
      expect.objectContaining({ argument: "orders", kind: "value" })
    );
  });
});
