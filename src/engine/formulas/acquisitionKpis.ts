import { requireFinite, requireNonNegative } from "../argumentChecks";
import { InputError } from "../inputError";
import { ratio } from "./ratio";

/**
 * Customer acquisition cost: acquisition spend ÷ new customers won with it.
 *
 * @example
 * customerAcquisitionCost(5000, 40); // 125
 */
export function customerAcquisitionCost(acquisitionSpend: number, newCustomers: number): number {
  requireNonNegative(acquisitionSpend, "acquisition_spend");
  return ratio(
    acquisitionSpend,
    requireNonNegative(newCustomers, "new_customers"),
    "new_customers"
  );
}

/**
 * Cost per acquisition: spend ÷ acquisitions (sign-ups, orders or whatever the campaign counts).
 *
 * @example
 * costPerAcquisition(1200, 48); // 25
 */
export function costPerAcquisition(spend: number, acquisitions: number): number {
  requireNonNegative(spend, "spend");
  return ratio(spend, requireNonNegative(acquisitions, "acquisitions"), "acquisitions");
}

/**
 * Return on investment (return − cost) ÷ cost: 0.5 means the investment returned 50 % more
 * than it cost; negative when it returned less, below −1 when the return itself is a loss (a
 * channel whose customers' predicted CLV is negative, their returns outweighing their orders).
 *
 * @example
 * returnOnInvestment(150, 100); // 0.5
 * returnOnInvestment(-50, 100); // -1.5
 */
export function returnOnInvestment(totalReturn: number, cost: number): number {
  requireFinite(totalReturn, "total_return");
  requireNonNegative(cost, "cost");
  return ratio(totalReturn - cost, cost, "cost");
}

/**
 * CLV to CAC ratio: how many times a customer's lifetime value covers the cost of winning
 * them (3 or more is the usual rule of thumb). The CLV may be negative.
 *
 * @example
 * clvToCacRatio(900, 300); // 3
 */
export function clvToCacRatio(clv: number, cac: number): number {
  requireFinite(clv, "clv");
  return ratio(clv, requireNonNegative(cac, "cac"), "cac");
}

/**
 * CAC payback in periods: acquisition cost ÷ margin per period, the periods of margin it
 * takes to earn the acquisition cost back. A negative margin never pays back (#VALUE!); zero
 * margin is #DIV/0!.
 *
 * @example
 * paybackPeriods(300, 50); // 6
 */
export function paybackPeriods(cac: number, marginPerPeriod: number): number {
  requireNonNegative(cac, "cac");
  if (requireFinite(marginPerPeriod, "margin_per_period") < 0) {
    throw new InputError(
      "margin_per_period",
      "must not be negative; the cost is never paid back",
      "value"
    );
  }
  return ratio(cac, marginPerPeriod, "margin_per_period");
}
