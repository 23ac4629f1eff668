import { customerHistory } from "../../../src/engine/history/customerHistory";
import { toDaySerial } from "../../../src/engine/read/excelDate";
import type { TimeUnit } from "../../../src/engine/read/timeUnit";
import { createTransactionLogBuilder } from "../../../src/engine/read/transactionLog";
import type { SqlLogRow } from "./testLogs";

/** One customer's row as the query returns it: dates as day serials, numbers as numbers. */
export interface CustomerRow {
  customer: string;
  orders: number;
  revenue: number;
  first_purchase: number;
  last_purchase: number;
  recency_days: number;
  frequency: number;
  t_x: number;
  T: number;
  monetary: number;
  channel?: string | null;
}

/**
 * customerHistory of the rows, read as the pane reads a sheet of them (a missing date as a blank
 * cell), as CustomerRows keyed by customer: what the query must return.
 * @example
 * historyRows([["A", "2024-03-01", 10, null, null]], { timeUnit: "D" }).get("A")?.orders; // 1
 */
export function historyRows(
  rows: readonly SqlLogRow[],
  options: { observationEnd?: number; timeUnit?: TimeUnit; orders?: boolean; channels?: boolean }
): Map<string, CustomerRow> {
  const builder = createTransactionLogBuilder(
    { customer: 0, date: 1, amount: 2, order: options.orders ? 3 : -1 },
    options.channels ? { attributeColumn: 4 } : {}
  );
  builder.addRows(rows.map((row) => row.map((cell) => cell ?? "")));
  const history = customerHistory(builder.finish(), options);
  const result = new Map<string, CustomerRow>();
  history.customerIds.forEach((customer, index) => {
    const attribute = history.attribute[index];
    result.set(customer, {
      customer,
      orders: history.orders[index],
      revenue: history.revenue[index],
      first_purchase: history.firstPurchase[index],
      last_purchase: history.lastPurchase[index],
      recency_days: history.recencyDays[index],
      frequency: history.x[index],
      t_x: history.tx[index],
      T: history.T[index],
      monetary: history.meanRepeatSpend[index],
      ...(options.channels && {
        channel: attribute < 0 ? null : history.attributeValues[attribute],
      }),
    });
  });
  return result;
}

/** The day serial of a YYYY-MM-DD date. */
export const serialOf = (iso: string): number => toDaySerial(iso);

/**
 * Expects the query's rows to be the history's, customer by customer and column by column:
 * counts, days and channels exactly, sums to 1e-9 (a database adds in its own order). One
 * comparison of two sorted tables, so a failure shows the customers that differ.
 * @example
 * expectSameRows(queryRows, historyRows(rows, {})); // passes or fails naming the customer
 */
export function expectSameRows(
  actual: readonly CustomerRow[],
  expected: ReadonlyMap<string, CustomerRow>
): void {
  const columns = Object.keys(expected.values().next().value ?? {}) as (keyof CustomerRow)[];
  const table = (rows: readonly CustomerRow[]) =>
    rows
      .map((row) => columns.map((column) => rounded(row[column])))
      .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
  expect(table(actual)).toEqual(table([...expected.values()]));
}

/** A number to 9 decimals, so sums added in another order compare equal; anything else as is. */
const rounded = (value: unknown) =>
  typeof value === "number" ? Math.round(value * 1e9) / 1e9 : value;
