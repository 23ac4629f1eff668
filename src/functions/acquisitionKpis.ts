import * as acquisitionKpis from "../engine/formulas/acquisitionKpis";
import { excelFormula } from "./excelFormula";

const cacCells = excelFormula(acquisitionKpis.customerAcquisitionCost, [
  "acquisition_spend",
  "new_customers",
]);
const cpaCells = excelFormula(acquisitionKpis.costPerAcquisition, ["spend", "acquisitions"]);
const roiCells = excelFormula(acquisitionKpis.returnOnInvestment, ["total_return", "cost"]);
const clvCacCells = excelFormula(acquisitionKpis.clvToCacRatio, ["clv", "cac"]);
const paybackCells = excelFormula(acquisitionKpis.paybackPeriods, ["cac", "margin_per_period"]);

/**
 * Customer acquisition cost: what winning one new customer cost.
 * @customfunction CAC
 * @param acquisitionSpend Sales and marketing spend on winning customers in the period.
 * @param newCustomers New customers won in the period.
 * @returns Spend per new customer; #DIV/0! for no new customers. Ranges give one value per cell.
 * @example
 * =CX.CAC(5000, 40) → 125
 */
export function customerAcquisitionCost(
  acquisitionSpend: unknown[][],
  newCustomers: unknown[][]
): unknown[][] {
  return cacCells(acquisitionSpend, newCustomers);
}

/**
 * Cost per acquisition: campaign spend per acquisition (sign-up, order or other conversion).
 * @customfunction CPA
 * @param spend Campaign spend.
 * @param acquisitions Acquisitions the campaign brought.
 * @returns Spend per acquisition; #DIV/0! for none. Ranges give one value per cell.
 * @example
 * =CX.CPA(1200, 48) → 25
 */
export function costPerAcquisition(spend: unknown[][], acquisitions: unknown[][]): unknown[][] {
  return cpaCells(spend, acquisitions);
}

/**
 * Return on investment: (return − cost) ÷ cost, e.g. 0.5 for 50 %.
 * @customfunction ROI
 * @param totalReturn What the investment brought in (revenue or margin attributed to it).
 * @param cost What the investment cost.
 * @returns The gain per unit of cost; negative for a loss, #DIV/0! for zero cost. Ranges give one value per cell.
 * @example
 * =CX.ROI(150, 100) → 0.5
 */
export function returnOnInvestment(totalReturn: unknown[][], cost: unknown[][]): unknown[][] {
  return roiCells(totalReturn, cost);
}

/**
 * CLV to CAC ratio: how many times a customer's lifetime value covers the cost of acquiring them (3 or more is the usual target).
 * @customfunction CLVCAC
 * @param clv Customer lifetime value, e.g. from CX.CLV.
 * @param cac Customer acquisition cost, e.g. from CX.CAC.
 * @returns clv ÷ cac; #DIV/0! for zero cac. Ranges give one value per cell.
 * @example
 * =CX.CLVCAC(900, 300) → 3
 */
export function clvToCac(clv: unknown[][], cac: unknown[][]): unknown[][] {
  return clvCacCells(clv, cac);
}

/**
 * CAC payback: the periods of margin it takes to earn back the cost of acquiring a customer.
 * @customfunction PAYBACK
 * @param cac Customer acquisition cost.
 * @param marginPerPeriod Margin per customer per period (e.g. a month).
 * @returns cac ÷ margin_per_period, in periods; #DIV/0! for zero margin. Ranges give one value per cell.
 * @example
 * =CX.PAYBACK(300, 50) → 6
 */
export function payback(cac: unknown[][], marginPerPeriod: unknown[][]): unknown[][] {
  return paybackCells(cac, marginPerPeriod);
}
