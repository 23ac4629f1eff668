import { isMissing } from "../isMissing";

/** Widest range of whole numbers counted in an array (days, order counts) rather than searched. */
const MAX_COUNTED_RANGE = 1 << 20;

/** What one pass over a column finds: how many numbers, their range, and whether they are whole. */
export interface NumberSpan {
  /** Values that are not NaN. */
  readonly count: number;
  /** Smallest of them; Infinity when there is none. */
  readonly minimum: number;
  /** Largest of them; −Infinity when there is none. */
  readonly maximum: number;
  /** Every finite value an integer (NaN and ±Infinity passed over). */
  readonly whole: boolean;
  /** Whole numbers, at least one, all finite and within 2^20 of each other: countable in an array. */
  readonly countable: boolean;
}

/**
 * The span of a column in one pass, so that scoring it (the rule, the breaks, the scores) reads
 * the column for these facts once rather than once per step.
 *
 * @example
 * numberSpan(Float64Array.of(3, NaN, 1, 7));
 * // { count: 3, minimum: 1, maximum: 7, whole: true, countable: true }
 * numberSpan(Float64Array.of(2.5, 1)).whole; // false
 * numberSpan(Float64Array.of(1, Infinity)).countable; // false: whole, but not finite
 */
export function numberSpan(values: Float64Array): NumberSpan {
  let count = 0;
  let minimum = Infinity;
  let maximum = -Infinity;
  let whole = true;
  for (let index = 0; index < values.length; index++) {
    const value = values[index];
    if (isMissing(value)) continue;
    count++;
    if (value < minimum) minimum = value;
    if (value > maximum) maximum = value;
    if (value !== Math.floor(value) && value - value === 0) whole = false; // finite, fractional
  }
  const countable = whole && count > 0 && maximum - minimum < MAX_COUNTED_RANGE;
  return { count, minimum, maximum, whole, countable };
}
