/** Excel's code for each part of a short date. */
const PART_CODES: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {
  day: "dd",
  month: "mm",
  year: "yyyy",
};

/**
 * The Excel number format (invariant codes, as `Range.numberFormat` takes them) that shows a
 * date as the locale writes a short numeric date, each separator escaped so Excel shows it as
 * written (an unescaped "." would read as the decimal separator).
 *
 * @example
 * excelDateFormat("da-DK"); // "dd\\.mm\\.yyyy"
 * excelDateFormat("nl-NL"); // "dd\\-mm\\-yyyy"
 * excelDateFormat("en-US"); // "mm\\/dd\\/yyyy"
 */
export function excelDateFormat(locale: string): string {
  let parts: Intl.DateTimeFormatPart[];
  try {
    const format = new Intl.DateTimeFormat(locale, {
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
    });
    parts = format.formatToParts(new Date(Date.UTC(2026, 10, 3, 12)));
  } catch {
    return "yyyy-mm-dd";
  }
  return parts
    .map(
      (part) => PART_CODES[part.type] ?? part.value.replace(/./gu, (character) => `\\${character}`)
    )
    .join("");
}
