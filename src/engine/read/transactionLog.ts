import type { AttributeColumn } from "./attributeColumn";
import type { SkipReason } from "./skipReasons";
import { InputError } from "../inputError";
import { isBlankCell, isBlankRow } from "./isBlankCell";
import { readAmount } from "./readNumber";
import type { ColumnRoles } from "./columnRoles";
import { doubledArray } from "./doubledArray";
import { toDaySerialDayFirst } from "./excelDate";
import { cellText, createTextPositions } from "./textPositions";
import { isMissing } from "../isMissing";

/** A transaction log in columns: row i is customerIds[customer[i]] buying for amount[i] on day serial date[i]. */
export interface TransactionLog {
  /** Valid rows. */
  readonly rows: number;
  /** Distinct customer ids as text, in order of first appearance. */
  readonly customerIds: readonly string[];
  readonly customer: Int32Array;
  /** Excel 1900-system day serials. */
  readonly date: Float64Array;
  readonly amount: Float64Array;
  /** Rows skipped, by reason (entirely blank rows are not counted). */
  readonly skipped: Readonly<Record<SkipReason, number>>;
  /** 0-based data row index (header not counted) of the first row skipped for each reason; −1 when none. */
  readonly firstSkippedRow: Readonly<Record<SkipReason, number>>;
  /** The attribute of each row, when the builder was given an attribute column. */
  readonly attribute?: AttributeColumn;
  /**
   * Each row's order, when the roles name an order-id column: line items of one order share a
   * position in orderIds; a row with a blank order id is an order of its own (−1).
   */
  readonly order?: Int32Array;
  readonly orderIds?: readonly string[];
}

/** What the builder needs to know beyond the roles. */
export interface TransactionLogReading {
  /** The amount column's decimal separator, when known (amountDecimalSeparator finds it). */
  decimalSeparator?: "." | ",";
  /** Column of an attribute (channel, region) carried per row into `attribute`. */
  attributeColumn?: number;
}

export interface TransactionLogBuilder {
  /** Adds the next block of data rows (no header), e.g. one chunk read from a sheet. */
  addRows(rows: readonly (readonly unknown[])[]): void;
  /**
   * Adds the next block of data rows given as columns, each a one-column range as Excel hands
   * it to a custom function (rows of one cell); the roles index this list of columns. A column
   * shorter than the others reads as blank cells.
   */
  addColumns(columns: readonly (readonly (readonly unknown[])[])[]): void;
  /** The log of all rows added so far (a copy; the builder may go on adding). */
  finish(): TransactionLog;
}

const INITIAL_CAPACITY = 1024;

/**
 * Builds a TransactionLog from spreadsheet rows given in blocks, reading every cell the one way
 * every surface shares (the pane, CX.SUMMARY, the KPI table): customer ids and order ids are
 * trimmed text, a number and its text being the same id (17 and "17"); dates through
 * toDaySerialDayFirst (Excel serials, ISO text, day-first text "15.03.2023"); amounts through
 * readAmount (thousands separators, currency signs, the column's decimal separator). A row with
 * a blank customer, an unreadable date or a non-numeric amount is skipped and counted; an
 * entirely blank row is skipped silently.
 *
 * @param roles Column index of the customer, date and amount in each row, and of the order id
 * when the log has one (line items of one order then count as one order).
 * @param reading The amount column's decimal separator and an attribute column (rows only).
 * @throws InputError (kind "na") on the role whose column is missing (−1).
 *
 * @example
 * const builder = createTransactionLogBuilder({ customer: 0, date: 1, amount: 2 });
 * builder.addRows([[17, "2023-03-15", 20], ["17", 45001, "5,5"], ["", 45001, 3]]);
 * const log = builder.finish();
 * log.customerIds; // ["17"]
 * log.date; // Float64Array [45000, 45001]
 * log.amount; // Float64Array [20, 5.5]
 * log.skipped.blankCustomer; // 1
 * log.firstSkippedRow.blankCustomer; // 2
 * builder.addColumns([[["18"]], [[45002]], [[7]]]); // the same, one range per column
 * const danish = createTransactionLogBuilder({ customer: 0, date: 1, amount: 2, order: 4 },
 *   { decimalSeparator: ",", attributeColumn: 3 });
 * danish.addRows([["7", "15.03.2023", "kr 1.234,50", "Web", "A-1"], ["7", "15.03.2023", "99", "Web", "A-1"]]);
 * danish.finish().attribute; // { values: ["Web"], index: Int32Array [0, 0] }
 * danish.finish().order; // Int32Array [0, 0]: one order of two line items
 */
export function createTransactionLogBuilder(
  roles: ColumnRoles,
  reading: TransactionLogReading = {}
): TransactionLogBuilder {
  for (const role of ["customer", "date", "amount"] as const) {
    if (roles[role] < 0) throw new InputError(role, `no ${role} column found`, "na");
  }
  const customerIds = createIdPositions();
  const orderColumn = roles.order ?? -1;
  const orderIds = createIdPositions();
  let customer = new Int32Array(INITIAL_CAPACITY);
  let date = new Float64Array(INITIAL_CAPACITY);
  let amount = new Float64Array(INITIAL_CAPACITY);
  let order = new Int32Array(orderColumn >= 0 ? INITIAL_CAPACITY : 0);
  let length = 0;
  let rowsSeen = 0;
  const attributeColumn = reading.attributeColumn ?? -1;
  let attributeIndex = new Int32Array(attributeColumn >= 0 ? INITIAL_CAPACITY : 0);
  const attributeValues = createTextPositions();
  const decimalSeparator = reading.decimalSeparator;
  const skipped: Record<SkipReason, number> = {
    blankCustomer: 0,
    unreadableDate: 0,
    nonNumericAmount: 0,
  };
  const firstSkippedRow: Record<SkipReason, number> = {
    blankCustomer: -1,
    unreadableDate: -1,
    nonNumericAmount: -1,
  };

  const skip = (reason: SkipReason, row: number) => {
    if (skipped[reason]++ === 0) firstSkippedRow[reason] = row;
  };

  const grow = () => {
    customer = doubledArray(customer);
    date = doubledArray(date);
    amount = doubledArray(amount);
    if (orderColumn >= 0) order = doubledArray(order);
    if (attributeColumn >= 0) attributeIndex = doubledArray(attributeIndex);
  };

  /** Position of an attribute cell's trimmed text among the values seen, −1 for a blank. */
  const attributeOf = (cell: unknown): number => {
    const value = cellText(cell);
    return value === "" ? -1 : attributeValues.positionOf(value);
  };

  /** Stores one row, or says why it is left out. */
  const addTransaction = (
    customerCell: unknown,
    dateCell: unknown,
    amountCell: unknown,
    orderCell: unknown,
    attributeCell: unknown
  ): SkipReason | undefined => {
    const numericId = typeof customerCell === "number" && Number.isFinite(customerCell);
    const id = numericId ? "" : cellText(customerCell);
    if (!numericId && id === "") return "blankCustomer";
    const daySerial = toDaySerialDayFirst(dateCell);
    if (isMissing(daySerial)) return "unreadableDate";
    const value = readAmount(amountCell, decimalSeparator);
    if (isMissing(value)) return "nonNumericAmount";
    // Numbered only now, so a customer whose every row is skipped is no customer.
    const customerNumber = numericId
      ? customerIds.positionOfNumber(customerCell)
      : customerIds.positionOfText(id);
    if (length === customer.length) grow();
    customer[length] = customerNumber;
    date[length] = daySerial;
    amount[length] = value;
    if (orderColumn >= 0) order[length] = orderIds.positionOf(orderCell);
    if (attributeColumn >= 0) attributeIndex[length] = attributeOf(attributeCell);
    length++;
    return undefined;
  };

  return {
    addRows(rows) {
      for (let index = 0; index < rows.length; index++) {
        const row = rows[index];
        const rowIndex = rowsSeen++;
        const reason = addTransaction(
          row[roles.customer],
          row[roles.date],
          row[roles.amount],
          orderColumn >= 0 ? row[orderColumn] : undefined,
          attributeColumn >= 0 ? row[attributeColumn] : undefined
        );
        if (reason === undefined || (reason === "blankCustomer" && isBlankRow(row))) continue;
        skip(reason, rowIndex);
      }
    },
    addColumns(columns) {
      const customerColumn = columns[roles.customer] ?? [];
      const dateColumn = columns[roles.date] ?? [];
      const amountColumn = columns[roles.amount] ?? [];
      const orderCells = orderColumn >= 0 ? (columns[orderColumn] ?? []) : [];
      const rowCount = Math.max(customerColumn.length, dateColumn.length, amountColumn.length);
      for (let index = 0; index < rowCount; index++) {
        const rowIndex = rowsSeen++;
        const dateCell = dateColumn[index]?.[0];
        const amountCell = amountColumn[index]?.[0];
        const reason = addTransaction(
          customerColumn[index]?.[0],
          dateCell,
          amountCell,
          orderCells[index]?.[0],
          undefined
        );
        if (reason === undefined) continue;
        if (reason === "blankCustomer" && isBlankCell(dateCell) && isBlankCell(amountCell))
          continue;
        skip(reason, rowIndex);
      }
    },
    finish() {
      return {
        rows: length,
        customerIds: customerIds.values.slice(),
        customer: customer.slice(0, length),
        date: date.slice(0, length),
        amount: amount.slice(0, length),
        skipped: { ...skipped },
        firstSkippedRow: { ...firstSkippedRow },
        ...(attributeColumn >= 0 && {
          attribute: {
            values: attributeValues.values.slice(),
            index: attributeIndex.slice(0, length),
          },
        }),
        ...(orderColumn >= 0 && {
          order: order.slice(0, length),
          orderIds: orderIds.values.slice(),
        }),
      };
    },
  };
}

/** Ids (of customers, of orders) numbered in order of first appearance. */
interface IdPositions {
  readonly values: string[];
  /** Position of a finite number's id, appending it when new. */
  positionOfNumber(id: number): number;
  /** Position of a trimmed, non-blank text id, appending it when new. */
  positionOfText(id: string): number;
  /** Position of the id in a cell, appending it when new; −1 for a blank cell. */
  positionOf(cell: unknown): number;
}

/**
 * Numbers ids as they come: a cell's trimmed text, a number and its text being one id (17 and
 * "17"). Numbers, as Excel hands most ids over, are looked up without first becoming text.
 */
function createIdPositions(): IdPositions {
  const texts = createTextPositions();
  const numbers = new Map<number, number>();
  const positionOfNumber = (id: number) => {
    let position = numbers.get(id);
    if (position === undefined) {
      // A number new to this map may have come before as text.
      position = texts.positionOf(String(id));
      numbers.set(id, position);
    }
    return position;
  };
  return {
    values: texts.values,
    positionOfNumber,
    positionOfText: texts.positionOf,
    positionOf(cell) {
      if (typeof cell === "number" && Number.isFinite(cell)) return positionOfNumber(cell);
      const text = cellText(cell);
      return text === "" ? -1 : texts.positionOf(text);
    },
  };
}
