import {
  churnRate,
  customerLifespan,
  repeatRate,
  retentionRate,
} from "../../../src/engine/formulas/retentionKpis";

describe("repeatRate", () => {
  it("is repeat customers over customers: 60 / 200 = 0.3", () => {
    expect(repeatRate(60, 200)).toBe(0.3);
  });

  it("rejects more repeat customers than customers (#VALUE!) and no customers (#DIV/0!)", () => {
    expect(() => repeatRate(250, 200)).toThrow(
      expect.objectContaining({ argument: "repeat_customers", kind: "value" })
    );
    expect(() => repeatRate(0, 0)).toThrow(
      expect.objectContaining({ argument: "customers", kind: "div" })
    );
  });
});

describe("churnRate", () => {
  it("is customers lost over customers at the start: 50 / 200 = 0.25", () => {
    expect(churnRate(200, 50)).toBe(0.25);
  });

  it("rejects losing more customers than there were, and negative counts", () => {
    expect(() => churnRate(200, 201)).toThrow(
      expect.objectContaining({ argument: "customers_lost", kind: "value" })
    );
    expect(() => churnRate(-1, 0)).toThrow(
      expect.objectContaining({ argument: "customers_at_start", kind: "value" })
    );
  });
});

describe("retentionRate", () => {
  it("is (end − new) / start: (180 − 30) / 200 = 0.75", () => {
    expect(retentionRate(200, 180, 30)).toBe(0.75);
  });

  it("rejects more new customers than customers at the end", () => {
    expect(() => retentionRate(200, 20, 30)).toThrow(
      expect.objectContaining({ argument: "new_customers", kind: "value" })
    );
  });

  it("rejects keeping more customers than there were at the start", () => {
    expect(() => retentionRate(200, 250, 10)).toThrow(
      expect.objectContaining({
        argument: "customers_at_end",
        kind: "value",
        message: "customers_at_end: minus new_customers must not exceed customers_at_start",
      })
    );
    expect(retentionRate(200, 250, 60)).toBe(0.95);
  });

  it("throws #DIV/0! for no customers at the start", () => {
    expect(() => retentionRate(0, 10, 10)).toThrow(
      expect.objectContaining({ argument: "customers_at_start", kind: "div" })
    );
  });
});

describe("customerLifespan", () => {
  it("is 1 / churn rate: 1 / 0.25 = 4 periods", () => {
    expect(customerLifespan(0.25)).toBe(4);
    expect(customerLifespan(1)).toBe(1);
  });

  it("throws #DIV/0! for zero churn and #VALUE! outside 0..1", () => {
    expect(() => customerLifespan(0)).toThrow(expect.objectContaining({ kind: "div" }));
    expect(() => customerLifespan(25)).toThrow(
      expect.objectContaining({ argument: "churn_rate", kind: "value" })
    );
    expect(() => customerLifespan(-0.1)).toThrow(expect.objectContaining({ kind: "value" }));
  });
});
