import { requireNonNegative, requireShare } from "../argumentChecks";
import { InputError } from "../inputError";
import { ratio } from "./ratio";
import { share } from "./share";

/**
 * Repeat purchase rate: the share of customers who bought more than once.
 *
 * @example
 * repeatRate(60, 200); // 0.3
 */
export function repeatRate(repeatCustomers: number, customers: number): number {
  return share(repeatCustomers, customers, "repeat_customers", "customers");
}

/**
 * Churn rate: customers lost in the period ÷ customers at its start.
 *
 * @example
 * churnRate(200, 50); // 0.25
 */
export function churnRate(customersAtStart: number, customersLost: number): number {
  return share(customersLost, customersAtStart, "customers_lost", "customers_at_start");
}

/**
 * Customer retention rate (E − N) ÷ S: customers at the end of the period who were already
 * customers at its start (end minus new), over customers at the start. #VALUE! when new
 * customers exceed those at the end or the retained customers exceed those at the start.
 *
 * @example
 * retentionRate(200, 180, 30); // (180 − 30) / 200 = 0.75
 */
export function retentionRate(
  customersAtStart: number,
  customersAtEnd: number,
  newCustomers: number
): number {
  requireNonNegative(customersAtStart, "customers_at_start");
  requireNonNegative(customersAtEnd, "customers_at_end");
  requireNonNegative(newCustomers, "new_customers");
  if (newCustomers > customersAtEnd) {
    throw new InputError("new_customers", "must not exceed customers_at_end", "value");
  }
  const retained = customersAtEnd - newCustomers;
  if (retained > customersAtStart) {
    throw new InputError(
      "customers_at_end",
      "minus new_customers must not exceed customers_at_start",
      "value"
    );
  }
  return ratio(retained, customersAtStart, "customers_at_start");
}

/**
 * Expected customer lifespan in periods, 1 ÷ churn rate (the mean of a geometric lifetime).
 * The churn rate must be a share from 0 to 1 (#VALUE!); zero churn is #DIV/0!.
 *
 * @example
 * customerLifespan(0.25); // 4
 */
export function customerLifespan(churnRate: number): number {
  requireShare(churnRate, "churn_rate", "0.2 for 20 %");
  return ratio(1, churnRate, "churn_rate");
}
