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
  if (typeof value === "number") return value - value === 0 ? value : NaN; // finite: not NaN, not ±Infinity
  if (typeof value !== "string") return NaN;
  const text = value.trim();
  if (!NUMERIC_TEXT.test(text)) return NaN;
  const number = Number(text.replace(",", "."));
  return Number.isFinite(number) ? number : NaN;
}

/** A currency sign or code before or after an amount (text already in lower case). */
const CURRENCY = "(?:kr\\.?|dkk|nok|sek|eur|usd|gbp|chf|€|\\$|£)";
const LEADING_CURRENCY = new RegExp(`^${CURRENCY}\\s*`);
const TRAILING_CURRENCY = new RegExp(`\\s*${CURRENCY}$`);
/** Digits in groups of three after a first group of one to three, one separator between groups. */
const GROUPED_DIGITS = /^\d{1,3}(?:([.,' ])\d{3})(?:\1\d{3})*$/;

/**
 * Reads a money amount from a cell as Danish, Norwegian, German, Dutch and English users write
 * it: whatever readNumber reads, plus thousands separators ('.', ',', a space or an apostrophe
 * between groups of three digits), a currency sign or code before or after the number (kr,
 * kr., DKK, NOK, SEK, EUR, €, USD, $, GBP, £, CHF) and the Danish "12,-" for whole kroner.
 * With both '.' and ',' the last is the decimal separator. A lone separator is decimal, as in
 * readNumber ("1.234" is 1.234), unless decimalSeparator, which detectLayout finds for a column,
 * says otherwise; a separator that appears twice separates thousands ("1.234.567").
 *
 * @param decimalSeparator The column's decimal separator when known; the other of '.' and ','
 * then separates thousands.
 *
 * @example
 * readAmount("kr 1.234,50"); // 1234.5
 * readAmount("1,234.56"); // 1234.56
 * readAmount("1 234,56 €"); // 1234.56
 * readAmount("-12,- DKK"); // -12
 * readAmount("1.234"); // 1.234
 * readAmount("1.234", ","); // 1234
 * readAmount("12 apples"); // NaN
 */
export function readAmount(value: unknown, decimalSeparator?: "." | ","): number {
  if (typeof value !== "string") return readNumber(value);
  let text = value.toLowerCase().replace(/\s+/g, " ").trim();
  text = text.replace(LEADING_CURRENCY, "").replace(TRAILING_CURRENCY, "");
  const negative = text.startsWith("-");
  if (negative || text.startsWith("+")) text = text.slice(1).trimStart();
  text = text.replace(LEADING_CURRENCY, "").replace(/[.,]-$/, "");
  const sign = negative ? -1 : 1;
  const plain = readNumber(text);
  if (!Number.isNaN(plain) && !/^\d{1,3}[.,]\d{3}$/.test(text)) return sign * plain;
  const decimal = decimalSeparatorOf(text, decimalSeparator);
  const decimalAt = decimal === undefined ? text.length : text.lastIndexOf(decimal);
  const whole = text.slice(0, decimalAt);
  const fraction = text.slice(decimalAt + 1);
  const wholeDigits = /^\d+$/.test(whole) ? whole : GROUPED_DIGITS.test(whole) ? whole : "";
  if (wholeDigits === "" || !/^\d*$/.test(fraction)) return NaN;
  return sign * Number(`${wholeDigits.replace(/\D/g, "")}.${fraction || "0"}`);
}

/** Which of '.' and ',' is the decimal separator of amount text, undefined when it has none. */
function decimalSeparatorOf(text: string, known: "." | "," | undefined): "." | "," | undefined {
  const lastDot = text.lastIndexOf(".");
  const lastComma = text.lastIndexOf(",");
  if (lastDot >= 0 && lastComma >= 0) return lastDot > lastComma ? "." : ",";
  const separator = lastDot >= 0 ? "." : lastComma >= 0 ? "," : undefined;
  if (separator === undefined) return undefined;
  if (known !== undefined) return separator === known ? separator : undefined;
  return text.indexOf(separator) === Math.max(lastDot, lastComma) ? separator : undefined;
}

/**
 * ',' or '.' when most of a column's text amounts show it as their decimal separator, else
 * undefined: how every surface learns how to read "1.234" in a column (readAmount).
 *
 * @example
 * amountDecimalSeparator(["1.234,50", "99,00", 12]); // ","
 * amountDecimalSeparator([12, 13]); // undefined
 * amountDecimalSeparator(["1.200.000"]); // undefined: a repeated separator is no decimal one
 */
export function amountDecimalSeparator(cells: readonly unknown[]): "." | "," | undefined {
  let comma = 0;
  let dot = 0;
  for (const cell of cells) {
    if (typeof cell !== "string") continue;
    // A separator followed by one, two or four+ digits at the end, or the later of two different
    // ones, is decimal; one that repeats ("1.200.000") separates thousands.
    const match = /([.,])(\d{1,2}|\d{4,})(?:\D*)$|([.,])\d{3}(?!\3)([.,])\d*\D*$/.exec(cell.trim());
    const separator = match?.[1] ?? match?.[4];
    if (separator === ",") comma++;
    if (separator === ".") dot++;
  }
  if (comma === dot) return undefined;
  return comma > dot ? "," : ".";
}
