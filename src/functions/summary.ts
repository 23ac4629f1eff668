import { customerHistory, type CustomerHistory } from "../engine/history/customerHistory";
import type { TimeUnit } from "../engine/read/timeUnit";
import { readDateCell } from "./dateCell";
import { toExcelError } from "./excelError";
import { HISTORY_COLUMNS } from "../engine/history/historyColumns";
import { summaryRow } from "./summaryRow";
import { readTimeUnit } from "./timeUnitCell";
import { readTransactionLogColumns } from "./transactionLogColumns";
import { previewPlaceholder, PreviewSkipped } from "./valuePreview";

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
    const log = readTransactionLogColumns(customerIds, dates, amounts, orderIds, invocation);
    const end = readDateCell(observationEnd, "observation_end");
    const unit = readTimeUnit(timeUnit, DEFAULT_TIME_UNIT);
    return summaryTable(customerHistory(log, { observationEnd: end, timeUnit: unit }));
  } catch (error) {
    if (error instanceof PreviewSkipped) return previewPlaceholder(error);
    throw toExcelError(error);
  }
}

/** The header row and one row per customer. */
function summaryTable(history: CustomerHistory): unknown[][] {
  const table: unknown[][] = new Array(history.customerIds.length + 1);
  table[0] = [...HISTORY_COLUMNS];
  for (let index = 0; index < history.customerIds.length; index++) {
    table[index + 1] = summaryRow(history, index);
  }
  return table;
}
