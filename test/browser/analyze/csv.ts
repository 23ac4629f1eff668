import { interpretInput } from "../double/cellInput";
import type { CellValue } from "../double/column";

/** A decimal-comma number ("9,95"), read as a number when the file is semicolon separated. */
const DECIMAL_COMMA = /^[+-]?\d+,\d+$/;

/**
 * The field separator of a CSV text: ";" when the header line (outside quotes) has more
 * semicolons than commas, as Excel writes CSV in locales with a decimal comma; "," otherwise.
 * @example csvSeparator("customer;date;amount\n1;2024-01-01;9,5") // ";"
 */
export function csvSeparator(text: string): "," | ";" {
  let commas = 0,
    semicolons = 0,
    quoted = false;
  for (const character of text) {
    if (character === '"') quoted = !quoted;
    else if (!quoted && (character === "\n" || character === "\r")) break;
    else if (!quoted && character === ",") commas++;
    else if (!quoted && character === ";") semicolons++;
  }
  return semicolons > commas ? ";" : ",";
}

/**
 * Rows of a CSV text (RFC 4180): quoted fields may hold the separator, line breaks and doubled
 * quotes; CRLF, LF and a leading byte-order mark are accepted; blank lines are dropped.
 * @example parseCsv('id,note\n1,"a, ""b"""') // [["id", "note"], ["1", 'a, "b"']]
 */
export function parseCsv(text: string, separator = csvSeparator(text)): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const endRow = () => {
    row.push(field);
    if (row.length > 1 || row[0] !== "") rows.push(row);
    row = [];
    field = "";
  };
  for (let index = 0; index < source.length; index++) {
    const character = source[index];
    if (quoted) {
      if (character !== '"') field += character;
      else if (source[index + 1] === '"') {
        field += '"';
        index++;
      } else quoted = false;
    } else if (character === '"') quoted = true;
    else if (character === separator) {
      row.push(field);
      field = "";
    } else if (character === "\n") endRow();
    else if (character !== "\r") field += character;
  }
  if (field !== "" || row.length > 0) endRow();
  return rows;
}

/**
 * A CSV field as Excel saves a raw cell value: numbers to Excel's 15 significant digits, without grouping,
 * booleans as TRUE/FALSE, text quoted when it holds a separator, a quote or a line break.
 * @example csvField(1234.5) // "1234.5"
 * @example csvField(100.50000000000001) // "100.5"
 * @example csvField('say "hi", twice') // '"say ""hi"", twice"'
 */
export function csvField(value: CellValue, separator = ","): string {
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number") return String(Number(value.toPrecision(15)));
  return value.includes(separator) || /["\r\n]/.test(value) || value.trim() !== value
    ? `"${value.replace(/"/g, '""')}"`
    : value;
}

/**
 * CSV text of rows of cell values, one CRLF-terminated line per row (as Excel writes it).
 * @example formatCsv([["Customer", "Orders"], ["A", 3]]) // "Customer,Orders\r\nA,3\r\n"
 */
export function formatCsv(rows: readonly (readonly CellValue[])[], separator = ","): string {
  return rows
    .map((row) => row.map((value) => csvField(value, separator)).join(separator) + "\r\n")
    .join("");
}

/**
 * A CSV field as the text typed into a cell for it: text that Excel would take for a formula
 * stays text (an apostrophe before it), and in a semicolon-separated file a decimal-comma number
 * becomes the number Excel in a decimal-comma locale would make of it.
 * @example enteredText("=1+1", ",") // "'=1+1"
 * @example enteredText("9,5", ";") // "9.5"
 * @example enteredText("9,5", ",") // "9,5"
 */
export function enteredText(field: string, separator: string): string {
  if (field.startsWith("=") || field.startsWith("'")) return `'${field}`;
  if (separator === ";" && DECIMAL_COMMA.test(field.trim())) return field.replace(",", ".");
  return field;
}

/**
 * The value a cell holds once a CSV field is typed into it (enteredText, then Excel's typing):
 * numbers as numbers, ISO dates as date serials, other text as text; a formula, which nothing
 * evaluates, reads as a blank.
 * @example enteredCell("45292", ",") // 45292
 * @example enteredCell("2024-01-01", ",") // 45292
 * @example enteredCell("9,5", ";") // 9.5
 * @example enteredCell("kr 1.234,50", ";") // "kr 1.234,50"
 */
export function enteredCell(field: string, separator: string): CellValue {
  const typed = interpretInput(enteredText(field, separator), "General");
  return "value" in typed ? typed.value : "";
}
