import { requireFinite } from "../argumentChecks";
import { InputError } from "../inputError";

/**
 * numerator ÷ denominator, throwing a #DIV/0! InputError on the denominator's argument when it
 * is zero (also for 0 ÷ 0, as Excel does). The caller checks signs and ranges first.
 *
 * @example
 * ratio(10000, 200, "orders"); // 50
 * ratio(10000, 0, "orders"); // throws "orders: must not be zero" (kind "div")
 */
export function ratio(numerator: number, denominator: number, denominatorArgument: string): number {
  if (requireFinite(denominator, denominatorArgument) === 0) {
    throw new InputError(denominatorArgument, "must not be zero", "div");
  }
  return numerator / denominator;
}
