import { CellValue } from "./column";

const MILLISECONDS_PER_DAY = 86_400_000;
/** Day zero of Excel's 1900 date system, as used for serials from 1 March 1900 on. */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/**
 * The text Excel shows for a value under a number format (`Range.text`). Covers General, fixed decimals,
 * thousands separators, percentages, literal prefixes/suffixes and y/m/d/h/s date codes, ignoring
 * colours; not conditions, fractions or locale-specific separators.
 * @example displayText(0.1234, "0.0%") // "12.3%"
 * @example displayText(45292, "yyyy-mm-dd") // "2024-01-01"
 */
export function displayText(value: CellValue, numberFormat: string): string {
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  const sections = numberFormat.split(";");
  // A colour ([Red], [Color16]) changes how the text looks, not what it says:
  // https://support.microsoft.com/office/review-guidelines-for-customizing-a-number-format-c0a1d1fa-d3f4-4018-96b7-9c9354dd99f5
  const section = (value < 0 && sections.length > 1 ? sections[1] : sections[0]).replace(
    COLOUR,
    ""
  );
  const magnitude = value < 0 && sections.length > 1 ? -value : value;
  if (section === "General" || section === "" || section === "@") return generalText(magnitude);
  const literalFree = section.replace(/"[^"]*"|\\./g, "");
  if (/[yd]|m(?!m*:)/i.test(literalFree) && !/[0#]/.test(literalFree))
    return dateText(magnitude, section);
  return numberText(magnitude, section);
}

const COLOUR = /\[(black|blue|cyan|green|magenta|red|white|yellow|color ?\d{1,2})\]/gi;

function generalText(value: number): string {
  return String(Number.parseFloat(value.toPrecision(15)));
}

function numberText(value: number, section: string): string {
  const firstPlaceholder = section.search(/[0#?]/);
  if (firstPlaceholder < 0) return unquote(section);
  const lastPlaceholder = Math.max(
    section.lastIndexOf("0"),
    section.lastIndexOf("#"),
    section.lastIndexOf("?")
  );
  const pattern = section.slice(firstPlaceholder, lastPlaceholder + 1);
  const prefix = unquote(section.slice(0, firstPlaceholder));
  const suffix = unquote(section.slice(lastPlaceholder + 1));
  const scaled = section.includes("%") ? value * 100 : value;
  const decimalPoint = pattern.indexOf(".");
  const decimals = decimalPoint < 0 ? 0 : pattern.length - decimalPoint - 1;
  const fixed = Math.abs(scaled).toFixed(decimals);
  const [whole, fraction] = fixed.split(".");
  const grouped = pattern.includes(",") ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",") : whole;
  const sign = scaled < 0 && Number(fixed) !== 0 ? "-" : "";
  return `${sign}${prefix}${grouped}${fraction === undefined ? "" : `.${fraction}`}${suffix}`;
}

function dateText(serial: number, section: string): string {
  const date = new Date(EXCEL_EPOCH + Math.round(serial * MILLISECONDS_PER_DAY));
  const parts: Record<string, string> = {
    yyyy: String(date.getUTCFullYear()),
    yy: String(date.getUTCFullYear() % 100).padStart(2, "0"),
    mmmm: MONTH_NAMES[date.getUTCMonth()],
    mmm: MONTH_NAMES[date.getUTCMonth()].slice(0, 3),
    mm: String(date.getUTCMonth() + 1).padStart(2, "0"),
    m: String(date.getUTCMonth() + 1),
    dd: String(date.getUTCDate()).padStart(2, "0"),
    d: String(date.getUTCDate()),
    hh: String(date.getUTCHours()).padStart(2, "0"),
    h: String(date.getUTCHours()),
    ss: String(date.getUTCSeconds()).padStart(2, "0"),
  };
  return unquote(
    section.replace(/yyyy|yy|mmmm|mmm|mm|m|dd|d|hh|h|ss/gi, (token) => parts[token.toLowerCase()])
  );
}

function unquote(text: string): string {
  return text.replace(
    /"([^"]*)"|\\(.)|[_*]./g,
    (_match, quoted?: string, escaped?: string) => quoted ?? escaped ?? ""
  );
}
