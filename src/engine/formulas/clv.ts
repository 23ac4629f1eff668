import { requireNonNegative, requireShare } from "../argumentChecks";
import { requireDiscountRate } from "./discountRate";

/**
 * Closed-form customer lifetime value from the seed articles:
 * CLV = average order value × purchases per period × gross margin × lifespan − acquisition cost.
 *
 * With a discount rate d > 0 each period's value V is discounted to the end of its period,
 * Σ_{t=1..⌊n⌋} V/(1+d)^t, and a fractional last period counts pro rata:
 * (n − ⌊n⌋) · V/(1+d)^(⌊n⌋+1).
 *
 * @param averageOrderValue Average revenue per order (>= 0).
 * @param purchasesPerPeriod Orders per customer per period (>= 0).
 * @param lifespanPeriods Expected lifespan in periods (>= 0, may be fractional).
 * @param grossMargin Share of revenue kept as profit, 0..1. Default 1.
 * @param discountRate Discount rate per period, 0 <= d < 1. Default 0.
 * @param acquisitionCost Cost of acquiring the customer (>= 0). Default 0.
 * @throws InputError (kind "value") naming the Excel argument when not a number or out of range.
 *
 * @example
 * formulaClv(500, 3, 5); // 7500
 * formulaClv(100, 1, 2.5, 1, 0.1); // 100/1.1 + 100/1.21 + 0.5·100/1.331 ≈ 211.1195
 */
export function formulaClv(
  averageOrderValue: number,
  purchasesPerPeriod: number,
  lifespanPeriods: number,
  grossMargin = 1,
  discountRate = 0,
  acquisitionCost = 0
): number {
  requireNonNegative(averageOrderValue, "average_order_value");
  requireNonNegative(purchasesPerPeriod, "purchases_per_period");
  requireNonNegative(lifespanPeriods, "lifespan_periods");
  requireShare(grossMargin, "gross_margin");
  requireDiscountRate(discountRate);
  requireNonNegative(acquisitionCost, "acquisition_cost");

  const valuePerPeriod = averageOrderValue * purchasesPerPeriod * grossMargin;
  if (discountRate === 0) return valuePerPeriod * lifespanPeriods - acquisitionCost;
  return valuePerPeriod * discountedPeriods(lifespanPeriods, discountRate) - acquisitionCost;
}

/**
 * Present value of one unit per period over n periods at rate d, the last fractional period pro rata.
 * Whole periods use the annuity sum Σ_{t=1..N} (1+d)^−t = (1 − (1+d)^−N)/d, written with
 * expm1/log1p so tiny rates keep their precision.
 */
function discountedPeriods(lifespanPeriods: number, discountRate: number): number {
  const wholePeriods = Math.floor(lifespanPeriods);
  const logGrowth = Math.log1p(discountRate);
  const wholeValue = -Math.expm1(-wholePeriods * logGrowth) / discountRate;
  const fractionalValue =
    (lifespanPeriods - wholePeriods) * Math.exp(-(wholePeriods + 1) * logGrowth);
  return wholeValue + fractionalValue;
}
