import {
  DuckDBDateValue,
  DuckDBDecimalValue,
  DuckDBInstance,
  DuckDBTimestampValue,
  type DuckDBValue,
} from "@duckdb/node-api";
import { extname } from "node:path";
import { detectLayout } from "../../../src/engine/read/detectLayout";
import type { TimeUnit } from "../../../src/engine/read/timeUnit";
import { customerTableQuery } from "../../../src/engine/sql/customerTableQuery";
import { queryColumnNames } from "../../../src/engine/sql/queryColumnNames";
import type { CellValue } from "../double/column";

/** Rows detectLayout reads from the top of the file to name its columns. */
const SAMPLE_ROWS = 500;
/** Excel's day serial of 1970-01-01, where DuckDB counts dates from. */
const EPOCH_SERIAL = 25569;
const MICROSECONDS_PER_DAY = 86_400_000_000;

/** What `fileCustomerTable` needs besides the file. */
export interface FileCustomerTableOptions {
  /** Day serial the customers are observed to; default the day after the last date. */
  readonly observationEnd?: number;
  /** Unit of t_x and T; default "W". */
  readonly timeUnit?: TimeUnit;
}

/**
 * The customer table of a transaction log in a Parquet or CSV file, built by embedded DuckDB
 * with the generated customer-table query (customerTableQuery), as sheet rows: the header, then
 * one row per customer, dates as Excel serials. The columns are named as the pane would read a
 * sample of the file (detectLayout on its first 500 rows, queryColumnNames). A file that
 * already holds a customer table gives its own rows.
 *
 * @throws InputError "customer", "date" or "amount" (kind "na") when the sample shows no such column.
 *
 * @example
 * const rows = await fileCustomerTable("orders.parquet", { observationEnd: 35703 });
 * rows?.[0]; // ["customer", "orders", "revenue", "first_purchase", …, "monetary"]
 */
export async function fileCustomerTable(
  path: string,
  options: FileCustomerTableOptions = {}
): Promise<CellValue[][]> {
  const reader = extname(path).toLowerCase() === ".parquet" ? "read_parquet" : "read_csv";
  const source = `${reader}('${path.replace(/'/g, "''")}')`;
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    const sample = await connection.runAndReadAll(`SELECT * FROM ${source} LIMIT ${SAMPLE_ROWS}`);
    const header = sample.columnNames();
    const proposal = detectLayout(
      header,
      sample.getRows().map((row) => row.map(sampleCell))
    );
    const query =
      proposal.layout === "customers"
        ? `SELECT * FROM ${source}`
        : customerTableQuery({
            dialect: "duckdb",
            table: source,
            ...queryColumnNames(header, proposal.roles),
            ...options,
          });
    const result = await connection.runAndReadAll(query);
    return [result.columnNames(), ...result.getRows().map((row) => row.map(sheetCell))];
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

/** A value as detectLayout reads a cell of the sample: dates as YYYY-MM-DD text. */
function sampleCell(value: DuckDBValue): unknown {
  if (value instanceof DuckDBDateValue || value instanceof DuckDBTimestampValue)
    return value.toString().slice(0, 10);
  return sheetCell(value);
}

/** A value as a sheet cell: dates and timestamps as Excel serials, NULL as blank. */
function sheetCell(value: DuckDBValue): CellValue {
  if (value === null) return "";
  if (value instanceof DuckDBDateValue) return value.days + EPOCH_SERIAL;
  if (value instanceof DuckDBTimestampValue)
    return Number(value.micros) / MICROSECONDS_PER_DAY + EPOCH_SERIAL;
  if (typeof value === "bigint") return Number(value);
  if (value instanceof DuckDBDecimalValue) return value.toDouble();
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean")
    return value;
  return String(value);
}
