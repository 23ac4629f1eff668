import { formulaClv } from "../engine/formulas/clv";
import { excelFormula } from "./excelFormula";

const clvCells = excelFormula(
  formulaClv,
  ["average_order_value", "purchases_per_period", "lifespan_periods"],
  ["gross_margin", "discount_rate", "acquisition_cost"]
);

/**
 * Customer lifetime value from average order value, purchase frequency and lifespan.
 * @customfunction CLV
 * @param averageOrderValue Average revenue per order.
 * @param purchasesPerPeriod Orders per customer per period (usually a year).
 * @param lifespanPeriods Expected customer lifespan in periods; may be fractional.
 * @param [grossMargin] Share of revenue kept as profit, 0–1. Default 1.
 * @param [discountRate] Discount rate per period, 0 to below 1, e.g. 0.1 for 10 %. Default 0.
 * @param [acquisitionCost] Cost of acquiring the customer, subtracted once. Default 0.
 * @returns The customer's lifetime value; ranges give one value per cell, and blank rows at the
 * bottom of a range are left out. An optional argument left out takes its default, but a blank
 * cell in a range given for it is #VALUE! in its row. An argument out of its range (a margin of
 * 40 for 40 %, a discount rate of 10) is #VALUE! with a message that says what it takes.
 * @example
 * =CX.CLV(500, 3, 5) → 7500
 * =CX.CLV(A2:A10, 3, C2:C10, 0.4, 0.1) → one discounted CLV per row
 */
export function clv(
  averageOrderValue: unknown[][],
  purchasesPerPeriod: unknown[][],
  lifespanPeriods: unknown[][],
  grossMargin?: unknown[][],
  discountRate?: unknown[][],
  acquisitionCost?: unknown[][]
): unknown[][] {
  return clvCells(
    averageOrderValue,
    purchasesPerPeriod,
    lifespanPeriods,
    grossMargin,
    discountRate,
    acquisitionCost
  );
}
