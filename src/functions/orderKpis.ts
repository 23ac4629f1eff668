import * as orderKpis from "../engine/formulas/orderKpis";
import { excelFormula } from "./excelFormula";

const aovCells = excelFormula(orderKpis.averageOrderValue, ["revenue", "orders"]);
const purchaseFrequencyCells = excelFormula(orderKpis.purchaseFrequency, ["orders", "customers"]);

/**
 * Average order value: revenue divided by the number of orders.
 * @customfunction AOV
 * @param revenue Revenue in the period (net of refunds if you like).
 * @param orders Number of orders in the period.
 * @returns Revenue per order; #DIV/0! for no orders. Ranges give one value per cell.
 * @example
 * =CX.AOV(10000, 200) → 50
 */
export function aov(revenue: unknown[][], orders: unknown[][]): unknown[][] {
  return aovCells(revenue, orders);
}

/**
 * Purchase frequency: orders per customer in the period.
 * @customfunction PURCHASEFREQ
 * @param orders Number of orders in the period.
 * @param customers Number of customers who ordered in the period.
 * @returns Orders per customer; #DIV/0! for no customers. Ranges give one value per cell.
 * @example
 * =CX.PURCHASEFREQ(200, 80) → 2.5
 */
export function purchaseFrequency(orders: unknown[][], customers: unknown[][]): unknown[][] {
  return purchaseFrequencyCells(orders, customers);
}
