import type { AttributeColumn } from "./attributeColumn";
import type { SkipReason } from "./skipReasons";
import { InputError } from "../inputError";
import { isBlankCell, isBlankRow } from "./isBlankCell";
import { readAmount } from "./readNumber";
import type { ColumnRoles } from "./columnRoles";
import { numberToDaySerial, toDaySerialDayFirst } from "./excelDate";
import { cellText, createTextPositions, IdPositions } from "./textPositions";
import { isMissing } from "../isMissing";
import { filledPart } from "./filledPart";
import { withRoom } from "./withRoom";

/** A transaction log in columns: row i is customerIds[customer[i]] buying for amount[i] on day serial date[i]. */
export interface TransactionLog {
  /** Valid rows. */
  readonly rows: number;
  /** Distinct customer ids as text, in order of first appearance. */
  readonly customerIds: readonly string[];
  readonly customer: Int32Array;
  /**
   * Excel 1900-system day serials, whole days (a time of day is dropped as the cells are read):
   * 4 bytes a row rather than 8, so grouping a million rows reads less.
   */
  readonly date: Int32Array;
  /** Each row's amount; 0 in every row of a log without amounts. */
  readonly amount: Float64Array;
  /** True when the log has no amount column: every row is a purchase of unknown value. */
  readonly withoutAmounts?: boolean;
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
  /** Column of an attribute (channel, region) carried per row into `attribute`; with addColumns, its position in the list of columns. */
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
  /**
   * The log of all rows added so far; the builder may go on adding. Its columns may share
   * memory with the builder's (later rows are written past their end, so they never change),
   * so transfer them to a worker only once done adding.
   */
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
 * when the log has one (line items of one order then count as one order). An amount of −1
 * reads a log without amounts: every row is a purchase of unknown value, its amount 0 and the
 * log's `withoutAmounts` true.
 * @param reading The amount column's decimal separator and an attribute column.
 * @throws InputError (kind "na") on the customer or date role whose column is missing (−1).
 *
 * @example
 * const builder = createTransactionLogBuilder({ customer: 0, date: 1, amount: 2 });
 * builder.addRows([[17, "2023-03-15", 20], ["17", 45001, "5,5"], ["", 45001, 3]]);
 * const log = builder.finish();
 * log.customerIds; // ["17"]
 * log.date; // Int32Array [45000, 45001]
 * log.amount; // Float64Array [20, 5.5]
 * log.skipped.blankCustomer; // 1
 * log.firstSkippedRow.blankCustomer; // 2
 * builder.addColumns([[["18"]], [[45002]], [[7]]]); // the same, one range per column
 * const danish = createTransactionLogBuilder({ customer: 0, date: 1, amount: 2, order: 4 },
 *   { decimalSeparator: ",", attributeColumn: 3 });
 * danish.addRows([["7", "15.03.2023", "kr 1.234,50", "Web", "A-1"], ["7", "15.03.2023", "99", "Web", "A-1"]]);
 * danish.finish().attribute; // { values: ["Web"], index: Int32Array [0, 0] }
 * danish.finish().order; // Int32Array [0, 0]: one order of two line items
 * const dated = createTransactionLogBuilder({ customer: 1, date: 0, amount: -1 });
 * dated.addRows([["2014-03-08", 0], ["2014-05-21", 1]]);
 * dated.finish().withoutAmounts; // true, and amount Float64Array [0, 0]
 */
export function createTransactionLogBuilder(
  roles: ColumnRoles,
  reading: TransactionLogReading = {}
): TransactionLogBuilder {
  for (const role of ["customer", "date"] as const) {
    if (roles[role] < 0) throw new InputError(role, `no ${role} column found`, "na");
  }
  return new ColumnsBuilder(roles, reading);
}

/** Where a block's cells of one column are: cell `at` of each entry; `at` −1 for a column the log lacks. */
interface BlockColumn {
  readonly cells: readonly (readonly unknown[])[];
  readonly at: number;
}

/** `count` one-cell rows of a blank cell. */
function blankCells(count: number): unknown[][] {
  return Array.from({ length: count }, () => [undefined]);
}

/** A block's customer, date and amount columns. */
type BlockRoles = readonly [BlockColumn, BlockColumn, BlockColumn];

/**
 * The builder behind createTransactionLogBuilder. A class rather than closures, so that every
 * builder shares the optimised code of its row loop: closures made anew per builder are new
 * call targets each time, and the engine re-optimises (or stops inlining) for each.
 */
class ColumnsBuilder implements TransactionLogBuilder {
  private readonly customerColumn: number;
  private readonly dateColumn: number;
  private readonly amountColumn: number;
  private readonly orderColumn: number;
  private readonly attributeColumn: number;
  private readonly decimalSeparator: "." | "," | undefined;
  private readonly customerIds = new IdPositions();
  private readonly orderIds = new IdPositions();
  private readonly attributeValues = createTextPositions();
  private customer = new Int32Array(INITIAL_CAPACITY);
  private date = new Int32Array(INITIAL_CAPACITY);
  private amount = new Float64Array(INITIAL_CAPACITY);
  private order: Int32Array;
  private attributeIndex: Int32Array;
  private length = 0;
  private rowsSeen = 0;
  private readonly skipped: Record<SkipReason, number> = {
    blankCustomer: 0,
    unreadableDate: 0,
    nonNumericAmount: 0,
  };
  private readonly firstSkippedRow: Record<SkipReason, number> = {
    blankCustomer: -1,
    unreadableDate: -1,
    nonNumericAmount: -1,
  };

  constructor(roles: ColumnRoles, reading: TransactionLogReading) {
    this.customerColumn = roles.customer;
    this.dateColumn = roles.date;
    this.amountColumn = roles.amount;
    this.orderColumn = roles.order ?? -1;
    this.attributeColumn = reading.attributeColumn ?? -1;
    this.decimalSeparator = reading.decimalSeparator;
    this.order = new Int32Array(this.orderColumn >= 0 ? INITIAL_CAPACITY : 0);
    this.attributeIndex = new Int32Array(this.attributeColumn >= 0 ? INITIAL_CAPACITY : 0);
  }

  addRows(rows: readonly (readonly unknown[])[]): void {
    const column = (at: number): BlockColumn => ({ cells: rows, at });
    this.addBlock(
      rows.length,
      [column(this.customerColumn), column(this.dateColumn), column(this.amountColumn)],
      column(this.orderColumn),
      column(this.attributeColumn),
      (index) => isBlankRow(rows[index])
    );
  }

  addColumns(columns: readonly (readonly (readonly unknown[])[])[]): void {
    const roles = [this.customerColumn, this.dateColumn, this.amountColumn];
    const rowCount = Math.max(...roles.map((role) => columns[role]?.length ?? 0));
    // Every column as long as the longest, a missing cell read as blank.
    const column = (role: number): BlockColumn => {
      const cells = columns[role] ?? [];
      const padded =
        cells.length >= rowCount ? cells : cells.concat(blankCells(rowCount - cells.length));
      return { cells: padded, at: 0 };
    };
    const noColumn = { cells: [], at: -1 };
    const [customer, date, amount] = roles.map((role) => (role >= 0 ? column(role) : noColumn));
    this.addBlock(
      rowCount,
      [customer, date, amount],
      this.orderColumn >= 0 ? column(this.orderColumn) : noColumn,
      this.attributeColumn >= 0 ? column(this.attributeColumn) : noColumn,
      (index) =>
        isBlankCell(date.cells[index][0]) && (amount.at < 0 || isBlankCell(amount.cells[index][0]))
    );
  }

  finish(): TransactionLog {
    this.requireOwnColumns();
    const length = this.length;
    const rowsOf = <T extends Int32Array | Float64Array>(column: T): T =>
      filledPart(column, length);
    return {
      rows: length,
      customerIds: this.customerIds.values.slice(),
      customer: rowsOf(this.customer),
      date: rowsOf(this.date),
      amount: rowsOf(this.amount),
      ...(this.amountColumn < 0 && { withoutAmounts: true }),
      skipped: { ...this.skipped },
      firstSkippedRow: { ...this.firstSkippedRow },
      ...(this.attributeColumn >= 0 && {
        attribute: {
          values: this.attributeValues.values.slice(),
          index: rowsOf(this.attributeIndex),
        },
      }),
      ...(this.orderColumn >= 0 && {
        order: rowsOf(this.order),
        orderIds: this.orderIds.values.slice(),
      }),
    };
  }

  /**
   * Adds `count` rows, row i's customer, date and amount being the cells `at` of entry i of the
   * columns' cells (entry i is row i of a block, or of a one-column range). One loop serves
   * both, and reads number cells, as Excel hands most over, in place: no call, no regular
   * expression, and no amount boxed on its way into its column. Text goes to the text readers.
   * A row with a blank customer that `isBlank` (at row i) is skipped silently.
   */
  private addBlock(
    count: number,
    [customer, date, amount]: BlockRoles,
    order: BlockColumn,
    attribute: BlockColumn,
    isBlank: (index: number) => boolean
  ): void {
    this.reserve(count);
    const { customerIds, decimalSeparator } = this;
    // Locals rather than fields, so that the calls the loop makes (new ids, text cells) do not
    // make the engine load them again for every row.
    const customerIndex = this.customer;
    const dateColumn = this.date;
    const amountColumn = this.amount;
    const [customerCells, customerAt] = [customer.cells, customer.at];
    const [dateCells, dateAt] = [date.cells, date.at];
    const [amountCells, amountAt] = [amount.cells, amount.at];
    let length = this.length;
    for (let index = 0; index < count; index++) {
      // No optional chaining here: a cell merged with its `undefined` would be boxed.
      const customerCell = customerCells[index][customerAt];
      const dateCell = dateCells[index][dateAt];
      // A log without amounts has no amount cell: each row is a purchase of amount 0.
      const amountCell = amountAt < 0 ? 0 : amountCells[index][amountAt];
      const numericId = typeof customerCell === "number" && customerCell - customerCell === 0;
      const id = numericId ? "" : cellText(customerCell);
      if (!numericId && id === "") {
        if (!isBlank(index)) this.skip("blankCustomer", this.rowsSeen + index);
        continue;
      }
      const daySerial =
        typeof dateCell === "number" ? numberToDaySerial(dateCell) : toDaySerialDayFirst(dateCell);
      if (isMissing(daySerial)) {
        this.skip("unreadableDate", this.rowsSeen + index);
        continue;
      }
      // The amount goes to its column at once, counting only once the row is kept: a number
      // cell so stays an unboxed double all the way (a value merged from both readers would not).
      let readable: boolean;
      if (typeof amountCell === "number") {
        amountColumn[length] = amountCell;
        readable = amountCell - amountCell === 0; // finite, as readNumber reads a number
      } else {
        const value = readAmount(amountCell, decimalSeparator);
        amountColumn[length] = value;
        readable = !isMissing(value);
      }
      if (!readable) {
        this.skip("nonNumericAmount", this.rowsSeen + index);
        continue;
      }
      // Numbered only now, so a customer whose every row is skipped is no customer.
      customerIndex[length] = numericId
        ? customerIds.positionOfNumber(customerCell)
        : customerIds.positionOfText(id);
      dateColumn[length] = daySerial;
      if (order.at >= 0)
        this.order[length] = this.orderIds.positionOf(order.cells[index][order.at]);
      if (this.attributeColumn >= 0) {
        const cell = attribute.at >= 0 ? attribute.cells[index][attribute.at] : undefined;
        this.attributeIndex[length] = this.attributeOf(cell);
      }
      length++;
    }
    this.length = length;
    this.rowsSeen += count;
  }

  /** Position of an attribute cell's trimmed text among the values seen, −1 for a blank. */
  private attributeOf(cell: unknown): number {
    const value = cellText(cell);
    return value === "" ? -1 : this.attributeValues.positionOf(value);
  }

  private skip(reason: SkipReason, row: number): void {
    if (this.skipped[reason]++ === 0) this.firstSkippedRow[reason] = row;
  }

  /** Room for `rows` more rows, so the per-row code need not check. */
  private reserve(rows: number): void {
    this.requireOwnColumns();
    const needed = this.length + rows;
    this.customer = withRoom(this.customer, needed);
    this.date = withRoom(this.date, needed);
    this.amount = withRoom(this.amount, needed);
    if (this.orderColumn >= 0) this.order = withRoom(this.order, needed);
    if (this.attributeColumn >= 0) this.attributeIndex = withRoom(this.attributeIndex, needed);
  }

  /** Throws once a finished log's columns, shared with the builder's, have gone to a worker. */
  private requireOwnColumns(): void {
    if (this.customer.length < this.length) {
      throw new Error("the log's columns were transferred; read the rows with a new builder");
    }
  }
}
