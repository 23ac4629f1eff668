import { formatAddress, parseAddress } from "./address";
import { CellInput, interpretInput } from "./cellInput";
import { CellKind, CellValue, Column } from "./column";
import { ConditionalFormat } from "./conditionalFormat";
import { displayText } from "./displayText";
import { HostError, requireArgument } from "./hostError";
import { Rectangle, SHEET_COLUMNS, SHEET_ROWS, contains, intersects } from "./rectangle";

/** The most characters a cell holds (support.microsoft.com, "Excel specifications and limits"). */
const CELL_CHARACTER_LIMIT = 32_767;

/** A formatting call recorded against a range, e.g. `{ address: "A1:C1", property: "font.bold", value: true }`. */
export interface FormatRecord {
  readonly rectangle: Rectangle;
  readonly address: string;
  readonly property: string;
  readonly value: unknown;
}

/** What `Range.clear(applyTo)` removes. */
export type ClearTarget = "All" | "Contents" | "Formats";

/** A 2-D input (or a single value) as written to a range; `null` leaves a cell unchanged. */
export type RangeInput = unknown;

const GENERAL = 0;
const DEFAULT_COLUMN_WIDTH = 48;
const DEFAULT_ROW_HEIGHT = 15;
const DIMENSION_MISMATCH =
  "The number of rows or columns in the input array doesn't match the size or dimensions of the range.";

/** One worksheet: cells stored per column, number formats, recorded formatting, panes and its own selection. */
export class Sheet {
  name: string;
  /** Kept while the sheet is renamed or moved; `Workbook.reopen` gives it another. */
  id: string;
  /** The cells this sheet has selected; it becomes the workbook's selection when the sheet is active. */
  selection: Rectangle = { row: 0, column: 0, rowCount: 1, columnCount: 1 };
  /** Every selected area, `selection` (the active one) last: more than one after a Ctrl+click. */
  selectedAreas: readonly Rectangle[] = [this.selection];
  frozenRows = 0;
  frozenColumns = 0;
  /** Every font, fill, width and autofit call made through the API, oldest first. */
  readonly formatLog: FormatRecord[] = [];
  /** Conditional formats in priority order: the first applies first (Excel puts the newest there). */
  readonly conditionalFormats: ConditionalFormat[] = [];
  private columns: Array<Column | undefined> = [];
  private columnFormats = new Map<number, number>();
  private formatNames = ["General"];
  private formatIndexes = new Map<string, number>([["General", GENERAL]]);

  constructor(name: string, id: string) {
    this.name = name;
    this.id = id;
  }

  /**
   * Test setup: stores the rows exactly as given (no coercion of numeric text) from `topLeft` on.
   * @example sheet.setValues("A1", [["Customer", "Date"], ["00123", 45292]])
   */
  setValues(topLeft: string, rows: CellValue[][]): void {
    const { row, column } = parseAddress(topLeft).rectangle;
    rows.forEach((values, rowOffset) =>
      values.forEach((value, columnOffset) =>
        this.column(column + columnOffset).setValue(row + rowOffset, value)
      )
    );
  }

  /**
   * The values of an A1 range, "" for empty cells.
   * @example sheet.getValues("A1:B2") // [["Customer", "Date"], ["00123", 45292]]
   */
  getValues(address: string): CellValue[][] {
    return this.readValues(parseAddress(address).rectangle);
  }

  /** `Range.values` of a rectangle. */
  readValues(rectangle: Rectangle): CellValue[][] {
    return this.readCells(rectangle, (column, row) => column?.value(row) ?? "");
  }

  /** `Range.formulas` of a rectangle. */
  readFormulas(rectangle: Rectangle): CellValue[][] {
    return this.readCells(rectangle, (column, row) => column?.formula(row) ?? "");
  }

  /** `Range.numberFormat` of a rectangle. */
  readNumberFormats(rectangle: Rectangle): string[][] {
    return this.readCells(
      rectangle,
      (column, row, columnIndex) => this.formatNames[this.formatIndex(column, row, columnIndex)]
    );
  }

  /** `Range.text` of a rectangle. */
  readText(rectangle: Rectangle): string[][] {
    return this.readCells(rectangle, (column, row, columnIndex) =>
      displayText(
        column?.value(row) ?? "",
        this.formatNames[this.formatIndex(column, row, columnIndex)]
      )
    );
  }

  /**
   * The longest text in each column of the rectangle, which autofitColumns fits the column to:
   * Excel fits to the contents of the range's cells only ("based only on the contents of cells
   * A1:E1", Range.AutoFit, learn.microsoft.com). Text is compared by length in characters, and a
   * number by its value's digits (the double measures no fonts or number formats).
   * @example sheet.longestTexts(parseAddress("A1:B3").rectangle) // -> ["Customer", "45292"]
   */
  longestTexts(rectangle: Rectangle): string[] {
    const longest = new Array<string>(rectangle.columnCount).fill("");
    for (const row of this.readValues(rectangle)) {
      row.forEach((value, column) => {
        const text = String(value);
        if (text.length > longest[column].length) longest[column] = text;
      });
    }
    return longest;
  }

  /** `Range.values = input`: Excel's typing rules per cell; `null` leaves a cell as it is. */
  writeValues(rectangle: Rectangle, input: RangeInput): void {
    const cellInput = broadcastInput(rectangle, input);
    this.forEachCell(rectangle, (column, row, rowOffset, columnOffset) => {
      const value = cellInput(rowOffset, columnOffset);
      if (value === null) return;
      if (!isCellValue(value))
        throw new HostError(
          "InvalidArgument",
          `Cells accept numbers, text and booleans, not ${JSON.stringify(value)}.`
        );
      // Excel specifications and limits: a cell holds at most 32,767 characters.
      if (typeof value === "string" && value.length > CELL_CHARACTER_LIMIT)
        throw new HostError(
          "InvalidArgument",
          `A cell holds at most ${CELL_CHARACTER_LIMIT} characters; this text has ${value.length}.`
        );
      const target = column();
      const columnIndex = rectangle.column + columnOffset;
      const interpreted: CellInput = interpretInput(
        value,
        this.formatNames[this.formatIndex(target, row, columnIndex)]
      );
      if ("formula" in interpreted) return target.setFormula(row, interpreted.formula);
      target.setValue(row, interpreted.value);
      if (interpreted.impliedFormat && this.formatIndex(target, row, columnIndex) === GENERAL) {
        target.setFormat(row, this.formatIndexOf(interpreted.impliedFormat));
      }
    });
  }

  /** `Range.formulas = input`: like values, where text starting with "=" becomes a formula. */
  writeFormulas(rectangle: Rectangle, input: RangeInput): void {
    this.writeValues(rectangle, input);
  }

  /** `Range.numberFormat = input`; a single format over whole columns becomes those columns' format. */
  writeNumberFormats(rectangle: Rectangle, input: RangeInput): void {
    const cellInput = broadcastInput(rectangle, input);
    if (rectangle.rowCount === SHEET_ROWS && isSingleValue(input)) {
      const single = cellInput(0, 0);
      if (single === null) return;
      requireFormat(single);
      for (
        let column = rectangle.column;
        column < rectangle.column + rectangle.columnCount;
        column++
      ) {
        this.columns[column]?.resetFormats();
        this.columnFormats.set(column, this.formatIndexOf(single));
      }
      return;
    }
    this.forEachCell(rectangle, (column, row, rowOffset, columnOffset) => {
      const format = cellInput(rowOffset, columnOffset);
      if (format === null) return;
      requireFormat(format);
      column().setFormat(row, this.formatIndexOf(format));
    });
  }

  /** `Range.clear(applyTo)`. */
  clear(rectangle: Rectangle, target: ClearTarget): void {
    for (
      let columnIndex = rectangle.column;
      columnIndex < rectangle.column + rectangle.columnCount;
      columnIndex++
    ) {
      const column = this.columns[columnIndex];
      const lastRow = Math.min(rectangle.row + rectangle.rowCount, column?.capacity ?? 0);
      for (let row = rectangle.row; column && row < lastRow; row++) {
        if (target !== "Formats") column.setValue(row, "");
        if (target !== "Contents") column.setFormat(row, GENERAL);
      }
      if (target !== "Contents" && rectangle.rowCount === SHEET_ROWS)
        this.columnFormats.delete(columnIndex);
    }
    if (target !== "Contents") this.formatLog.push(formatRecord(rectangle, "clearFormats", true));
  }

  /** Whether the cell holds neither a value nor a formula. */
  isBlank(row: number, column: number): boolean {
    return (this.columns[column]?.kind(row) ?? CellKind.empty) === CellKind.empty;
  }

  /**
   * The bounding box of cells with values (and, unless `valuesOnly`, number formats), or undefined
   * when there are none.
   */
  usedRange(valuesOnly: boolean): Rectangle | undefined {
    let firstRow = SHEET_ROWS,
      lastRow = -1,
      firstColumn = SHEET_COLUMNS,
      lastColumn = -1;
    this.columns.forEach((column, columnIndex) => {
      const rows = column?.usedRows(valuesOnly);
      if (!rows) return;
      firstRow = Math.min(firstRow, rows.first);
      lastRow = Math.max(lastRow, rows.last);
      firstColumn = Math.min(firstColumn, columnIndex);
      lastColumn = columnIndex;
    });
    if (lastRow < 0) return undefined;
    return {
      row: firstRow,
      column: firstColumn,
      rowCount: lastRow - firstRow + 1,
      columnCount: lastColumn - firstColumn + 1,
    };
  }

  /**
   * Excel's current region (Ctrl+Shift+*): the rectangle grown while any cell next to it, diagonals
   * included, is non-blank.
   */
  surroundingRegion(rectangle: Rectangle): Rectangle {
    let top = rectangle.row,
      left = rectangle.column;
    let bottom = top + rectangle.rowCount - 1,
      right = left + rectangle.columnCount - 1;
    const rowHasContent = (row: number): boolean => {
      if (row < 0 || row >= SHEET_ROWS) return false;
      for (
        let column = Math.max(0, left - 1);
        column <= Math.min(SHEET_COLUMNS - 1, right + 1);
        column++
      ) {
        if (!this.isBlank(row, column)) return true;
      }
      return false;
    };
    const columnHasContent = (column: number): boolean => {
      if (column < 0 || column >= SHEET_COLUMNS) return false;
      const rowLimit = Math.min(
        SHEET_ROWS - 1,
        bottom + 1,
        (this.columns[column]?.capacity ?? 0) - 1
      );
      for (let row = Math.max(0, top - 1); row <= rowLimit; row++)
        if (!this.isBlank(row, column)) return true;
      return false;
    };
    for (let grown = true; grown;) {
      const span = bottom - top + right - left;
      while (rowHasContent(bottom + 1)) bottom++;
      while (rowHasContent(top - 1)) top--;
      while (columnHasContent(right + 1)) right++;
      while (columnHasContent(left - 1)) left--;
      // The sides only move outwards, so a wider span means one of them moved.
      grown = bottom - top + right - left > span;
    }
    return { row: top, column: left, rowCount: bottom - top + 1, columnCount: right - left + 1 };
  }

  /** Moves the cells at and below the rectangle's top row down by its height, within its columns. */
  insertCellsDown(rectangle: Rectangle): void {
    for (
      let column = rectangle.column;
      column < rectangle.column + rectangle.columnCount;
      column++
    ) {
      this.columns[column]?.insertRows(rectangle.row, rectangle.rowCount);
    }
  }

  /** Records a formatting call (font, fill, widths, autofit) so tests can assert on it. */
  recordFormat(rectangle: Rectangle, property: string, value: unknown): void {
    this.formatLog.push(formatRecord(rectangle, property, value));
  }

  /**
   * A recorded format property as Excel reads it back: the latest value set over the whole rectangle,
   * null when a later call covered only part of it, otherwise the default.
   */
  formatValue(rectangle: Rectangle, property: string, defaultValue: unknown): unknown {
    for (let index = this.formatLog.length - 1; index >= 0; index--) {
      const record = this.formatLog[index];
      if (!intersects(record.rectangle, rectangle)) continue;
      if (record.property === "clearFormats")
        return contains(record.rectangle, rectangle) ? defaultValue : null;
      if (record.property !== property) continue;
      return contains(record.rectangle, rectangle) ? record.value : null;
    }
    return defaultValue;
  }

  /** `RangeFormat.columnWidth` default in points (8.43 characters). */
  static readonly defaultColumnWidth = DEFAULT_COLUMN_WIDTH;
  /** `RangeFormat.rowHeight` default in points. */
  static readonly defaultRowHeight = DEFAULT_ROW_HEIGHT;

  /** A deep copy of the cells, formats and settings of this sheet. */
  clone(): Sheet {
    const copy = new Sheet(this.name, this.id);
    copy.columns = this.columns.map((column) => column?.clone());
    copy.columnFormats = new Map(this.columnFormats);
    copy.formatNames = [...this.formatNames];
    copy.formatIndexes = new Map(this.formatIndexes);
    copy.selection = this.selection;
    copy.selectedAreas = this.selectedAreas;
    copy.frozenRows = this.frozenRows;
    copy.frozenColumns = this.frozenColumns;
    return copy;
  }

  /** Number of columns that have storage (a bound for scanning every cell). */
  get allocatedColumns(): number {
    return this.columns.length;
  }

  /** Rows allocated in a column (a bound for scanning it). */
  allocatedRows(column: number): number {
    return this.columns[column]?.capacity ?? 0;
  }

  private column(index: number): Column {
    return (this.columns[index] ??= new Column());
  }

  private formatIndex(column: Column | undefined, row: number, columnIndex: number): number {
    return column?.format(row) || this.columnFormats.get(columnIndex) || GENERAL;
  }

  private formatIndexOf(format: string): number {
    let index = this.formatIndexes.get(format);
    if (index === undefined) {
      index = this.formatNames.push(format) - 1;
      this.formatIndexes.set(format, index);
    }
    return index;
  }

  private readCells<T>(
    rectangle: Rectangle,
    read: (column: Column | undefined, row: number, columnIndex: number) => T
  ): T[][] {
    const rows: T[][] = [];
    for (let rowOffset = 0; rowOffset < rectangle.rowCount; rowOffset++)
      rows.push(new Array<T>(rectangle.columnCount));
    for (let columnOffset = 0; columnOffset < rectangle.columnCount; columnOffset++) {
      const columnIndex = rectangle.column + columnOffset;
      const column = this.columns[columnIndex];
      for (let rowOffset = 0; rowOffset < rectangle.rowCount; rowOffset++) {
        rows[rowOffset][columnOffset] = read(column, rectangle.row + rowOffset, columnIndex);
      }
    }
    return rows;
  }

  private forEachCell(
    rectangle: Rectangle,
    visit: (column: () => Column, row: number, rowOffset: number, columnOffset: number) => void
  ): void {
    // Excel has no range past the grid to write to; the columns would drop such cells unseen.
    requireArgument(
      rectangle.row + rectangle.rowCount <= SHEET_ROWS &&
        rectangle.column + rectangle.columnCount <= SHEET_COLUMNS,
      `The range ends past the sheet's ${SHEET_ROWS} rows or ${SHEET_COLUMNS} columns.`
    );
    for (let columnOffset = 0; columnOffset < rectangle.columnCount; columnOffset++) {
      const columnIndex = rectangle.column + columnOffset;
      const column = (): Column => this.column(columnIndex);
      for (let rowOffset = 0; rowOffset < rectangle.rowCount; rowOffset++) {
        visit(column, rectangle.row + rowOffset, rowOffset, columnOffset);
      }
    }
  }
}

function formatRecord(rectangle: Rectangle, property: string, value: unknown): FormatRecord {
  return { rectangle, address: formatAddress(rectangle), property, value };
}

function isSingleValue(input: RangeInput): boolean {
  return (
    !Array.isArray(input) ||
    (input.length === 1 && Array.isArray(input[0]) && input[0].length === 1)
  );
}

/**
 * A reader of the input at (row, column) of the rectangle: the input must match the rectangle's size
 * exactly, or be one value (bare or as [[value]]) that Excel applies to every cell.
 */
function broadcastInput(
  rectangle: Rectangle,
  input: RangeInput
): (rowOffset: number, columnOffset: number) => unknown {
  if (!Array.isArray(input)) return () => input;
  const rows = input as unknown[];
  if (rows.length === 1 && Array.isArray(rows[0]) && rows[0].length === 1) {
    const single = rows[0][0];
    return () => single;
  }
  const matches =
    rows.length === rectangle.rowCount &&
    rows.every((row) => Array.isArray(row) && row.length === rectangle.columnCount);
  if (!matches) throw new HostError("InvalidArgument", DIMENSION_MISMATCH);
  return (rowOffset, columnOffset) => (rows[rowOffset] as unknown[])[columnOffset];
}

function isCellValue(value: unknown): value is CellValue {
  return typeof value === "number" || typeof value === "boolean" || typeof value === "string";
}

function requireFormat(format: unknown): asserts format is string {
  if (typeof format !== "string")
    throw new HostError(
      "InvalidArgument",
      `A number format must be text, not ${JSON.stringify(format)}.`
    );
}
