import {
  DuckDBDateValue,
  DuckDBDecimalValue,
  DuckDBInstance,
  DuckDBTimestampValue,
  DuckDBTypeId,
  type DuckDBConnection,
  type DuckDBMaterializedResult,
  type DuckDBValue,
} from "@duckdb/node-api";
import { open } from "node:fs/promises";
import { extname } from "node:path";
import { detectLayout } from "../../../src/engine/read/detectLayout";
import type { SkipReason } from "../../../src/engine/read/skipReasons";
import type { TimeUnit } from "../../../src/engine/read/timeUnit";
import { customerTableQuery } from "../../../src/engine/sql/customerTableQuery";
import { queryColumnNames } from "../../../src/engine/sql/queryColumnNames";
import type { CellValue } from "../double/column";
import { csvSeparator, enteredCell } from "./csv";
import { EPOCH_SERIAL, registerFieldReaders } from "./fieldReaders";
import { createLogRows, LOG_ROWS, NUMERIC_TYPES, skippedRows } from "./fileLogRows";

/** Rows detectLayout reads from the top of the file to name its columns. */
const SAMPLE_ROWS = 500;
const MICROSECONDS_PER_DAY = 86_400_000_000;
/** Bytes read from the top of a CSV for its header line, where its separator is told. */
const HEADER_BYTES = 65_536;

/** What `fileCustomerTable` needs besides the file. */
export interface FileCustomerTableOptions {
  /** Day serial the customers are observed to; default the day after the last date. */
  readonly observationEnd?: number;
  /** Unit of t_x and T; default "W". */
  readonly timeUnit?: TimeUnit;
}

/** A table in columns, as DuckDB returns it. */
export interface FileColumns {
  readonly header: readonly string[];
  /**
   * One per header name, all `rowCount` long: a Float64Array for DuckDB's numbers, dates and
   * timestamps (dates as Excel serials, NULL as NaN), sheet cells for any other type (NULL blank).
   */
  readonly columns: readonly (Float64Array | CellValue[])[];
  readonly rowCount: number;
  /** A transaction log's rows left out of its customer table, by reason; none for a customer table. */
  readonly skipped?: Readonly<Record<SkipReason, number>>;
}

/** DuckDB's types whose values sheetCell gives as numbers. */
const NUMBER_TYPES: ReadonlySet<DuckDBTypeId> = new Set([
  ...NUMERIC_TYPES,
  DuckDBTypeId.DATE,
  DuckDBTypeId.TIMESTAMP,
]);

/**
 * The customer table of a transaction log in a Parquet or CSV file, built by embedded DuckDB
 * with the generated customer-table query (customerTableQuery), in columns: one row per
 * customer, dates as Excel serials. The file is read as the pane reads a sheet of it: a CSV's
 * fields as the cells Excel would make of them (enteredCell), its dates and amounts by the
 * engine's readers (createLogRows), so a row they cannot read is left out and counted, as the
 * pane counts it (`skipped`), rather than failing the run; a Parquet file's dates, timestamps
 * (their day in UTC, whatever the machine's time zone) and numbers as they are. The columns are
 * named as the pane would read a sample of the file (detectLayout on its first 500 rows,
 * queryColumnNames). A file that already holds a customer table gives its own columns.
 *
 * @throws InputError "customer", "date" or "amount" (kind "na") when the sample shows no such column.
 *
 * @example
 * const table = await fileCustomerColumns("orders.parquet", { observationEnd: 35703 });
 * table.header; // ["customer", "orders", "revenue", "first_purchase", …, "monetary"]
 * table.columns[1]; // Float64Array [orders of the first customer, …]
 * table.skipped; // { blankCustomer: 0, unreadableDate: 0, nonNumericAmount: 0 }
 */
export async function fileCustomerColumns(
  path: string,
  options: FileCustomerTableOptions = {}
): Promise<FileColumns> {
  const file = `'${path.replace(/'/g, "''")}'`;
  const parquet = extname(path).toLowerCase() === ".parquet";
  const separator = parquet ? "," : csvSeparator(await headerText(path));
  // The first line is the header, as the pane takes a selection's, and the separator the sheet's.
  const csv = `read_csv(${file}, delim = '${separator}', header = true`;
  const typed = parquet ? `read_parquet(${file})` : `${csv})`;
  const source = parquet ? typed : `${csv}, all_varchar = true)`;
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    await connection.run("SET TimeZone = 'UTC'");
    const sample = await connection.runAndReadAll(`SELECT * FROM ${source} LIMIT ${SAMPLE_ROWS}`);
    const header = sample.columnNames();
    const proposal = detectLayout(
      header,
      sample.getRows().map((row) => row.map((value) => sampleCell(value, separator)))
    );
    if (proposal.layout === "customers") return await tableOf(connection, `SELECT * FROM ${typed}`);
    const names = queryColumnNames(header, proposal.roles);
    const types = sample.columnTypes();
    const columns = header.map((name, column) => ({ name, type: types[column].typeId }));
    registerFieldReaders(connection, { separator, decimalSeparator: proposal.decimalSeparator });
    await createLogRows(connection, source, columns, names);
    // A Parquet file's number ids need no trimming, and group faster as numbers.
    const numberColumns = columns
      .filter(({ type }) => NUMERIC_TYPES.has(type))
      .map(({ name }) => name);
    const query = customerTableQuery({
      dialect: "duckdb",
      table: LOG_ROWS,
      ...names,
      ...options,
      numberColumns,
    });
    const table = await tableOf(connection, query);
    return { ...table, skipped: await skippedRows(connection, names, numberColumns) };
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

/** The result of a query as a table in columns. */
async function tableOf(connection: DuckDBConnection, query: string): Promise<FileColumns> {
  const result = await connection.run(query);
  return {
    header: result.columnNames(),
    columns: resultColumns(result),
    rowCount: result.rowCount,
  };
}

/** The top of a file as text, enough for its header line. */
async function headerText(path: string): Promise<string> {
  const handle = await open(path);
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(HEADER_BYTES), 0, HEADER_BYTES, 0);
    return buffer.subarray(0, bytesRead).toString("utf8");
  } finally {
    await handle.close();
  }
}

/**
 * The same table as sheet rows (see fileCustomerColumns): the header, then one row per
 * customer.
 *
 * @example
 * const rows = await fileCustomerTable("orders.parquet", { observationEnd: 35703 });
 * rows[0]; // ["customer", "orders", "revenue", "first_purchase", …, "monetary"]
 */
export async function fileCustomerTable(
  path: string,
  options: FileCustomerTableOptions = {}
): Promise<CellValue[][]> {
  return tableRows(await fileCustomerColumns(path, options));
}

/**
 * A table in columns as sheet rows: its header, then every row (sheetRows).
 *
 * @example
 * tableRows({ header: ["id", "x"], columns: [["a"], Float64Array.of(NaN)], rowCount: 1 });
 * // [["id", "x"], ["a", ""]]
 */
export function tableRows(table: FileColumns): CellValue[][] {
  return [[...table.header], ...sheetRows(table, table.rowCount)];
}

/**
 * The first `count` rows of a table in columns as sheet rows, NaN as blank.
 *
 * @example
 * sheetRows({ header: ["id", "x"], columns: [["a", "b"], Float64Array.of(1, NaN)], rowCount: 2 }, 2);
 * // [["a", 1], ["b", ""]]
 */
export function sheetRows(table: FileColumns, count: number): CellValue[][] {
  const rows: CellValue[][] = [];
  for (let row = 0; row < Math.min(count, table.rowCount); row++) {
    rows.push(
      table.columns.map((column) => {
        const value = column[row];
        return typeof value === "number" && Number.isNaN(value) ? "" : value;
      })
    );
  }
  return rows;
}

/** Each column of a result, read chunk by chunk from DuckDB's vectors without row arrays. */
function resultColumns(result: DuckDBMaterializedResult): (Float64Array | CellValue[])[] {
  const rowCount = result.rowCount;
  const columns = result
    .columnTypes()
    .map((type) =>
      NUMBER_TYPES.has(type.typeId) ? new Float64Array(rowCount) : new Array<CellValue>(rowCount)
    );
  let offset = 0;
  for (let chunkIndex = 0; chunkIndex < result.chunkCount; chunkIndex++) {
    const chunk = result.getChunk(chunkIndex);
    const length = chunk.rowCount;
    for (let column = 0; column < columns.length; column++) {
      const vector = chunk.getColumnVector(column);
      const values = columns[column];
      const numbers = values instanceof Float64Array;
      for (let row = 0; row < length; row++) {
        const cell = sheetCell(vector.getItem(row));
        values[offset + row] = numbers && cell === "" ? NaN : cell;
      }
    }
    offset += length;
  }
  return columns;
}

/**
 * A value as detectLayout reads a cell of the sample: text as the cell Excel makes of it, dates
 * as YYYY-MM-DD text.
 */
function sampleCell(value: DuckDBValue, separator: string): unknown {
  if (typeof value === "string") return enteredCell(value, separator);
  if (value instanceof DuckDBDateValue || value instanceof DuckDBTimestampValue)
    return value.toString().slice(0, 10);
  return sheetCell(value);
}

/** A value as a sheet cell: dates and timestamps as Excel serials, NULL as blank. */
function sheetCell(value: DuckDBValue): CellValue {
  // Numbers first: most cells are, and each class test reads the package's export anew.
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean")
    return value;
  if (typeof value === "bigint") return Number(value);
  if (value === null) return "";
  if (value instanceof DuckDBDateValue) return value.days + EPOCH_SERIAL;
  if (value instanceof DuckDBTimestampValue)
    return Number(value.micros) / MICROSECONDS_PER_DAY + EPOCH_SERIAL;
  if (value instanceof DuckDBDecimalValue) return value.toDouble();
  return String(value);
}
