import { CellValue } from "./column";

/** What Excel stores for one written value: a formula, or a constant plus the number format typing it implies. */
export type CellInput =
  { readonly formula: string } | { readonly value: CellValue; readonly impliedFormat?: string };

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const PERCENT = /^([+-]?(?:\d+\.?\d*|\.\d+))%$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MILLISECONDS_PER_DAY = 86_400_000;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/**
 * Interprets a value written through `Range.values` or `Range.formulas` as Excel does when text is
 * entered into a cell: "=…", and "+…" or "−…" that is no number, becomes a formula (Range.values:
 * "starts with a plus, minus, or equal sign"), numeric text a number, "12%" 0.12 with a percent format,
 * TRUE/FALSE booleans, ISO dates serials with a date format, and a leading apostrophe forces text.
 * Cells formatted as Text ("@") keep text as it is.
 * @example interpretInput("00123", "General") // { value: 123 }
 * @example interpretInput("'00123", "General") // { value: "00123" }
 * @example interpretInput("00123", "@") // { value: "00123" }
 * @example interpretInput("- none -", "General") // { formula: "=- none -" }
 */
export function interpretInput(input: CellValue, cellFormat: string): CellInput {
  if (typeof input !== "string" || cellFormat === "@") return { value: input };
  if (input.startsWith("'")) return { value: input.slice(1) };
  if (input.length > 1 && input.startsWith("=")) return { formula: input };
  const trimmed = input.trim();
  if (NUMBER.test(trimmed)) return { value: Number(trimmed) };
  // Range.values: text starting with "+" or "-" is a formula too, as "=" is (a number aside).
  if (input.length > 1 && /^[+-]/.test(input) && !PERCENT.test(trimmed)) {
    return { formula: `=${input}` };
  }
  const percent = PERCENT.exec(trimmed);
  if (percent)
    return {
      value: Number(percent[1]) / 100,
      impliedFormat: percent[1].includes(".") ? "0.00%" : "0%",
    };
  if (/^(true|false)$/i.test(trimmed)) return { value: trimmed.toLowerCase() === "true" };
  const date = ISO_DATE.exec(trimmed);
  if (date) {
    const time = Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3]));
    const isRealDate = new Date(time).getUTCDate() === Number(date[3]);
    if (isRealDate)
      return { value: (time - EXCEL_EPOCH) / MILLISECONDS_PER_DAY, impliedFormat: "m/d/yyyy" };
  }
  return { value: input };
}
