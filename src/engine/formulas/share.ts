import { requireNonNegative } from "../argumentChecks";
import { InputError } from "../inputError";
import { ratio } from "./ratio";

/**
 * The share part ÷ whole of two counts, 0 to 1: both must be non-negative and the part no
 * larger than the whole (#VALUE!); a whole of zero is #DIV/0!.
 *
 * @example
 * share(60, 200, "repeat_customers", "customers"); // 0.3
 * share(250, 200, "repeat_customers", "customers"); // throws "repeat_customers: must not exceed customers" (kind "value")
 */
export function share(
  part: number,
  whole: number,
  partArgument: string,
  wholeArgument: string
): number {
  requireNonNegative(part, partArgument);
  requireNonNegative(whole, wholeArgument);
  if (part > whole) throw new InputError(partArgument, `must not exceed ${wholeArgument}`, "value");
  return ratio(part, whole, wholeArgument);
}
