import { customerTableQuery } from "../../../src/engine/sql/customerTableQuery";
import type { SqlDialect } from "../../../src/engine/sql/sqlDialect";
import type { TimeUnit } from "../../../src/engine/read/timeUnit";
import { readFixture } from "../../fixtures/readFixture";

/** A log row as a database holds it: customer, ISO date (null: none), amount, order id, channel. */
export type SqlLogRow = [string, string | null, number, string | null, string | null];

/**
 * A log with what real logs hold, dated 2024: line items of one order, two orders on one day, a
 * return on its own day, a purchase and a larger return on one day (a day netting below 0, but
 * an order), a free order, a row without an order id, a customer with only returns, a row
 * without a date, a row after the observation end used in the tests (2024-04-30), and a channel
 * that changes, is blank on the latest row, or is missing.
 * @example
 * MIXED_LOG.length; // 15
 */
export const MIXED_LOG: readonly SqlLogRow[] = [
  ["K1", "2024-03-01", 100, "A-1", "Web"], // order A-1: two line items
  ["K1", "2024-03-01", 50, "A-1", "Web"],
  ["K1", "2024-03-01", 20, "A-2", "Web"], // a second order on the same day
  ["K1", "2024-03-15", -30, "A-3", "Web"], // a return
  ["K1", "2024-04-02", 80, "A-4", "Shop"], // moved to the shop
  ["K1", "2024-04-09", 12.5, null, null], // no order id, no channel
  ["K2", "2024-03-05", 0, "B-1", "Shop"], // a free order
  ["K2", "2024-03-20", 40, "B-2", null],
  ["K2", "2024-03-27", 15, "B-3", "Web"], // a purchase and a larger return on one day
  ["K2", "2024-03-27", -25, "B-4", "Web"],
  ["K2", "2024-05-10", 60, "B-5", "App"], // after 2024-04-30
  ["K3", "2024-03-10", -25, "C-1", "Web"], // only returns
  ["K4", "2024-04-20", 9.75, "D-1", null], // one purchase, no channel
  ["K4", "2024-04-20", 0.25, "D-2", null], // same day, another order
  ["K2", null, 15, "B-6", "Web"], // no date
];

/**
 * A log of ids as text cells hold them, as the engine reads them (trimmed text, a blank one
 * none): K1's rows have blank order ids (each an order of its own: 10 and 20 are two orders,
 * −25 a return), a padded customer id (still K1) and a blank channel on the latest row (no
 * channel: K1's stays Web); K2's two line items spell their order id and channel with and
 * without spaces (one order, Shop); the last two rows have a blank customer or one of spaces
 * (no customer, so their later dates do not move the default observation end).
 * @example
 * BLANK_IDS_LOG.length; // 7
 */
export const BLANK_IDS_LOG: readonly SqlLogRow[] = [
  ["K1", "2024-03-01", 10, "", "Web"],
  [" K1", "2024-03-02", 20, "", "Web"],
  ["K1 ", "2024-03-03", -25, "", ""],
  ["K2", "2024-03-04", 5, " B-1", " Shop "],
  ["K2", "2024-03-04", 7, "B-1", "Shop"],
  ["", "2024-03-09", 99, "X-1", "Web"],
  ["   ", "2024-03-10", 99, "X-2", "Web"],
];

/**
 * A log whose amounts cancel in doubles only to a rounding: K1's order C-1 of 0.30, −0.10 and
 * −0.20 on 5 March sums to −2.8e-17 in doubles, 0 in a DECIMAL column, and is an order and a
 * purchase day of 0 either way (snappedNet); K2's three orders of 0.10, 0.20 and −0.30 on one
 * day net to 0 too; K3's return of a cent on 6 March is a return.
 * @example
 * CANCELLING_LOG.length; // 10
 */
export const CANCELLING_LOG: readonly SqlLogRow[] = [
  ["K1", "2024-03-01", 10, "A-1", "Web"],
  ["K1", "2024-03-05", 0.3, "C-1", "Web"],
  ["K1", "2024-03-05", -0.1, "C-1", "Web"],
  ["K1", "2024-03-05", -0.2, "C-1", "Web"],
  ["K1", "2024-03-08", 7, "A-2", "Web"],
  ["K2", "2024-03-02", 0.1, "O-1", "Shop"],
  ["K2", "2024-03-02", 0.2, "O-2", "Shop"],
  ["K2", "2024-03-02", -0.3, "R-1", "Shop"],
  ["K3", "2024-03-02", 5, "D-1", "Web"],
  ["K3", "2024-03-06", -0.01, "D-2", "Web"],
];

/**
 * The CDNOW master log (69,659 rows of 23,570 customers, 1997-01-01 .. 1998-06-30) as rows
 * [customer, ISO date, dollars], without order ids or channels.
 * @example
 * cdnowMasterRows()[0]; // ["00001", "1997-01-01", 11.77, null, null]
 */
export function cdnowMasterRows(): SqlLogRow[] {
  return readFixture("CDNOW_master.txt")
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((line) => {
      const [customer, date, , dollars] = line.trim().split(/\s+/);
      const iso = `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}`;
      return [customer, iso, Number(dollars), null, null];
    });
}

/** The test tables' columns, named as users name them: spaces, capitals, a reserved word. */
export const LOG_COLUMNS = {
  customer: "Customer ID",
  date: "Order Date",
  amount: "Amount",
  order: "Order",
  channel: "Channel",
};

/**
 * The column definitions of a test table, in SQL both DuckDB and PostgreSQL take.
 * @example
 * `CREATE TABLE orders (${LOG_TABLE_COLUMNS})`;
 */
export const LOG_TABLE_COLUMNS =
  `"${LOG_COLUMNS.customer}" VARCHAR, "${LOG_COLUMNS.date}" DATE, ` +
  `"${LOG_COLUMNS.amount}" DOUBLE PRECISION, "${LOG_COLUMNS.order}" VARCHAR, ` +
  `"${LOG_COLUMNS.channel}" VARCHAR`;

/** What a test varies: the end, the unit, and whether the order and channel columns are used. */
export interface LogQueryOptions {
  observationEnd?: number;
  timeUnit?: TimeUnit;
  orders?: boolean;
  channels?: boolean;
}

/**
 * The customer-table query of a test table with LOG_COLUMNS.
 * @example
 * logQuery("duckdb", "orders", { orders: true }); // "-- Customer table for CX … FROM orders …"
 */
export function logQuery(dialect: SqlDialect, table: string, options: LogQueryOptions): string {
  return customerTableQuery({
    dialect,
    table,
    customerColumn: LOG_COLUMNS.customer,
    dateColumn: LOG_COLUMNS.date,
    amountColumn: LOG_COLUMNS.amount,
    orderColumn: options.orders ? LOG_COLUMNS.order : undefined,
    channelColumn: options.channels ? LOG_COLUMNS.channel : undefined,
    observationEnd: options.observationEnd,
    timeUnit: options.timeUnit,
  });
}
