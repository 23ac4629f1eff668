import { DuckDBTypeId, type DuckDBConnection } from "@duckdb/node-api";
import type { SkipReason } from "../../../src/engine/read/skipReasons";
import type { QueryColumnNames } from "../../../src/engine/sql/queryColumnNames";
import { dialectSyntax } from "../../../src/engine/sql/sqlDialect";

/** DuckDB's number types: an amount of one is read as it is. */
export const NUMERIC_TYPES: ReadonlySet<DuckDBTypeId> = new Set([
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
]);
/** DuckDB's date and timestamp types: a date of one is read as it is (its day, in UTC). */
const TEMPORAL_TYPES: ReadonlySet<DuckDBTypeId> = new Set([
  DuckDBTypeId.DATE,
  DuckDBTypeId.TIMESTAMP,
  DuckDBTypeId.TIMESTAMP_S,
  DuckDBTypeId.TIMESTAMP_MS,
  DuckDBTypeId.TIMESTAMP_NS,
  DuckDBTypeId.TIMESTAMP_TZ,
]);

/** The view createLogRows makes. */
export const LOG_ROWS = "log_rows";
/** Its column that is true for a row of blank fields only, which the pane passes over unsaid. */
const BLANK_ROW = "cx_blank_row";

/** A column of a file as DuckDB reads it. */
export interface FileColumn {
  readonly name: string;
  readonly type: DuckDBTypeId;
}

const { quote, idText } = dialectSyntax("duckdb");

/**
 * Makes the temporary view LOG_ROWS of a file's transaction rows, their date and amount read as
 * the pane reads a sheet's cells: a column of text (every column of a CSV read as text) through
 * the field readers (registerFieldReaders), each distinct text once into a table of its own and
 * joined back; a date or timestamp column, or a number column of amounts, as it is. Beside the
 * file's columns it has BLANK_ROW.
 *
 * @example
 * await createLogRows(connection, "read_csv('log.csv', all_varchar = true)", columns, names);
 * await connection.run(customerTableQuery({ dialect: "duckdb", table: LOG_ROWS, ...names }));
 */
export async function createLogRows(
  connection: DuckDBConnection,
  source: string,
  columns: readonly FileColumn[],
  names: QueryColumnNames
): Promise<void> {
  const typeOf = (name: string) => columns.find((column) => column.name === name)?.type;
  const read = [
    { name: names.dateColumn, reader: "cx_day", table: "read_days", kept: TEMPORAL_TYPES },
    { name: names.amountColumn, reader: "cx_amount", table: "read_amounts", kept: NUMERIC_TYPES },
  ].filter(({ name, kept }) => !kept.has(typeOf(name) as DuckDBTypeId));
  const field = (name: string, rows: string) => `CAST(${rows}.${quote(name)} AS VARCHAR)`;
  for (const { name, reader, table } of read) {
    await connection.run(
      `CREATE TEMP TABLE ${table} AS SELECT field, ${reader}(field) AS value FROM ` +
        `(SELECT DISTINCT ${field(name, "file_rows")} AS field FROM ${source} AS file_rows)`
    );
  }
  const replaced = read.map(({ name, table }) => `${table}.value AS ${quote(name)}`);
  // Only text can be blank beside NULL; the text of a number would cost more than its read.
  const blank = columns.map(({ name, type }) =>
    type === DuckDBTypeId.VARCHAR
      ? `${idText(`file_rows.${quote(name)}`)} IS NULL`
      : `file_rows.${quote(name)} IS NULL`
  );
  await connection.run(
    [
      `CREATE TEMP VIEW ${LOG_ROWS} AS SELECT`,
      `  file_rows.*${replaced.length > 0 ? ` REPLACE (${replaced.join(", ")})` : ""},`,
      `  ${blank.join(" AND ")} AS ${BLANK_ROW}`,
      `FROM ${source} AS file_rows`,
      ...read.map(
        ({ name, table }) => `LEFT JOIN ${table} ON ${table}.field = ${field(name, "file_rows")}`
      ),
    ].join("\n")
  );
}

/**
 * The rows of LOG_ROWS the customer table leaves out, by the reasons the pane counts them
 * under (the first that applies): a blank customer, a date the readers cannot read, an amount
 * they cannot read. A row of blank fields only is passed over, as on a sheet. A customer
 * column among `numberColumns` (customerTableQuery's) is blank only when NULL.
 *
 * @example
 * await skippedRows(connection, names); // { blankCustomer: 0, unreadableDate: 2, nonNumericAmount: 1 }
 */
export async function skippedRows(
  connection: DuckDBConnection,
  names: QueryColumnNames,
  numberColumns: readonly string[] = []
): Promise<Record<SkipReason, number>> {
  const customer = quote(names.customerColumn);
  const result = await connection.runAndReadAll(
    [
      "SELECT",
      "  COUNT(*) FILTER (WHERE customer IS NULL),",
      "  COUNT(*) FILTER (WHERE customer IS NOT NULL AND day IS NULL),",
      "  COUNT(*) FILTER (WHERE customer IS NOT NULL AND day IS NOT NULL AND amount IS NULL)",
      "FROM (",
      `  SELECT ${numberColumns.includes(names.customerColumn) ? customer : idText(customer)} AS customer,`,
      `    CAST(${quote(names.dateColumn)} AS DATE) AS day, ${quote(names.amountColumn)} AS amount`,
      `  FROM ${LOG_ROWS} WHERE NOT ${BLANK_ROW}`,
      ")",
    ].join("\n")
  );
  const [blankCustomer, unreadableDate, nonNumericAmount] = result.getRows()[0].map(Number);
  return { blankCustomer, unreadableDate, nonNumericAmount };
}
