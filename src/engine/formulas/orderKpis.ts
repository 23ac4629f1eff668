import { requireFinite, requireNonNegative } from "../argumentChecks";
import { ratio } from "./ratio";

/**
 * Average order value: revenue ÷ orders. Revenue may be negative (refunds outweigh sales);
 * orders must not be negative (#VALUE!) or zero (#DIV/0!).
 *
 * @example
 * averageOrderValue(10000, 200); // 50
 */
export function averageOrderValue(revenue: number, orders: number): number {
  requireFinite(revenue, "revenue");
  return ratio(revenue, requireNonNegative(orders, "orders"), "orders");
}

/**
 * Purchase frequency: orders ÷ customers, the orders per customer in the period.
 *
 * @example
 * purchaseFrequency(200, 80); // 2.5
 */
export function purchaseFrequency(orders: number, customers: number): number {
  requireNonNegative(orders, "orders");
  return ratio(orders, requireNonNegative(customers, "customers"), "customers");
}
