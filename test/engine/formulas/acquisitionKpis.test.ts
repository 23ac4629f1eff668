import {
  clvToCacRatio,
  costPerAcquisition,
  customerAcquisitionCost,
  paybackPeriods,
  returnOnInvestment,
} from "../../../src/engine/formulas/acquisitionKpis";

describe("customerAcquisitionCost", () => {
  it("is spend per new customer: 5000 / 40 = 125", () => {
    expect(customerAcquisitionCost(5000, 40)).toBe(125);
  });

  it("throws #DIV/0! without new customers and #VALUE! for negative spend", () => {
    expect(() => customerAcquisitionCost(5000, 0)).toThrow(
      expect.objectContaining({ argument: "new_customers", kind: "div" })
    );
    expect(() => customerAcquisitionCost(-1, 4)).toThrow(
      expect.objectContaining({ argument: "acquisition_spend", kind: "value" })
    );
  });
});

describe("costPerAcquisition", () => {
  it("is spend per acquisition: 1200 / 48 = 25", () => {
    expect(costPerAcquisition(1200, 48)).toBe(25);
  });

  it("names its own arguments", () => {
    expect(() => costPerAcquisition(1200, 0)).toThrow(
      expect.objectContaining({ argument: "acquisitions", kind: "div" })
    );
    expect(() => costPerAcquisition(-5, 3)).toThrow(
      expect.objectContaining({ argument: "spend", kind: "value" })
    );
  });
});

describe("returnOnInvestment", () => {
  it("is (return − cost) / cost: (150 − 100) / 100 = 0.5", () => {
    expect(returnOnInvestment(150, 100)).toBe(0.5);
  });

  it("is negative for a loss and −1 for no return", () => {
    expect(returnOnInvestment(80, 100)).toBe(-0.2);
    expect(returnOnInvestment(0, 100)).toBe(-1);
  });

  it("is below −1 for a return that is itself a loss, as CLV:CAC − 1 is for a negative CLV", () => {
    expect(returnOnInvestment(-50, 100)).toBe(-1.5);
    expect(returnOnInvestment(-371.81, 12.71)).toBeCloseTo(clvToCacRatio(-371.81, 12.71) - 1, 12);
  });

  it("throws #DIV/0! for zero cost", () => {
    expect(() => returnOnInvestment(150, 0)).toThrow(
      expect.objectContaining({ argument: "cost", kind: "div" })
    );
  });
});

describe("clvToCacRatio", () => {
  it("is CLV / CAC: 900 / 300 = 3, negative for a customer who never pays back", () => {
    expect(clvToCacRatio(900, 300)).toBe(3);
    expect(clvToCacRatio(-150, 300)).toBe(-0.5);
  });

  it("throws #DIV/0! for zero CAC and #VALUE! for a negative one", () => {
    expect(() => clvToCacRatio(900, 0)).toThrow(expect.objectContaining({ kind: "div" }));
    expect(() => clvToCacRatio(900, -1)).toThrow(
      expect.objectContaining({ argument: "cac", kind: "value" })
    );
  });
});

describe("paybackPeriods", () => {
  it("is CAC / margin per period: 300 / 50 = 6", () => {
    expect(paybackPeriods(300, 50)).toBe(6);
  });

  it("throws #DIV/0! for zero margin and #VALUE! for a negative one", () => {
    expect(() => paybackPeriods(300, 0)).toThrow(
      expect.objectContaining({ argument: "margin_per_period", kind: "div" })
    );
    expect(() => paybackPeriods(300, -10)).toThrow(
      expect.objectContaining({ argument: "margin_per_period", kind: "value" })
    );
  });
});
