/** Plain decimal text with '.' or ',' as the decimal separator and an optional exponent. */
const NUMERIC_TEXT = /^[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:[eE][+-]?\d+)?$/;

/**
 * Reads a number from a spreadsheet cell value: a finite number, or numeric text with a '.'
 * or ',' decimal separator (no thousands separators, so "1,5" is one and a half). Anything
 * else (booleans, blanks, other text, NaN, Infinity) gives NaN.
 *
 * @example
 * readNumber(500); // 500
 * readNumber(" 500,5 "); // 500.5
 * readNumber("abc"); // NaN
 * readNumber(true); // NaN
 */
export function readNumber(value: unknown): number {
  if (typeof value === "number") return Number.isFinite(value) ? value : NaN;
  if (typeof value !== "string") return NaN;
  const text = value.trim();
  if (!NUMERIC_TEXT.test(text)) return NaN;
  const number = Number(text.replace(",", "."));
  return Number.isFinite(number) ? number : NaN;
}
