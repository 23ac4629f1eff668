import { SHEET_ROWS } from "./rectangle";

/** What a cell holds as `Range.values` reports it; empty cells read as "". */
export type CellValue = number | string | boolean;

/** Cell kinds stored one byte per row. */
export const CellKind = { empty: 0, number: 1, text: 2, boolean: 3, formula: 4 } as const;

const MINIMUM_CAPACITY = 64;

/**
 * One worksheet column stored densely from row 0 to its highest written row: a byte of kind, a double
 * for numbers and booleans, a slot for text or formula, and an optional number-format index.
 * A million numeric rows cost about 9 MB, with no object per cell.
 */
export class Column {
  private kinds = new Uint8Array(0);
  private numbers = new Float64Array(0);
  private texts: Array<string | undefined> = [];
  private formats: Uint16Array | undefined;

  /** Rows allocated so far; every row at or past it is empty with the column's format. */
  get capacity(): number {
    return this.kinds.length;
  }

  private grow(rowCount: number): void {
    if (rowCount <= this.kinds.length) return;
    const capacity = Math.min(
      SHEET_ROWS,
      Math.max(rowCount, this.kinds.length * 2, MINIMUM_CAPACITY)
    );
    const kinds = new Uint8Array(capacity);
    kinds.set(this.kinds);
    const numbers = new Float64Array(capacity);
    numbers.set(this.numbers);
    this.kinds = kinds;
    this.numbers = numbers;
    if (this.formats) {
      const formats = new Uint16Array(capacity);
      formats.set(this.formats);
      this.formats = formats;
    }
  }

  /** The cell's kind (one of `CellKind`). */
  kind(row: number): number {
    return row < this.kinds.length ? this.kinds[row] : CellKind.empty;
  }

  /** The cell's value; formulas are not evaluated, so their cells read as "". */
  value(row: number): CellValue {
    switch (this.kind(row)) {
      case CellKind.number:
        return this.numbers[row];
      case CellKind.boolean:
        return this.numbers[row] !== 0;
      case CellKind.text:
        return this.texts[row] as string;
      default:
        return "";
    }
  }

  /** The cell's formula, or its value when it holds a constant (as `Range.formulas` reports). */
  formula(row: number): CellValue {
    return this.kind(row) === CellKind.formula ? (this.texts[row] as string) : this.value(row);
  }

  /** Stores a constant; "" empties the cell. */
  setValue(row: number, value: CellValue): void {
    if (value === "" && row >= this.kinds.length) return;
    this.grow(row + 1);
    this.texts[row] = undefined;
    if (typeof value === "number") {
      this.kinds[row] = CellKind.number;
      this.numbers[row] = value;
    } else if (typeof value === "boolean") {
      this.kinds[row] = CellKind.boolean;
      this.numbers[row] = value ? 1 : 0;
    } else if (value === "") {
      this.kinds[row] = CellKind.empty;
    } else {
      this.kinds[row] = CellKind.text;
      this.texts[row] = value;
    }
  }

  /** Stores a formula (text starting with "="). */
  setFormula(row: number, formula: string): void {
    this.grow(row + 1);
    this.kinds[row] = CellKind.formula;
    this.texts[row] = formula;
  }

  /** The cell's number-format index; 0 means the column's default. */
  format(row: number): number {
    return this.formats && row < this.formats.length ? this.formats[row] : 0;
  }

  /** Sets the cell's number-format index. */
  setFormat(row: number, formatIndex: number): void {
    if (formatIndex === 0 && !this.formats) return;
    this.grow(row + 1);
    this.formats ??= new Uint16Array(this.kinds.length);
    this.formats[row] = formatIndex;
  }

  /** Drops every per-cell number format (the column's default applies again). */
  resetFormats(): void {
    this.formats = undefined;
  }

  /** Lowest and highest rows that hold a value (or, unless `valuesOnly`, a number format), or undefined. */
  usedRows(valuesOnly: boolean): { first: number; last: number } | undefined {
    const isUsed = (row: number): boolean =>
      this.kinds[row] !== CellKind.empty || (!valuesOnly && this.format(row) !== 0);
    let first = 0;
    while (first < this.kinds.length && !isUsed(first)) first++;
    if (first === this.kinds.length) return undefined;
    let last = this.kinds.length - 1;
    while (!isUsed(last)) last--;
    return { first, last };
  }

  /** Moves rows at and below `row` down by `count`, as Excel's "insert cells, shift down" does. */
  insertRows(row: number, count: number): void {
    if (row >= this.kinds.length) return;
    const originalLength = this.kinds.length;
    this.grow(Math.min(SHEET_ROWS, originalLength + count));
    const moved = Math.min(originalLength, this.kinds.length - count) - row;
    this.kinds.copyWithin(row + count, row, row + moved);
    this.numbers.copyWithin(row + count, row, row + moved);
    this.formats?.copyWithin(row + count, row, row + moved);
    this.texts.splice(row, 0, ...new Array<undefined>(count));
    this.texts.length = Math.min(this.texts.length, this.kinds.length);
    this.kinds.fill(CellKind.empty, row, row + count);
    this.formats?.fill(0, row, row + count);
  }

  /** A deep copy of the column. */
  clone(): Column {
    const copy = new Column();
    copy.kinds = this.kinds.slice();
    copy.numbers = this.numbers.slice();
    copy.texts = this.texts.slice();
    copy.formats = this.formats?.slice();
    return copy;
  }
}
