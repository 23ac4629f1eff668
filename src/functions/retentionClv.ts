import { retentionClv } from "../engine/formulas/retentionClv";
import { excelFormula } from "./excelFormula";

const retentionClvCells = excelFormula(
  retentionClv,
  ["margin_per_period", "retention_rate", "discount_rate"],
  ["acquisition_cost", "timing"]
);

/**
 * Customer lifetime value from a margin per period, a constant retention rate and a discount rate, over an unlimited horizon.
 * @customfunction CLV.RETENTION
 * @param marginPerPeriod Margin per customer per period (e.g. a year).
 * @param retentionRate Share of customers kept from one period to the next, 0 to below 1, e.g. 0.8.
 * @param discountRate Discount rate per period, 0 to below 1, e.g. 0.1 for 10 %.
 * @param [acquisitionCost] Cost of acquiring the customer, subtracted once. Default 0.
 * @param [timing] 0: margin at the end of each period (default); 1: at the start, the first margin now.
 * @returns m·r/(1+d−r), or m·(1+d)/(1+d−r) for timing 1, minus the acquisition cost; ranges give one value per cell. An optional argument left out takes its default, but a blank cell in a range given for it is #VALUE! in its row; a rate out of its range (80 for 80 %) is #VALUE! with a message that says what it takes.
 * @example
 * =CX.CLV.RETENTION(100, 0.8, 0.1) → 266.67
 * =CX.CLV.RETENTION(100, 0.8, 0.1, 0, 1) → 366.67
 */
export function clvRetention(
  marginPerPeriod: unknown[][],
  retentionRate: unknown[][],
  discountRate: unknown[][],
  acquisitionCost?: unknown[][],
  timing?: unknown[][]
): unknown[][] {
  return retentionClvCells(marginPerPeriod, retentionRate, discountRate, acquisitionCost, timing);
}
