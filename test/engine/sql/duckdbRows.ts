import { dateValue, DuckDBDateValue, DuckDBInstance, type DuckDBValue } from "@duckdb/node-api";
import type { CustomerRow } from "./historyRows";
import { LOG_TABLE_COLUMNS, type SqlLogRow } from "./testLogs";

/** Excel's day serial of 1970-01-01, where DuckDB counts dates from. */
const EPOCH_SERIAL = 25569;

/**
 * Loads the rows into an in-memory DuckDB table "orders" (LOG_TABLE_COLUMNS), runs the
 * query and returns its rows as CustomerRows with dates as day serials.
 * @example
 * await duckdbRows([["A", "2024-03-01", 10, null, null]], "SELECT 1 AS orders"); // [{ orders: 1 }]
 */
export async function duckdbRows(
  rows: readonly SqlLogRow[],
  query: string
): Promise<CustomerRow[]> {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    await connection.run(`CREATE TABLE orders (${LOG_TABLE_COLUMNS})`);
    const appender = await connection.createAppender("orders");
    for (const [id, iso, value, orderId, channelName] of rows) {
      appender.appendVarchar(id);
      if (iso === null) appender.appendNull();
      else appender.appendDate(dateValue(Date.parse(iso) / 86_400_000));
      appender.appendDouble(value);
      if (orderId === null) appender.appendNull();
      else appender.appendVarchar(orderId);
      if (channelName === null) appender.appendNull();
      else appender.appendVarchar(channelName);
      appender.endRow();
    }
    appender.closeSync();
    const result = await connection.runAndReadAll(query);
    return result.getRowObjects().map(customerRow);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

/** A result row with DuckDB's values as numbers (dates as day serials) and text. */
function customerRow(row: Record<string, DuckDBValue>): CustomerRow {
  const converted = Object.fromEntries(
    Object.entries(row).map(([name, value]) => [
      name,
      value instanceof DuckDBDateValue
        ? value.days + EPOCH_SERIAL
        : typeof value === "bigint"
          ? Number(value)
          : value,
    ])
  );
  return converted as unknown as CustomerRow;
}
