import { customerTableQuery } from "../engine/sql/customerTableQuery";
import { sqlDialect } from "../engine/sql/sqlDialect";
import { readDateCell } from "./dateCell";
import { toExcelError } from "./excelError";
import { readSingleCell } from "./singleCell";
import { readTimeUnit } from "./timeUnitCell";

/**
 * The SQL query that builds CX.SUMMARY's customer table where the log lives, for logs too large for a sheet: run it in the database, load the result into a sheet and analyse it as a customer table.
 * @customfunction SUMMARYSQL
 * @param dialect The database: "DuckDB", "PostgreSQL", "BigQuery", "Snowflake", "Spark SQL" (Databricks) or "SQL Server".
 * @param table The table or view as written after FROM, e.g. sales.orders.
 * @param customerColumn Name of the customer id column, spelt as the database stores it (names are quoted, so case counts).
 * @param dateColumn Name of the date (or timestamp) column.
 * @param amountColumn Name of the amount column; returns are negative amounts.
 * @param [observationEnd] Date the customers are observed to; later transactions are left out. Default: the day after the last date.
 * @param [timeUnit] Unit of t_x and T: "D" days, "W" weeks (default) or "M" months of 365.25/12 days.
 * @param [orderColumn] Name of the order id column: line items of one order then count as one order.
 * @param [channelColumn] Name of a channel (or other attribute) column: each customer's latest is returned as channel.
 * @returns The query text in one cell; it returns customer, orders, revenue, first_purchase, last_purchase, recency_days, frequency, t_x, T and monetary (and channel), as CX.SUMMARY does.
 * @example
 * =CX.SUMMARYSQL("PostgreSQL", "shop.orders", "customer_id", "order_date", "amount", DATE(1997,9,30)) → WITH usable_rows AS (… one row per customer
 */
export function summarySql(
  dialect: unknown,
  table: unknown,
  customerColumn: unknown,
  dateColumn: unknown,
  amountColumn: unknown,
  observationEnd?: unknown,
  timeUnit?: unknown,
  orderColumn?: unknown,
  channelColumn?: unknown
): string {
  try {
    return customerTableQuery({
      dialect: sqlDialect(cellText(dialect, "dialect")),
      table: cellText(table, "table"),
      customerColumn: cellText(customerColumn, "customer_column"),
      dateColumn: cellText(dateColumn, "date_column"),
      amountColumn: cellText(amountColumn, "amount_column"),
      observationEnd: readDateCell(observationEnd, "observation_end"),
      timeUnit: readTimeUnit(timeUnit, "W"),
      orderColumn: cellText(orderColumn, "order_column"),
      channelColumn: cellText(channelColumn, "channel_column"),
    });
  } catch (error) {
    throw toExcelError(error);
  }
}

/** A single cell's text (a number as written), trimmed; "" when blank or left out. */
function cellText(argument: unknown, name: string): string {
  const cell = readSingleCell(argument, name);
  return cell === undefined ? "" : String(cell).trim();
}
