import { requireFinite, requireNonNegative } from "../argumentChecks";
import { InputError } from "../inputError";
import { requireDiscountRate } from "./discountRate";

/** When the margin of each period arrives: 0 at its end, 1 at its start. */
export type MarginTiming = 0 | 1;

/**
 * Lifetime value of a customer kept with a constant retention rate r and discounted at rate d
 * per period, the infinite-horizon sum of the margin m in each period the customer survives:
 * m·r/(1 + d − r) when the margin arrives at the end of each period (timing 0, the first
 * margin after one retention), m·(1 + d)/(1 + d − r) when it arrives at the start (timing 1,
 * the first margin now). The acquisition cost is subtracted once.
 *
 * With r in [0, 1) and d >= 0 the denominator 1 + d − r is always positive.
 *
 * @param marginPerPeriod Margin per customer per period, m (>= 0).
 * @param retentionRate Share of customers kept from one period to the next, r, 0 to below 1.
 * @param discountRate Discount rate per period, d, 0 to below 1.
 * @param acquisitionCost Cost of acquiring the customer (>= 0). Default 0.
 * @param timing 0: margin at the end of each period (default); 1: at the start.
 * @throws InputError (kind "value") naming the Excel argument when not a number or out of range.
 *
 * @example
 * retentionClv(100, 0.8, 0.1); // 100 · 0.8 / 0.3 ≈ 266.67
 * retentionClv(100, 0.8, 0.1, 0, 1); // 100 · 1.1 / 0.3 ≈ 366.67
 */
export function retentionClv(
  marginPerPeriod: number,
  retentionRate: number,
  discountRate: number,
  acquisitionCost = 0,
  timing = 0
): number {
  requireNonNegative(marginPerPeriod, "margin_per_period");
  if (requireFinite(retentionRate, "retention_rate") < 0 || retentionRate >= 1) {
    // r = 1 keeps every customer for ever: the sum has no finite value.
    throw new InputError(
      "retention_rate",
      "must be at least 0 and below 1, e.g. 0.8 for 80 %; a rate of 1 keeps customers for ever",
      "value"
    );
  }
  requireDiscountRate(discountRate);
  requireNonNegative(acquisitionCost, "acquisition_cost");
  if (timing !== 0 && timing !== 1) {
    throw new InputError(
      "timing",
      "must be 0 (margin at period end) or 1 (at period start)",
      "value"
    );
  }
  // Gupta & Lehmann (2003), Customers as Assets: Σ_{t≥1} m·(r/(1+d))^t, or from t = 0 for timing 1.
  const firstTerm = timing === 0 ? retentionRate : 1 + discountRate;
  return (marginPerPeriod * firstTerm) / (1 + discountRate - retentionRate) - acquisitionCost;
}
