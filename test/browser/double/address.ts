import { HostError } from "./hostError";
import { Rectangle, SHEET_COLUMNS, SHEET_ROWS, isInsideGrid } from "./rectangle";

/** An A1 reference split into its optional sheet name and the cells it covers. */
export interface ParsedAddress {
  readonly sheetName: string | undefined;
  readonly rectangle: Rectangle;
}

/**
 * Column letters for a zero-based column index.
 * @example columnLetters(0) // "A"
 * @example columnLetters(16383) // "XFD"
 */
export function columnLetters(columnIndex: number): string {
  let letters = "";
  for (
    let remaining = columnIndex + 1;
    remaining > 0;
    remaining = Math.floor((remaining - 1) / 26)
  ) {
    letters = String.fromCharCode(65 + ((remaining - 1) % 26)) + letters;
  }
  return letters;
}

/**
 * Zero-based column index for column letters (case-insensitive).
 * @example columnIndex("AA") // 26
 */
export function columnIndex(letters: string): number {
  let index = 0;
  for (const letter of letters.toUpperCase()) index = index * 26 + (letter.charCodeAt(0) - 64);
  return index - 1;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

/** One end of a reference: a cell, a whole column or a whole row. */
interface Endpoint {
  readonly row: number | undefined;
  readonly column: number | undefined;
}

function parseEndpoint(text: string): Endpoint | undefined {
  const cell = CELL.exec(text);
  if (cell) return { row: Number(cell[2]) - 1, column: columnIndex(cell[1]) };
  const column = COLUMN.exec(text);
  if (column) return { row: undefined, column: columnIndex(column[1]) };
  const row = ROW.exec(text);
  if (row) return { row: Number(row[1]) - 1, column: undefined };
  return undefined;
}

function rectangleBetween(first: Endpoint, second: Endpoint): Rectangle | undefined {
  const wholeColumns = first.row === undefined && second.row === undefined;
  const wholeRows = first.column === undefined && second.column === undefined;
  if (!wholeColumns && !wholeRows && (first.row === undefined || first.column === undefined))
    return undefined;
  if (!wholeColumns && !wholeRows && (second.row === undefined || second.column === undefined))
    return undefined;
  const firstRow = wholeColumns ? 0 : (first.row as number);
  const lastRow = wholeColumns ? SHEET_ROWS - 1 : (second.row as number);
  const firstColumn = wholeRows ? 0 : (first.column as number);
  const lastColumn = wholeRows ? SHEET_COLUMNS - 1 : (second.column as number);
  return {
    row: Math.min(firstRow, lastRow),
    column: Math.min(firstColumn, lastColumn),
    rowCount: Math.abs(lastRow - firstRow) + 1,
    columnCount: Math.abs(lastColumn - firstColumn) + 1,
  };
}

/** Splits `'Sheet 1'!A1` into the unquoted sheet name and the reference. */
function splitSheetName(address: string): { sheetName: string | undefined; reference: string } {
  const separator = address.lastIndexOf("!");
  if (separator < 0) return { sheetName: undefined, reference: address };
  const prefix = address.slice(0, separator);
  const quoted = /^'((?:[^']|'')+)'$/.exec(prefix);
  const sheetName = quoted ? quoted[1].replace(/''/g, "'") : prefix;
  return { sheetName, reference: address.slice(separator + 1) };
}

/**
 * Parses an A1 address the way `Worksheet.getRange` accepts it; throws `InvalidArgument` otherwise.
 * @example parseAddress("'Sheet 1'!B2:D10") // { sheetName: "Sheet 1", rectangle: { row: 1, column: 1, rowCount: 9, columnCount: 3 } }
 * @example parseAddress("A:C").rectangle.rowCount // 1048576
 */
export function parseAddress(address: string): ParsedAddress {
  const { sheetName, reference } = splitSheetName(address.trim());
  const parts = reference.split(":");
  const endpoints = parts.map(parseEndpoint);
  let rectangle: Rectangle | undefined;
  if (parts.length === 1 && endpoints[0]?.row !== undefined && endpoints[0].column !== undefined) {
    rectangle = rectangleBetween(endpoints[0], endpoints[0]);
  } else if (parts.length === 2 && endpoints[0] && endpoints[1]) {
    rectangle = rectangleBetween(endpoints[0], endpoints[1]);
  }
  if (!rectangle || !isInsideGrid(rectangle) || sheetName === "") {
    throw new HostError(
      "InvalidArgument",
      `'${address}' is not a valid A1 address on a 1,048,576 × 16,384 sheet.`
    );
  }
  return { sheetName, rectangle };
}

/**
 * The A1 text Excel shows for a rectangle: `A1`, `A1:C3`, `A:C` for whole columns, `3:5` for whole rows.
 * @example formatAddress({ row: 0, column: 0, rowCount: 3, columnCount: 3 }) // "A1:C3"
 */
export function formatAddress(rectangle: Rectangle): string {
  const lastRow = rectangle.row + rectangle.rowCount - 1;
  const lastColumn = rectangle.column + rectangle.columnCount - 1;
  if (rectangle.rowCount === SHEET_ROWS) {
    return `${columnLetters(rectangle.column)}:${columnLetters(lastColumn)}`;
  }
  if (rectangle.columnCount === SHEET_COLUMNS) return `${rectangle.row + 1}:${lastRow + 1}`;
  const topLeft = `${columnLetters(rectangle.column)}${rectangle.row + 1}`;
  if (rectangle.rowCount === 1 && rectangle.columnCount === 1) return topLeft;
  return `${topLeft}:${columnLetters(lastColumn)}${lastRow + 1}`;
}

/**
 * A sheet name as it appears in a reference: quoted (with `'` doubled) unless it is a plain identifier
 * that cannot be read as a cell reference.
 * @example referenceSheetName("Sheet1") // "Sheet1"
 * @example referenceSheetName("Q1 Sales") // "'Q1 Sales'"
 */
export function referenceSheetName(sheetName: string): string {
  const plainIdentifier = /^[A-Za-z_\u00C0-\uFFFF][A-Za-z0-9_.\u00C0-\uFFFF]*$/.test(sheetName);
  const looksLikeReference = /^[A-Za-z]{1,3}\d+$/.test(sheetName) || /^R\d*C?\d*$/i.test(sheetName);
  if (plainIdentifier && !looksLikeReference) return sheetName;
  return `'${sheetName.replace(/'/g, "''")}'`;
}

/**
 * A sheet-qualified address as `Range.address` reports it.
 * @example qualifiedAddress("Sheet1", { row: 0, column: 0, rowCount: 3, columnCount: 3 }) // "Sheet1!A1:C3"
 */
export function qualifiedAddress(sheetName: string, rectangle: Rectangle): string {
  return `${referenceSheetName(sheetName)}!${formatAddress(rectangle)}`;
}
