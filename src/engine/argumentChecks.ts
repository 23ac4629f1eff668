import { InputError } from "./inputError";

/**
 * Returns the value when it is a finite number; otherwise throws a #VALUE! InputError.
 *
 * @example
 * requireFinite(3, "bins"); // 3
 * requireFinite(NaN, "bins"); // throws InputError "bins: must be a number" (kind "value")
 */
export function requireFinite(value: number, argument: string): number {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw new InputError(argument, "must be a number", "value");
  }
  return value;
}

/**
 * Returns the value when it is a finite number >= 0; otherwise throws an InputError
 * (#VALUE! when not a number, #NUM! when negative).
 *
 * @example
 * requireNonNegative(0, "lifespan_periods"); // 0
 * requireNonNegative(-1, "lifespan_periods"); // throws "lifespan_periods: must not be negative" (kind "num")
 */
export function requireNonNegative(value: number, argument: string): number {
  if (requireFinite(value, argument) < 0) {
    throw new InputError(argument, "must not be negative", "num");
  }
  return value;
}

/**
 * Returns the value when it is a whole number in minimum..maximum; otherwise throws an
 * InputError (#VALUE! when not a number, #NUM! when out of range or fractional).
 *
 * @example
 * requireWholeNumberBetween(5, 2, 10, "bins"); // 5
 * requireWholeNumberBetween(11, 2, 10, "bins"); // throws "bins: must be a whole number from 2 to 10" (kind "num")
 */
export function requireWholeNumberBetween(
  value: number,
  minimum: number,
  maximum: number,
  argument: string
): number {
  if (!Number.isInteger(requireFinite(value, argument)) || value < minimum || value > maximum) {
    throw new InputError(argument, `must be a whole number from ${minimum} to ${maximum}`, "num");
  }
  return value;
}

/**
 * Throws a #VALUE! InputError unless an argument has as many rows as the reference argument.
 *
 * @example
 * requireSameLength(10, 10, "frequency", "recency_days"); // returns
 * requireSameLength(9, 10, "frequency", "recency_days");
 * // throws "frequency: has 9 rows but recency_days has 10; give ranges of equal height"
 */
export function requireSameLength(
  length: number,
  referenceLength: number,
  argument: string,
  referenceArgument: string
): void {
  if (length !== referenceLength) {
    throw new InputError(
      argument,
      `has ${length} rows but ${referenceArgument} has ${referenceLength}; give ranges of equal height`,
      "value"
    );
  }
}

/**
 * Returns the value when it is a share from 0 to 1; otherwise throws an InputError (#VALUE!
 * when not a number, #NUM! when outside), its message giving an example.
 *
 * @example
 * requireShare(0.4, "gross_margin"); // 0.4
 * requireShare(40, "gross_margin"); // throws "gross_margin: must be a share from 0 to 1, e.g. 0.4 for 40 %" (kind "num")
 * requireShare(2, "churn_rate", "0.2 for 20 %"); // throws "churn_rate: must be a share from 0 to 1, e.g. 0.2 for 20 %"
 */
export function requireShare(value: number, argument: string, example = "0.4 for 40 %"): number {
  if (requireFinite(value, argument) < 0 || value > 1) {
    throw new InputError(argument, `must be a share from 0 to 1, e.g. ${example}`, "num");
  }
  return value;
}
