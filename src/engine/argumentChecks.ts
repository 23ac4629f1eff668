import { InputError } from "./inputError";
import { rowReason } from "./rowReason";

/**
 * Returns the value when it is a finite number; otherwise throws a #VALUE! InputError, naming
 * the 0-based `row` (as row + 1) when the value is one of a column's.
 *
 * @example
 * requireFinite(3, "bins"); // 3
 * requireFinite(NaN, "bins"); // throws InputError "bins: must be a number" (kind "value")
 * requireFinite(NaN, "recency", 4); // throws InputError "recency: row 5: must be a number"
 */
export function requireFinite(value: number, argument: string, row?: number): number {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw new InputError(argument, rowReason("must be a number", row), "value");
  }
  return value;
}

/**
 * Returns the value when it is a finite number >= 0; otherwise throws a #VALUE! InputError.
 *
 * @example
 * requireNonNegative(0, "lifespan_periods"); // 0
 * requireNonNegative(-1, "lifespan_periods"); // throws "lifespan_periods: must not be negative" (kind "value")
 */
export function requireNonNegative(value: number, argument: string): number {
  if (requireFinite(value, argument) < 0) {
    throw new InputError(argument, "must not be negative", "value");
  }
  return value;
}

/**
 * Returns the value when it is a whole number in minimum..maximum; otherwise throws a #VALUE!
 * InputError.
 *
 * @example
 * requireWholeNumberBetween(5, 2, 10, "bins"); // 5
 * requireWholeNumberBetween(11, 2, 10, "bins"); // throws "bins: must be a whole number from 2 to 10" (kind "value")
 */
export function requireWholeNumberBetween(
  value: number,
  minimum: number,
  maximum: number,
  argument: string
): number {
  if (!Number.isInteger(requireFinite(value, argument)) || value < minimum || value > maximum) {
    throw new InputError(argument, `must be a whole number from ${minimum} to ${maximum}`, "value");
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
 * Returns the value when it is a share from 0 to 1; otherwise throws a #VALUE! InputError, its
 * message giving an example.
 *
 * @example
 * requireShare(0.4, "gross_margin"); // 0.4
 * requireShare(40, "gross_margin"); // throws "gross_margin: must be a share from 0 to 1, e.g. 0.4 for 40 %" (kind "value")
 * requireShare(2, "churn_rate", "0.2 for 20 %"); // throws "churn_rate: must be a share from 0 to 1, e.g. 0.2 for 20 %"
 */
export function requireShare(value: number, argument: string, example = "0.4 for 40 %"): number {
  if (requireFinite(value, argument) < 0 || value > 1) {
    throw new InputError(argument, `must be a share from 0 to 1, e.g. ${example}`, "value");
  }
  return value;
}

/**
 * The #VALUE! InputError of a value its argument does not take: the value, how it fails when
 * that is against another argument's value, and what the argument takes; with the 1-based row
 * first when the value is one of a column's (see rowReason).
 *
 * @param takes What the argument takes, e.g. "from 0 to T".
 * @param options `against`: how the value fails against another, e.g. "above its T (38)";
 *   `row`: the value's 0-based row in its column.
 *
 * @example
 * outOfRange("recency", 50, "from 0 to T", { against: "above its T (38)", row: 1 }).message;
 * // "recency: row 2: is 50, above its T (38); must be from 0 to T"
 * outOfRange("periods", 2.5, "a whole number >= 0").message; // "periods: is 2.5; must be a whole number >= 0"
 */
export function outOfRange(
  argument: string,
  value: number,
  takes: string,
  options: { against?: string; row?: number } = {}
): InputError {
  const against = options.against === undefined ? "" : `, ${options.against}`;
  return new InputError(
    argument,
    rowReason(`is ${value}${against}; must be ${takes}`, options.row),
    "value"
  );
}

/**
 * Throws a #VALUE! InputError on "weights" unless a row's weight is a number of customers >= 0.
 *
 * @param row The weight's 0-based row, for the message.
 *
 * @example
 * requireWeight(3, 0); // returns
 * requireWeight(-1, 4); // throws "weights: row 5: is -1; must be a number of customers >= 0"
 */
export function requireWeight(weight: number, row?: number): void {
  if (weight >= 0) return;
  requireFinite(weight, "weights", row);
  throw outOfRange("weights", weight, "a number of customers >= 0", { row });
}
