import { groupSimpleClv } from "../../../src/engine/formulas/groupSimpleClv";
import { PUBLISHED } from "../../fixtures/published";

const DAYS_PER_YEAR = 365.25;

describe("groupSimpleClv", () => {
  it("gives the seed articles' CLV for one customer observed over the whole lifespan", () => {
    for (const seed of PUBLISHED.formula_clv_seed_examples.cases) {
      const days = seed.years * DAYS_PER_YEAR;
      const orders = seed.purchases_per_year * seed.years;
      const group = {
        customers: 1,
        orders,
        revenue: seed.aov * orders,
        lifespanDays: days,
        observationDays: days,
      };
      expect(groupSimpleClv(group)).toBeCloseTo(seed.clv, 9);
      expect(groupSimpleClv(group, 0.4)).toBeCloseTo(0.4 * seed.clv, 9);
    }
  });

  it("averages the lifespans over the customers", () => {
    const group = { customers: 2, orders: 3, revenue: 60, lifespanDays: 100, observationDays: 101 };
    expect(groupSimpleClv(group)).toBeCloseTo(20 * (1.5 / (101 / 365.25)) * (50 / 365.25), 12);
  });

  it("is NaN when refunds outweigh sales or a figure is missing", () => {
    const group = { customers: 1, orders: 2, revenue: -5, lifespanDays: 10, observationDays: 30 };
    expect(groupSimpleClv(group)).toBeNaN();
    expect(groupSimpleClv({ ...group, revenue: 50, lifespanDays: NaN })).toBeNaN();
  });
});
