import { requireFinite } from "../argumentChecks";
import { InputError } from "../inputError";

/**
 * Returns a discount rate per period when it is at least 0 and below 1; otherwise throws a
 * #VALUE! InputError on "discount_rate" whose message gives an example.
 *
 * @example
 * requireDiscountRate(0.1); // 0.1
 * requireDiscountRate(10); // throws "discount_rate: must be at least 0 and below 1, …" (kind "value")
 */
export function requireDiscountRate(discountRate: number): number {
  if (requireFinite(discountRate, "discount_rate") < 0 || discountRate >= 1) {
    // A rate of 1 or more almost always means a percentage typed as a whole number (10 for 10 %).
    throw new InputError(
      "discount_rate",
      "must be at least 0 and below 1, e.g. 0.1 for 10 % per period",
      "value"
    );
  }
  return discountRate;
}
