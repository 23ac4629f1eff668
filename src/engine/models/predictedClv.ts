import { requireNonNegative, requireWholeNumberBetween } from "../argumentChecks";
import { InputError } from "../inputError";
import { daysPerTimeUnit, type TimeUnit } from "../read/timeUnit";

/** Days in the average Gregorian month. */
const DAYS_PER_MONTH = daysPerTimeUnit("M");

export interface PredictedClvOptions {
  /** Whole months to look ahead (1..1200). */
  horizonMonths: number;
  /** Discount rate per month, 0 <= d < 1. Default 0. */
  monthlyDiscountRate?: number;
  /** The unit the transaction model's t is measured in (that of the summary it was fitted on). */
  timeUnit: TimeUnit;
}

/**
 * Predicted customer lifetime value over a horizon: expected spend per purchase times the
 * purchases expected in each month, each month discounted to its end,
 * Σ_{k=1..H} spend · [E(t_k) − E(t_(k−1))] / (1 + d)^k with t_k = k months in the model's time
 * unit. This is lifetimes' customer_lifetime_value with its two slips fixed: it sums monthly
 * increments (not the cumulative count each month) and a month is 365.25/12 days, not 30.
 *
 * @param expectedPurchases The customer's expected purchases in (T, T + t], e.g.
 * `(t) => bgnbdConditionalExpectedPurchases(params, t, x, tx, T)`; 0 at t = 0.
 * @param expectedSpend Expected value of one purchase, e.g. from
 * gammaGammaConditionalExpectedSpend.
 * @throws InputError "expected_spend", "horizon_months", "discount_rate" (kind "value") when out
 * of range; "time_unit" (kind "value") for anything but D, W or M.
 *
 * @example
 * // 0.1 purchases a week, 50 a purchase, 3 months at 1 % a month, t in weeks:
 * predictedClv((t) => 0.1 * t, 50, { horizonMonths: 3, monthlyDiscountRate: 0.01, timeUnit: "W" });
 * // 50 · 0.1 · 30.4375/7 · (1/1.01 + 1/1.01² + 1/1.01³) ≈ 63.9402
 */
export function predictedClv(
  expectedPurchases: (t: number) => number,
  expectedSpend: number,
  options: PredictedClvOptions
): number {
  requireNonNegative(expectedSpend, "expected_spend");
  return expectedSpend * discountedPurchaseSum(expectedPurchases, clvHorizon(options));
}

/** A CLV's months and their discounting, checked (clvHorizon). */
export interface ClvHorizon {
  readonly months: number;
  /** Months in the model's time unit: t_k = k × unitsPerMonth. */
  readonly unitsPerMonth: number;
  /** 1 + d: each month's weight is the last one's divided by it. */
  readonly monthlyDiscountBase: number;
}

/**
 * The horizon of predictedClv's options, checked: 1..1200 whole months, 0 <= d < 1.
 *
 * @throws InputError "horizon_months", "discount_rate" (kind "value") when out of range;
 * "time_unit" (kind "value") for anything but D, W or M.
 * @example
 * clvHorizon({ horizonMonths: 3, monthlyDiscountRate: 0.01, timeUnit: "W" });
 * // { months: 3, unitsPerMonth: 4.348…, monthlyDiscountBase: 1.01 }
 */
export function clvHorizon(options: PredictedClvOptions): ClvHorizon {
  const months = requireWholeNumberBetween(options.horizonMonths, 1, 1200, "horizon_months");
  const discountRate = requireNonNegative(options.monthlyDiscountRate ?? 0, "discount_rate");
  if (discountRate >= 1) {
    throw new InputError("discount_rate", "must be below 1, e.g. 0.01 for 1 % a month", "value");
  }
  const unitsPerMonth = DAYS_PER_MONTH / daysPerTimeUnit(options.timeUnit);
  return { months, unitsPerMonth, monthlyDiscountBase: 1 + discountRate };
}

/**
 * Σ_{k=1..H} [E(t_k) − E(t_(k−1))] w_k with w_k = w_(k−1) / base: predictedClv with a spend of
 * 1. The base is any number above 0, so that the squared weights w_k² (base (1 + d)², which
 * passes 2 for d above √2 − 1, where d itself must stay below 1) sum in the same loop.
 *
 * @example
 * const horizon = clvHorizon({ horizonMonths: 2, monthlyDiscountRate: 0.5, timeUnit: "M" });
 * discountedPurchaseSum((t) => t, horizon); // 1/1.5 + 1/2.25 ≈ 1.1111
 * discountedPurchaseSum((t) => t, { ...horizon, monthlyDiscountBase: 2.25 }); // 1/2.25 + 1/5.0625
 */
export function discountedPurchaseSum(
  expectedPurchases: (t: number) => number,
  horizon: ClvHorizon
): number {
  const { months, unitsPerMonth, monthlyDiscountBase } = horizon;
  let value = 0;
  let previous = expectedPurchases(0);
  let discount = 1;
  for (let month = 1; month <= months; month++) {
    const cumulative = expectedPurchases(month * unitsPerMonth);
    discount /= monthlyDiscountBase;
    value += (cumulative - previous) * discount;
    previous = cumulative;
  }
  return value;
}
