import type { AttributeColumn } from "./attributeColumn";
import type { CustomerTableSkipReason } from "./skipReasons";
import { InputError } from "../inputError";
import { isBlankCell, isBlankRow } from "./isBlankCell";
import { readAmount } from "./readNumber";
import type { ColumnRole } from "./columnRoles";
import { withRoom } from "./withRoom";
import { cellText, createTextPositions } from "./textPositions";
import { toDaySerialDayFirst } from "./excelDate";
import { daysPerTimeUnit, type TimeUnit } from "./timeUnit";

/**
 * What a customer table holds: "rfm" is recency in days, frequency (orders) and monetary (total
 * revenue), as the R rfm package's customer-level data; "histories" is x (repeat purchases),
 * t_x, T and monetary (mean repeat spend), as the models' papers and lifetimes write it; a
 * "histories" table may lack the monetary value (lifetimes' summary without spend): it then
 * feeds the purchase models and RFM's recency and frequency, but no spend or CLV.
 */
export type CustomerTableKind = "rfm" | "histories";

/** Column of each customer-table role in a row, −1 where none. */
export interface CustomerTableColumns {
  customer: number;
  recency: number;
  frequency: number;
  monetary: number;
  x: number;
  tx: number;
  T: number;
  /** "histories": the one history's orders and revenue, where the table has them; −1 for none. */
  orders: number;
  revenue: number;
  /** The first and last purchase dates, where the table has them (either kind); −1 for none. */
  firstPurchase: number;
  lastPurchase: number;
  /** A channel or other attribute to break results down by; −1 for none. */
  attribute: number;
}

/** A customer table in columns, one entry per usable row. */
export interface CustomerTable {
  readonly kind: CustomerTableKind;
  /** Customer ids as text, one per row (a repeated id stays a row of its own). */
  readonly customerIds: readonly string[];
  /**
   * "rfm": days since the last purchase, orders, total revenue. "histories": the recency days,
   * orders and revenue of a table that has those columns too (as the generated customer-table
   * query's and CX.SUMMARY's), NaN in a row whose cell is no number; else empty.
   */
  readonly recency: Float64Array;
  readonly frequency: Float64Array;
  /** "rfm": total revenue; "histories": mean value of the repeat purchases, empty without its column. */
  readonly monetary: Float64Array;
  /** True for a "histories" table without a monetary value column: no spend, revenue or CLV. */
  readonly withoutAmounts?: boolean;
  /** "histories": repeat purchases, time of the last one and length of observation, in periods. Empty for "rfm". */
  readonly x: Float64Array;
  readonly tx: Float64Array;
  readonly T: Float64Array;
  readonly orders: Float64Array;
  readonly revenue: Float64Array;
  /**
   * Day serials of each row's first and last purchase, where the table has those columns (as
   * the generated query's and CX.SUMMARY's), NaN in a row whose cell is no date; else empty.
   */
  readonly firstPurchase: Float64Array;
  readonly lastPurchase: Float64Array;
  /** Days in one period of t_x and T. */
  readonly periodDays: number;
  /** The attribute of each row, when the builder was given an attribute column. */
  readonly attribute?: AttributeColumn;
  /** Rows skipped, by reason (entirely blank rows are not counted). */
  readonly skipped: Readonly<Record<CustomerTableSkipReason, number>>;
  /** Data row (0-based, header not counted) and column of the cell that made the first skipped row unusable; null when none. */
  readonly firstSkippedCell: { row: number; column: number } | null;
}

/** How to read a customer table's cells. */
export interface CustomerTableReading {
  /** The numbers' decimal separator, when detectLayout found it. */
  decimalSeparator?: "." | ",";
  /** Unit of t_x and T ("histories" only). Default "W", as in the models' papers. */
  timeUnit?: TimeUnit;
}

export interface CustomerTableBuilder {
  /** Adds the next block of data rows (no header), e.g. one chunk read from a sheet. */
  addRows(rows: readonly (readonly unknown[])[]): void;
  /** Adds the next block of data rows given as columns, one per sheet column and all as long, e.g. a database's result. */
  addColumns(columns: readonly ArrayLike<unknown>[]): void;
  /** The table of all rows added so far. */
  finish(): CustomerTable;
}

/**
 * The columns of a customer table's roles in a list of column roles (as detectLayout proposes
 * them), −1 where none.
 *
 * @param attributeColumn Column of the attribute to carry, −1 for none.
 *
 * @example
 * customerTableColumns(["customer", "x", "tx", "T", "monetary"]);
 * // { customer: 0, recency: -1, frequency: -1, monetary: 4, x: 1, tx: 2, T: 3, orders: -1,
 * //   revenue: -1, firstPurchase: -1, lastPurchase: -1, attribute: -1 }
 */
export function customerTableColumns(
  roles: readonly ColumnRole[],
  attributeColumn = -1
): CustomerTableColumns {
  const column = (role: ColumnRole) => roles.indexOf(role);
  return {
    customer: column("customer"),
    recency: column("recency"),
    frequency: column("frequency"),
    monetary: column("monetary"),
    x: column("x"),
    tx: column("tx"),
    T: column("T"),
    orders: column("orders"),
    revenue: column("revenue"),
    firstPurchase: column("firstPurchase"),
    lastPurchase: column("lastPurchase"),
    attribute: attributeColumn,
  };
}

/** The roles a "histories" table may have beside those it needs, read where they have a column. */
const OPTIONAL_HISTORY_ROLES: readonly (keyof CustomerTableColumns)[] = [
  "recency",
  "orders",
  "revenue",
];

/** The date roles a table of either kind may have, read where they have a column. */
const DATE_ROLES = ["firstPurchase", "lastPurchase"] as const;

/**
 * The roles each kind of customer table needs, in the order a message names them: a
 * "histories" table's monetary value only where it has the column (read then as needed: a row
 * whose cell is no number or below 0 is skipped).
 */
function neededRoles(columns: CustomerTableColumns): readonly (keyof CustomerTableColumns)[] {
  return customerTableKind(columns) === "rfm"
    ? ["customer", "recency", "frequency", "monetary"]
    : ["customer", "x", "tx", "T", ...(columns.monetary >= 0 ? ["monetary" as const] : [])];
}

/**
 * The kind of customer table the columns describe: "histories" when x, t_x or T has a column,
 * else "rfm".
 *
 * @example
 * customerTableKind({ customer: 0, x: 1, tx: 2, T: 3, monetary: 4, recency: -1, frequency: -1, attribute: -1 }); // "histories"
 */
export function customerTableKind(columns: CustomerTableColumns): CustomerTableKind {
  return columns.x >= 0 || columns.tx >= 0 || columns.T >= 0 ? "histories" : "rfm";
}

/**
 * The roles the columns' kind of customer table needs but has no column for, in order (a
 * "histories" table does without the monetary value).
 *
 * @example
 * missingCustomerTableRoles({ customer: 0, x: 1, tx: 2, T: -1, monetary: -1, recency: -1, frequency: -1, attribute: -1 });
 * // ["T"]
 * missingCustomerTableRoles({ customer: 0, recency: 1, frequency: 2, monetary: -1, x: -1, tx: -1, T: -1, attribute: -1 });
 * // ["monetary"]
 */
export function missingCustomerTableRoles(
  columns: CustomerTableColumns
): (keyof CustomerTableColumns)[] {
  return neededRoles(columns).filter((role) => columns[role] < 0);
}

/**
 * Builds a CustomerTable from spreadsheet rows given in blocks, one customer per row. Numbers
 * are read as users write them (readAmount: either decimal separator, thousands separators,
 * currency). A row is skipped and counted when its customer is blank, when a value it needs is
 * not a number, or when a value is out of range: negative recency, x, t_x or monetary in a
 * "histories" table, fewer than one order, or t_x after T or T below 0. An entirely blank
 * row is skipped silently. The optional columns (a history's orders, revenue and recency; the
 * first and last purchase dates, read as the log's dates are) never skip a row: a cell that is
 * no number or no date is NaN there.
 *
 * @throws InputError (kind "na") on the first role the columns' kind needs and lack.
 *
 * @example
 * const builder = createCustomerTableBuilder({ customer: 0, x: 1, tx: 2, T: 3, monetary: 4,
 *   recency: -1, frequency: -1, attribute: -1 });
 * builder.addRows([[1, 2, 30.43, 38.86, 22.35], [2, 0, 0, 38.86, 0], ["", 1, 1, 2, 3], [3, 1, 40, 38.86, 5]]);
 * // or the same rows as columns, as a database returns them:
 * // builder.addColumns([[1, 2, "", 3], [2, 0, 1, 1], [30.43, 0, 1, 40], [38.86, 38.86, 2, 38.86], [22.35, 0, 3, 5]]);
 * const table = builder.finish();
 * table.kind; // "histories"
 * table.customerIds; // ["1", "2"]
 * table.skipped; // { blankCustomer: 1, nonNumericValue: 0, valueOutOfRange: 1 }
 * table.firstSkippedCell; // { row: 2, column: 0 }
 */
export function createCustomerTableBuilder(
  columns: CustomerTableColumns,
  reading: CustomerTableReading = {}
): CustomerTableBuilder {
  const kind = customerTableKind(columns);
  const missing = missingCustomerTableRoles(columns);
  if (missing.length > 0) {
    throw new InputError(missing[0], `no ${missing[0]} column found`, "na");
  }
  const periodDays = daysPerTimeUnit(reading.timeUnit ?? "W");
  const needed = neededRoles(columns);
  const neededValues = needed.length - 1;
  const optional = kind === "histories" ? OPTIONAL_HISTORY_ROLES : [];
  const valueRoles = [...needed.slice(1), ...optional.filter((role) => columns[role] >= 0)];
  const valueColumns = valueRoles.map((role) => columns[role]);
  // Each value's lowest allowed value, and t_x no later than T.
  const lowest = Float64Array.from(valueRoles, (role) => lowestValue(role, kind));
  const txAt = valueRoles.indexOf("tx");
  const periodsAt = valueRoles.indexOf("T");
  const decimalSeparator = reading.decimalSeparator;
  const customerIds: string[] = [];
  const dateRoles = DATE_ROLES.filter((role) => columns[role] >= 0);
  const dateColumns = dateRoles.map((role) => columns[role]);
  // The kept rows' values, then their dates, one column per role; grown block by block.
  const storedRoles = [...valueRoles, ...dateRoles];
  let stored = storedRoles.map(() => new Float64Array(0));
  let attributeIndex = new Int32Array(0);
  const attributeValues = createTextPositions();
  const skipped: Record<CustomerTableSkipReason, number> = {
    blankCustomer: 0,
    nonNumericValue: 0,
    valueOutOfRange: 0,
  };
  let firstSkippedCell: CustomerTable["firstSkippedCell"] = null;
  let rowsSeen = 0;
  const read = new Float64Array(valueRoles.length);

  const skip = (reason: CustomerTableSkipReason, row: number, column: number) => {
    skipped[reason]++;
    firstSkippedCell ??= { row, column };
  };

  // The current block's numbers in each value column, read once per block.
  let numbers: Float64Array[] = [];
  const addRow = (block: CellBlock, row: number, rowIndex: number) => {
    const id = cellText(block.cell(columns.customer, row));
    if (id === "") {
      if (!block.isBlankRow(row)) skip("blankCustomer", rowIndex, columns.customer);
      return;
    }
    // A value the table needs skips the row when it is no number or out of range; an optional
    // one (a history's orders, revenue, recency) is then NaN, and the history derives it.
    for (let index = 0; index < valueColumns.length; index++) {
      read[index] = numbers[index][row];
      if (!Number.isNaN(read[index]) || index >= neededValues) continue;
      return skip("nonNumericValue", rowIndex, valueColumns[index]);
    }
    for (let index = 0; index < valueColumns.length; index++) {
      const value = read[index];
      if (value >= lowest[index] && !(index === txAt && value > read[periodsAt])) continue;
      if (index >= neededValues) read[index] = NaN;
      else return skip("valueOutOfRange", rowIndex, valueColumns[index]);
    }
    const length = customerIds.length;
    customerIds.push(id);
    for (let index = 0; index < read.length; index++) stored[index][length] = read[index];
    for (let index = 0; index < dateColumns.length; index++) {
      const cell = block.cell(dateColumns[index], row);
      stored[read.length + index][length] = toDaySerialDayFirst(cell);
    }
    if (columns.attribute >= 0) {
      const value = cellText(block.cell(columns.attribute, row));
      attributeIndex[length] = value === "" ? -1 : attributeValues.positionOf(value);
    }
  };

  // Room for a block's rows in one step, so addRow need not check.
  const addBlock = (block: CellBlock) => {
    const needed = customerIds.length + block.length;
    stored = stored.map((column) => withRoom(column, needed));
    if (columns.attribute >= 0) attributeIndex = withRoom(attributeIndex, needed);
    numbers = valueColumns.map((column) => block.numbers(column));
    for (let row = 0; row < block.length; row++) addRow(block, row, rowsSeen++);
  };

  return {
    addRows: (rows) => addBlock(rowBlock(rows, decimalSeparator)),
    addColumns: (cells) => addBlock(columnBlock(cells, decimalSeparator)),
    finish() {
      const length = customerIds.length;
      const column = (role: keyof CustomerTableColumns) => {
        const index = storedRoles.indexOf(role);
        return index < 0 ? new Float64Array(0) : stored[index].slice(0, length);
      };
      return {
        kind,
        customerIds: customerIds.slice(),
        recency: column("recency"),
        frequency: column("frequency"),
        monetary: column("monetary"),
        x: column("x"),
        tx: column("tx"),
        T: column("T"),
        orders: column("orders"),
        revenue: column("revenue"),
        firstPurchase: column("firstPurchase"),
        lastPurchase: column("lastPurchase"),
        periodDays,
        ...(columns.monetary < 0 && { withoutAmounts: true }),
        ...(columns.attribute >= 0 && {
          attribute: {
            values: attributeValues.values.slice(),
            index: attributeIndex.slice(0, length),
          },
        }),
        skipped: { ...skipped },
        firstSkippedCell,
      };
    },
  };
}

/** A block of rows given to the builder, read cell by cell. */
interface CellBlock {
  readonly length: number;
  /** The cell in a column of a row of the block. */
  cell(column: number, row: number): unknown;
  /** The numbers of a column's cells as readAmount reads them, NaN for a cell that is none. */
  numbers(column: number): Float64Array;
  isBlankRow(row: number): boolean;
}

/** Rows as a sheet gives them. */
function rowBlock(rows: readonly (readonly unknown[])[], separator?: "." | ","): CellBlock {
  return {
    length: rows.length,
    cell: (column, row) => rows[row][column],
    numbers: (column) => amounts(rows.length, (row) => rows[row][column], separator),
    isBlankRow: (row) => isBlankRow(rows[row]),
  };
}

/**
 * Columns as a database gives them, all as long. A column of numbers in a typed array is read
 * as it is, or with its infinities made NaN: boxing each of a million rows' numbers into a row
 * array, then reading them one call at a time, cost more than the rest of the building.
 */
function columnBlock(cells: readonly ArrayLike<unknown>[], separator?: "." | ","): CellBlock {
  const length = cells.length === 0 ? 0 : cells[0].length;
  return {
    length,
    // A column past the last given reads as blank cells.
    cell: (column, row) => cells[column]?.[row],
    numbers: (column) => {
      const values = cells[column] ?? [];
      if (!(values instanceof Float64Array)) {
        return amounts(length, (row) => values[row], separator);
      }
      // NaN stays NaN; ±Infinity, which readAmount reads as none, becomes NaN.
      return withoutInfinities(values);
    },
    isBlankRow: (row) => cells.every((values) => isBlankCell(values[row])),
  };
}

/**
 * The amounts of `length` cells, as readAmount reads them. A loop: Float64Array.from with a
 * mapping took some 40 times as long.
 */
function amounts(
  length: number,
  cellAt: (row: number) => unknown,
  separator: "." | "," | undefined
): Float64Array {
  const values = new Float64Array(length);
  for (let row = 0; row < length; row++) values[row] = readAmount(cellAt(row), separator);
  return values;
}

/** The values with ±Infinity made NaN: the values themselves when they have none. */
function withoutInfinities(values: Float64Array): Float64Array {
  for (let index = 0; index < values.length; index++) {
    const value = values[index];
    if (value - value !== 0 && value === value) {
      return values.map((each) => (each - each === 0 ? each : NaN));
    }
  }
  return values;
}

/**
 * The lowest value a role's cell may hold in a table of the kind (NaN fails every comparison):
 * no negative recency, x, t_x, T, orders or (in "histories") monetary value, and at least one
 * order. T may be 0: a customer whose first purchase is on the observation end, as the
 * customer history and the generated query keep them.
 *
 * @example
 * lowestValue("T", "histories"); // 0
 * lowestValue("frequency", "rfm"); // 1
 */
function lowestValue(role: keyof CustomerTableColumns, kind: CustomerTableKind): number {
  switch (role) {
    case "recency":
    case "x":
    case "tx":
    case "orders":
    case "T":
      return 0;
    case "frequency":
      return 1;
    case "monetary":
      return kind === "histories" ? 0 : -Infinity;
    default:
      return -Infinity;
  }
}
