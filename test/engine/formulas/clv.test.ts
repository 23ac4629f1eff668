import fc from "fast-check";
import { formulaClv } from "../../../src/engine/formulas/clv";
import { InputError } from "../../../src/engine/inputError";
import { PUBLISHED } from "../../fixtures/published";

interface SeedCase {
  aov: number;
  purchases_per_year: number;
  years: number;
  clv: number;
}

describe("formulaClv", () => {
  const seeds: SeedCase[] = PUBLISHED.formula_clv_seed_examples.cases;

  it("has the four published seed examples", () => {
    expect(seeds.map((seed) => seed.clv)).toEqual([7500, 4800, 14400, 3000]);
  });

  it.each(seeds)(
    "reproduces the seed example AOV $aov × $purchases_per_year × $years = $clv",
    (seed) => {
      expect(formulaClv(seed.aov, seed.purchases_per_year, seed.years)).toBe(seed.clv);
    }
  );

  it("applies the gross margin and subtracts the acquisition cost once", () => {
    // 500 × 3 × 0.4 × 5 − 1000
    expect(formulaClv(500, 3, 5, 0.4, 0, 1000)).toBe(2000);
  });

  it("discounts whole periods and a fractional last period pro rata", () => {
    // V = 100, n = 2.5, d = 0.1: 100/1.1 + 100/1.21 + 0.5 · 100/1.331
    expect(formulaClv(100, 1, 2.5, 1, 0.1)).toBeCloseTo(90.9090909 + 82.6446281 + 37.56574, 6);
    expect(formulaClv(50, 2, 2.5, 1, 0.1)).toBeCloseTo(211.1194591, 6);
  });

  it("discounts a whole number of periods as the annuity sum", () => {
    // 1000 × (1/1.08 + 1/1.08² + 1/1.08³) − 500
    expect(formulaClv(250, 4, 3, 1, 0.08, 500)).toBeCloseTo(
      925.925926 + 857.33882 + 793.832241 - 500,
      5
    );
  });

  it("keeps precision for a tiny discount rate, tending to the undiscounted value", () => {
    expect(formulaClv(500, 3, 5, 1, 1e-12)).toBeCloseTo(7500, 6);
  });

  it("values a lifespan shorter than one period pro rata, discounted one period", () => {
    expect(formulaClv(100, 1, 0.5, 1, 0.25)).toBeCloseTo(40, 12);
    expect(formulaClv(100, 1, 0)).toBe(0);
  });

  it.each([
    [[-1, 3, 5], "average_order_value", "value"],
    [[500, -3, 5], "purchases_per_period", "value"],
    [[500, 3, -5], "lifespan_periods", "value"],
    [[500, 3, 5, 1.2], "gross_margin", "value"],
    [[500, 3, 5, -0.1], "gross_margin", "value"],
    [[500, 3, 5, 1, 1], "discount_rate", "value"],
    [[500, 3, 5, 1, 10], "discount_rate", "value"],
    [[500, 3, 5, 1, -0.05], "discount_rate", "value"],
    [[500, 3, 5, 1, 0, -1], "acquisition_cost", "value"],
    [[NaN, 3, 5], "average_order_value", "value"],
    [[500, Infinity, 5], "purchases_per_period", "value"],
    [[500, 3, 5, NaN], "gross_margin", "value"],
    [[500, 3, 5, 1, NaN], "discount_rate", "value"],
    [[500, 3, 5, 1, 0, -Infinity], "acquisition_cost", "value"],
  ] as const)("rejects %p on %s as %s", (args, argument, kind) => {
    const call = () => (formulaClv as (...values: number[]) => number)(...args);
    expect(call).toThrow(InputError);
    expect(call).toThrow(expect.objectContaining({ argument, kind }));
  });

  it("says why a discount rate of 10 is refused", () => {
    expect(() => formulaClv(500, 3, 5, 1, 10)).toThrow(
      "discount_rate: must be at least 0 and below 1, e.g. 0.1 for 10 % per period"
    );
  });

  it("rises with each positive input and falls with the discount rate and acquisition cost", () => {
    // [average_order_value, purchases_per_period, lifespan_periods, gross_margin, discount_rate, acquisition_cost]
    const limits = [1e5, 100, 50, 1, 0.999, 1e5];
    const inputs = fc.tuple(
      ...limits.map((max) => fc.double({ min: 0, max, noNaN: true })),
      fc.integer({ min: 0, max: 5 }),
      fc.double({ min: 0, max: 1, noNaN: true })
    );
    const atMost = (low: number, high: number) => low <= high + 1e-9 * Math.abs(high);
    fc.assert(
      fc.property(inputs, (drawn) => {
        const values = drawn.slice(0, 6) as number[];
        const [argument, fraction] = drawn.slice(6) as number[];
        const larger = values.slice();
        larger[argument] += (limits[argument] - values[argument]) * fraction;
        const before = formulaClv(...(values as [number, number, number, number, number, number]));
        const after = formulaClv(...(larger as [number, number, number, number, number, number]));
        return argument >= 4 ? atMost(after, before) : atMost(before, after);
      }),
      { numRuns: 5000 }
    );
  });
});
