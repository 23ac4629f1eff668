import * as retentionKpis from "../engine/formulas/retentionKpis";
import { excelFormula } from "./excelFormula";

const repeatRateCells = excelFormula(retentionKpis.repeatRate, ["repeat_customers", "customers"]);
const churnRateCells = excelFormula(retentionKpis.churnRate, [
  "customers_at_start",
  "customers_lost",
]);
const retentionRateCells = excelFormula(retentionKpis.retentionRate, [
  "customers_at_start",
  "customers_at_end",
  "new_customers",
]);
const lifespanCells = excelFormula(retentionKpis.customerLifespan, ["churn_rate"]);

/**
 * Repeat purchase rate: the share of customers who bought more than once.
 * @customfunction REPEATRATE
 * @param repeatCustomers Customers with two or more orders.
 * @param customers All customers.
 * @returns A share from 0 to 1; #VALUE! when repeat_customers exceeds customers. Ranges give one value per cell.
 * @example
 * =CX.REPEATRATE(60, 200) → 0.3
 */
export function repeatRate(repeatCustomers: unknown[][], customers: unknown[][]): unknown[][] {
  return repeatRateCells(repeatCustomers, customers);
}

/**
 * Churn rate: the share of the customers at the start of a period lost during it.
 * @customfunction CHURNRATE
 * @param customersAtStart Customers at the start of the period.
 * @param customersLost Of those, the customers lost during the period.
 * @returns customers_lost ÷ customers_at_start, 0 to 1. Ranges give one value per cell.
 * @example
 * =CX.CHURNRATE(200, 50) → 0.25
 */
export function churnRate(customersAtStart: unknown[][], customersLost: unknown[][]): unknown[][] {
  return churnRateCells(customersAtStart, customersLost);
}

/**
 * Customer retention rate: customers at the end of a period who were customers at its start, as a share of those at the start.
 * @customfunction RETENTIONRATE
 * @param customersAtStart Customers at the start of the period.
 * @param customersAtEnd Customers at the end of the period, new ones included.
 * @param newCustomers Customers won during the period.
 * @returns (customers_at_end − new_customers) ÷ customers_at_start, 0 to 1. Ranges give one value per cell.
 * @example
 * =CX.RETENTIONRATE(200, 180, 30) → 0.75
 */
export function retentionRate(
  customersAtStart: unknown[][],
  customersAtEnd: unknown[][],
  newCustomers: unknown[][]
): unknown[][] {
  return retentionRateCells(customersAtStart, customersAtEnd, newCustomers);
}

/**
 * Expected customer lifespan in periods from the churn rate per period: 1 ÷ churn rate.
 * @customfunction LIFESPAN
 * @param churnRate Share of customers lost per period, 0 to 1, e.g. 0.25.
 * @returns Periods a customer stays on average; #DIV/0! for zero churn. Ranges give one value per cell.
 * @example
 * =CX.LIFESPAN(0.25) → 4
 */
export function lifespan(churnRate: unknown[][]): unknown[][] {
  return lifespanCells(churnRate);
}
