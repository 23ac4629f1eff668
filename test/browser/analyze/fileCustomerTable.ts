import {
  DuckDBDateValue,
  DuckDBDecimalValue,
  DuckDBInstance,
  DuckDBTimestampValue,
  DuckDBTypeId,
  type DuckDBMaterializedResult,
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

/** A table in columns, as DuckDB returns it. */
export interface FileColumns {
  readonly header: readonly string[];
  /**
   * One per header name, all `rowCount` long: a Float64Array for DuckDB's numbers, dates and
   * timestamps (dates as Excel serials, NULL as NaN), sheet cells for any other type (NULL blank).
   */
  readonly columns: readonly (Float64Array | CellValue[])[];
  readonly rowCount: number;
}

/** DuckDB's types whose values sheetCell gives as numbers. */
const NUMBER_TYPES: ReadonlySet<DuckDBTypeId> = new Set([
  DuckDBTypeId.TINYINT,
  DuckDBTypeId.SMALLINT,
  DuckDBTypeId.INTEGER,
  DuckDBTypeId.BIGINT,
  DuckDBTypeId.HUGEINT,
  DuckDBTypeId.UTINYINT,
  DuckDBTypeId.USMALLINT,
  DuckDBTypeId.UINTEGER,
  DuckDBTypeId.UBIGINT,
  DuckDBTypeId.UHUGEINT,
  DuckDBTypeId.FLOAT,
  DuckDBTypeId.DOUBLE,
  DuckDBTypeId.DECIMAL,
  DuckDBTypeId.DATE,
  DuckDBTypeId.TIMESTAMP,
]);

/**
 * The customer table of a transaction log in a Parquet or CSV file, built by embedded DuckDB
 * with the generated customer-table query (customerTableQuery), in columns: one row per
 * customer, dates as Excel serials. The columns are named as the pane would read a sample of
 * the file (detectLayout on its first 500 rows, queryColumnNames). A file that already holds a
 * customer table gives its own columns.
 *
 * @throws InputError "customer", "date" or "amount" (kind "na") when the sample shows no such column.
 *
 * @example
 * const table = await fileCustomerColumns("orders.parquet", { observationEnd: 35703 });
 * table.header; // ["customer", "orders", "revenue", "first_purchase", …, "monetary"]
 * table.columns[1]; // Float64Array [orders of the first customer, …]
 */
export async function fileCustomerColumns(
  path: string,
  options: FileCustomerTableOptions = {}
): Promise<FileColumns> {
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
    const result = await connection.run(query);
    return {
      header: result.columnNames(),
      columns: resultColumns(result),
      rowCount: result.rowCount,
    };
  } finally {
    connection.closeSync();
    instance.closeSync();
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
  const table = await fileCustomerColumns(path, options);
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

/** A value as detectLayout reads a cell of the sample: dates as YYYY-MM-DD text. */
function sampleCell(value: DuckDBValue): unknown {
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
