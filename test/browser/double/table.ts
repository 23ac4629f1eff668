import { CellValue } from "./column";
import { displayText } from "./displayText";
import { HostError } from "./hostError";
import { Rectangle } from "./rectangle";
import { Sheet } from "./sheet";
import { firstFreeName, sameName } from "./sheetName";

const TABLE_STYLE =
  /^TableStyle(Light([1-9]|1\d|2[01])|Medium([1-9]|1\d|2[0-8])|Dark([1-9]|1[01]))$/;
const TABLE_NAME = /^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u;
const LOOKS_LIKE_REFERENCE = /^([A-Za-z]{1,3}\d+|[RrCc]|R\d*C\d*)$/i;
const MAXIMUM_NAME_LENGTH = 255;

/**
 * An Excel table: a header row (which may be hidden), a data body and an optional totals row on
 * one sheet. With the header row hidden the table's range starts at its data body and the table
 * has no header row range, as Excel for Windows reports it (xlwings issue 2094: the header row
 * range is None and the range starts a row lower); the column names are kept for when it is
 * shown again.
 */
export class Table {
  readonly id: string;
  name: string;
  readonly sheet: Sheet;
  /** Every row of the table: header, data body and (when shown) totals. */
  rectangle: Rectangle;
  style = "TableStyleMedium2";
  private totalsShown = false;
  /** The column names while the header row is hidden; undefined while it is shown. */
  private hiddenNames: string[] | undefined;

  constructor(id: string, name: string, sheet: Sheet, rectangle: Rectangle) {
    this.id = id;
    this.name = name;
    this.sheet = sheet;
    this.rectangle = rectangle;
  }

  /** The header row; Excel gives no header row range while it is hidden. */
  get headerRectangle(): Rectangle {
    if (!this.showHeaders)
      throw new HostError("InvalidOperation", "The table does not show its header row.");
    return { ...this.rectangle, rowCount: 1 };
  }

  /** The rows between the header (when shown) and the totals row (when shown). */
  get dataBodyRectangle(): Rectangle {
    const header = this.showHeaders ? 1 : 0;
    return {
      ...this.rectangle,
      row: this.rectangle.row + header,
      rowCount: this.rectangle.rowCount - header - (this.totalsShown ? 1 : 0),
    };
  }

  /** The totals row; only meaningful while `showTotals` is true. */
  get totalRowRectangle(): Rectangle {
    return {
      ...this.rectangle,
      row: this.rectangle.row + this.rectangle.rowCount - 1,
      rowCount: 1,
    };
  }

  /** Column names as the header cells show them, or as they were when the header row was hidden. */
  columnNames(): string[] {
    return this.hiddenNames?.slice() ?? this.sheet.readText(this.headerRectangle)[0];
  }

  /** Renames a column: its header cell, or the kept name while the header row is hidden. */
  renameColumn(index: number, name: string): void {
    if (this.hiddenNames !== undefined) this.hiddenNames[index] = name;
    else
      this.sheet.writeValues(
        { ...this.headerRectangle, column: this.rectangle.column + index, columnCount: 1 },
        name
      );
  }

  /** Whether the header row is shown. */
  get showHeaders(): boolean {
    return this.hiddenNames === undefined;
  }

  /**
   * Hides the header row (its cells cleared, the table starting a row lower) or shows it again
   * in the blank row above the table, with the names it had.
   */
  set showHeaders(show: boolean) {
    if (show === this.showHeaders) return;
    const { row, rowCount } = this.rectangle;
    if (show) {
      const above: Rectangle = { ...this.rectangle, row: row - 1, rowCount: 1 };
      if (row === 0 || this.sheet.readText(above)[0].some((text) => text !== ""))
        throw new HostError(
          "InvalidOperation",
          "There is no blank row above the table for its header row."
        );
      this.sheet.writeValues(above, [this.hiddenNames as string[]]);
      this.rectangle = { ...this.rectangle, row: row - 1, rowCount: rowCount + 1 };
      this.hiddenNames = undefined;
    } else {
      const names = this.columnNames();
      this.sheet.clear(this.headerRectangle, "All");
      this.rectangle = { ...this.rectangle, row: row + 1, rowCount: rowCount - 1 };
      this.hiddenNames = names;
    }
  }

  /** Whether the totals row is shown. */
  get showTotals(): boolean {
    return this.totalsShown;
  }

  /** Shows the totals row below the data ("Total" and a SUBTOTAL of the last column, as Excel fills it) or removes it. */
  set showTotals(show: boolean) {
    if (show === this.totalsShown) return;
    if (show) {
      this.rectangle = { ...this.rectangle, rowCount: this.rectangle.rowCount + 1 };
      const totals = this.totalRowRectangle;
      const lastColumnName = this.columnNames()[this.rectangle.columnCount - 1];
      this.sheet.writeValues({ ...totals, columnCount: 1 }, "Total");
      this.sheet.writeValues(
        { ...totals, column: totals.column + totals.columnCount - 1, columnCount: 1 },
        `=SUBTOTAL(109,[${lastColumnName}])`
      );
    } else {
      this.sheet.clear(this.totalRowRectangle, "All");
      this.rectangle = { ...this.rectangle, rowCount: this.rectangle.rowCount - 1 };
    }
    this.totalsShown = show;
  }

  /** Sets the style after checking it is one of Excel's built-in table styles. */
  setStyle(style: unknown): void {
    if (typeof style !== "string" || !TABLE_STYLE.test(style)) {
      throw new HostError(
        "InvalidArgument",
        `'${String(style)}' is not a built-in table style such as TableStyleMedium2.`
      );
    }
    this.style = style;
  }
}

/**
 * Header names as Excel makes them when a table is created: blank headers become Column1, Column2, …
 * and repeated names get 2, 3, … appended (compared case-insensitively).
 * @example uniqueHeaderNames(["Name", "", "Name"]) // ["Name", "Column1", "Name2"]
 */
export function uniqueHeaderNames(headers: readonly CellValue[]): string[] {
  const names: string[] = [];
  for (const header of headers) {
    const text = displayText(header, "General").trim();
    if (text === "") names.push(firstFreeName("Column", names));
    else if (names.some((taken) => sameName(taken, text)))
      names.push(firstFreeName(text, names, 2));
    else names.push(text);
  }
  return names;
}

/**
 * Throws `InvalidArgument` unless Excel accepts the text as a table name: starts with a letter, _ or \,
 * then letters, digits, _ . or \, at most 255 characters and not readable as a cell reference.
 * @example validateTableName("Customers") // passes
 * @example validateTableName("A1") // throws InvalidArgument
 */
export function validateTableName(name: unknown): asserts name is string {
  const valid =
    typeof name === "string" &&
    name.length <= MAXIMUM_NAME_LENGTH &&
    TABLE_NAME.test(name) &&
    !LOOKS_LIKE_REFERENCE.test(name);
  if (!valid)
    throw new HostError("InvalidArgument", `'${String(name)}' is not a valid table name.`);
}
