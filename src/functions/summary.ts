import { requireSameLength } from "../engine/argumentChecks";
import { InputError } from "../engine/inputError";
import { customerHistory, type CustomerHistory } from "../engine/history/customerHistory";
import { amountDecimalSeparator } from "../engine/read/readNumber";
import { toDaySerial } from "../engine/read/excelDate";
import type { TimeUnit } from "../engine/read/timeUnit";
import { createTransactionLogBuilder } from "../engine/read/transactionLog";
import { filledRowCount } from "./blankTail";
import { toMatrix, type Matrix } from "./broadcast";
import { plainCells } from "./cellValues";
import { toExcelError } from "./excelError";
import { isOmitted } from "./isOmitted";
import { readSingleCell } from "./singleCell";
import { readTimeUnit } from "./timeUnitCell";
import { previewPlaceholder, PreviewSkipped, skipLargePreview } from "./valuePreview";

const COLUMN_NAMES = ["customer_ids", "dates", "amounts", "order_ids"] as const;
/** What each column takes, for the message about a data type in it. */
const COLUMN_VALUES = ["text or a number", "a date", "a number", "text or a number"] as const;
const HEADER = [
  "customer",
  "orders",
  "revenue",
  "first_purchase",
  "last_purchase",
  "recency_days",
  "frequency",
  "t_x",
  "T",
  "monetary",
];
const DEFAULT_TIME_UNIT: TimeUnit = "W";

/**
 * Per-customer summary of a transaction log for RFM and CLV models, with a header row: the
 * add-in's one customer history (orders, revenue, and the purchase occasions x, t_x, T).
 * Rows with a blank customer, an unreadable date or a non-numeric amount are skipped. An error cell gives its error and row. While the formula is typed, Excel's preview skips logs of more than 2 000 rows.
 * @customfunction SUMMARY
 * @param customerIds Customer id of each transaction, text or number: a table column such as Table1[Customer] or a range such as A2:A50000. Excel on the web takes about 180 000 rows (Windows and Mac: 1 048 576); larger logs: the task pane.
 * @param dates Date of each transaction: an Excel date or YYYY-MM-DD text, as tall as customer_ids.
 * @param amounts Value of each transaction, as tall as customer_ids.
 * @param [observationEnd] Date the customers are observed to; later transactions are left out. Default: the day after the last date.
 * @param [timeUnit] Unit of t_x and T: "D" days, "W" weeks (default) or "M" months of 365.25/12 days.
 * @param [orderIds] Order id of each row, as tall as customer_ids: line items of one order then count as one order.
 * @returns customer, orders, revenue (returns included), first_purchase, last_purchase, recency_days, frequency (repeat purchase days), t_x, T and monetary (mean repeat day value), one row per customer in order of first appearance; dates as Excel serials.
 * @example
 * =CX.SUMMARY(A2:A7000, B2:B7000, C2:C7000, DATE(1997,9,30), "W") → customer 1: 3 orders, frequency 2, t_x 30.43, T 38.86
 */
export function summary(
  customerIds: unknown[][],
  dates: unknown[][],
  amounts: unknown[][],
  observationEnd?: unknown,
  timeUnit?: unknown,
  orderIds?: unknown[][],
  invocation?: CustomFunctions.Invocation
): unknown[][] {
  try {
    const given = isOmitted(orderIds)
      ? [customerIds, dates, amounts]
      : [customerIds, dates, amounts, orderIds];
    const matrices = given.map(toMatrix);
    matrices.forEach((column, index) => requireColumn(column, COLUMN_NAMES[index]));
    for (let index = 1; index < matrices.length; index++) {
      requireSameLength(
        matrices[index].length,
        matrices[0].length,
        COLUMN_NAMES[index],
        COLUMN_NAMES[0]
      );
    }
    skipLargePreview(invocation, filledRowCount(matrices[0]));
    const columns = matrices.map((column, index) =>
      plainCells(column, COLUMN_NAMES[index], COLUMN_VALUES[index])
    );
    const end = readObservationEnd(observationEnd);
    const unit = readTimeUnit(timeUnit, DEFAULT_TIME_UNIT);

    const roles = { customer: 0, date: 1, amount: 2, order: columns.length > 3 ? 3 : -1 };
    const decimalSeparator = amountDecimalSeparator(columns[2].map((row) => row[0]));
    const builder = createTransactionLogBuilder(roles, { decimalSeparator });
    builder.addColumns(columns);
    const log = builder.finish();
    if (log.rows === 0) {
      throw new InputError(
        COLUMN_NAMES[0],
        "no valid rows: each has a blank customer id, an unreadable date or a non-numeric amount",
        "na"
      );
    }
    return summaryTable(customerHistory(log, { observationEnd: end, timeUnit: unit }));
  } catch (error) {
    if (error instanceof PreviewSkipped) return previewPlaceholder(error);
    throw toExcelError(error);
  }
}

/** The header row and one row per customer; ids that read as numbers go back to numbers. */
function summaryTable(result: CustomerHistory): unknown[][] {
  const table: unknown[][] = new Array(result.customerIds.length + 1);
  table[0] = HEADER;
  for (let index = 0; index < result.customerIds.length; index++) {
    const id = result.customerIds[index];
    table[index + 1] = [
      String(Number(id)) === id ? Number(id) : id,
      result.orders[index],
      result.revenue[index],
      result.firstPurchase[index],
      result.lastPurchase[index],
      result.recencyDays[index],
      result.x[index],
      result.tx[index],
      result.T[index],
      result.meanRepeatSpend[index],
    ];
  }
  return table;
}

/** A data argument must have rows and be one column wide. */
function requireColumn(matrix: Matrix, argument: string): void {
  if (matrix.length === 0) throw new InputError(argument, "the range is empty", "na");
  for (let row = 0; row < matrix.length; row++) {
    if (matrix[row].length > 1) throw new InputError(argument, "must be a single column", "value");
  }
}

/** observation_end as a day serial, undefined for the default. */
function readObservationEnd(argument: unknown): number | undefined {
  const cell = readSingleCell(argument, "observation_end");
  if (cell === undefined) return undefined;
  const serial = toDaySerial(cell);
  if (serial !== serial) {
    throw new InputError(
      "observation_end",
      "is not a date; give an Excel date or YYYY-MM-DD text",
      "value"
    );
  }
  return serial;
}
