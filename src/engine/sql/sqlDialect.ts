import { InputError } from "../inputError";

/** The SQL engines a customer-table query is written for. */
export type SqlDialect = "duckdb" | "postgresql" | "bigquery" | "snowflake" | "spark" | "sqlserver";

/** What differs between the dialects in a customer-table query; everything else is standard SQL. */
export interface DialectSyntax {
  /** The engine's name as its users write it. */
  readonly label: string;
  /** A column name as a quoted identifier, so any spelling, space or reserved word reads as written. */
  quote(name: string): string;
  /** Whole days from one date expression to another (to − from). */
  dayDifference(from: string, to: string): string;
  /** The day after a date expression, as a date. */
  nextDay(day: string): string;
  /** A date constant from YYYY-MM-DD text. */
  dateLiteral(iso: string): string;
  /** The 64-bit floating-point type, so divisions of whole numbers keep their fractions. */
  readonly floatType: string;
  /**
   * An id (customer, order id, channel) as the engine reads an id cell: text with its
   * surrounding spaces trimmed, NULL when that leaves it empty.
   */
  idText(expression: string): string;
  /** An amount as the query sums it: as it is, or of a type whose SUM cannot overflow. */
  amount(expression: string): string;
}

const doubleQuoted = (name: string) => `"${name.replace(/"/g, '""')}"`;
const standardDate = (iso: string) => `DATE '${iso}'`;
// PostgreSQL and DuckDB: date − date is whole days, date + integer a date.
const dateArithmetic = {
  dayDifference: (from: string, to: string) => `(${to} - ${from})`,
  nextDay: (day: string) => `(${day} + 1)`,
};
// Snowflake and SQL Server: DATEDIFF(unit, from, to), DATEADD(unit, n, date).
const dateDiffFunctions = {
  dayDifference: (from: string, to: string) => `DATEDIFF(day, ${from}, ${to})`,
  nextDay: (day: string) => `DATEADD(day, 1, ${day})`,
};

/** Text with its spaces trimmed, NULL when empty, for the dialects with TRIM and a text type. */
const trimmedText = (textType: string) => (expression: string) =>
  `NULLIF(TRIM(CAST(${expression} AS ${textType})), '')`;
const asItIs = (expression: string) => expression;

const SYNTAX: Record<SqlDialect, DialectSyntax> = {
  duckdb: {
    label: "DuckDB",
    quote: doubleQuoted,
    ...dateArithmetic,
    dateLiteral: standardDate,
    floatType: "DOUBLE",
    idText: trimmedText("VARCHAR"),
    amount: asItIs,
  },
  postgresql: {
    label: "PostgreSQL",
    quote: doubleQuoted,
    ...dateArithmetic,
    dateLiteral: standardDate,
    floatType: "DOUBLE PRECISION",
    idText: trimmedText("TEXT"),
    amount: asItIs,
  },
  bigquery: {
    label: "BigQuery",
    quote: (name) => `\`${name.replace(/[\\`]/g, (character) => `\\${character}`)}\``,
    dayDifference: (from, to) => `DATE_DIFF(${to}, ${from}, DAY)`,
    nextDay: (day) => `DATE_ADD(${day}, INTERVAL 1 DAY)`,
    dateLiteral: standardDate,
    floatType: "FLOAT64",
    idText: trimmedText("STRING"),
    amount: asItIs,
  },
  snowflake: {
    label: "Snowflake",
    quote: doubleQuoted,
    ...dateDiffFunctions,
    dateLiteral: standardDate,
    floatType: "DOUBLE",
    idText: trimmedText("VARCHAR"),
    amount: asItIs,
  },
  spark: {
    label: "Spark SQL",
    quote: (name) => `\`${name.replace(/`/g, "``")}\``,
    dayDifference: (from, to) => `DATEDIFF(${to}, ${from})`,
    nextDay: (day) => `DATE_ADD(${day}, 1)`,
    dateLiteral: standardDate,
    floatType: "DOUBLE",
    idText: trimmedText("STRING"),
    amount: asItIs,
  },
  sqlserver: {
    label: "SQL Server",
    quote: (name) => `[${name.replace(/]/g, "]]")}]`,
    ...dateDiffFunctions,
    // T-SQL has no DATE '…' literal; ISO text casts to a date in every language setting.
    dateLiteral: (iso) => `CAST('${iso}' AS DATE)`,
    floatType: "FLOAT",
    // LTRIM(RTRIM()) rather than TRIM, which came with SQL Server 2017.
    idText: (expression) => `NULLIF(LTRIM(RTRIM(CAST(${expression} AS NVARCHAR(4000)))), '')`,
    // SUM of an INT is an INT, which overflows past 2,147,483,647; MONEY's four decimals.
    amount: (expression) => `CAST(${expression} AS DECIMAL(38, 4))`,
  },
};

/** The dialects in the order a list shows them. */
export const SQL_DIALECTS = Object.keys(SYNTAX) as readonly SqlDialect[];

/** Names users write for each dialect, normalised (lower case, no spaces, hyphens or underscores). */
const NAMES: Record<string, SqlDialect> = {
  duckdb: "duckdb",
  postgresql: "postgresql",
  postgres: "postgresql",
  bigquery: "bigquery",
  snowflake: "snowflake",
  spark: "spark",
  sparksql: "spark",
  databricks: "spark",
  sqlserver: "sqlserver",
  mssql: "sqlserver",
  tsql: "sqlserver",
  azuresql: "sqlserver",
};

/**
 * The dialect a name means, case-insensitive and ignoring spaces, hyphens and underscores:
 * "DuckDB", "PostgreSQL" (or "Postgres"), "BigQuery", "Snowflake", "Spark SQL" (or "Spark",
 * "Databricks"), "SQL Server" (or "T-SQL", "MSSQL", "Azure SQL").
 *
 * @throws InputError "dialect" (kind "value") for any other name.
 *
 * @example
 * sqlDialect("Spark SQL"); // "spark"
 * sqlDialect("T-SQL"); // "sqlserver"
 */
export function sqlDialect(name: string): SqlDialect {
  const key = name.toLowerCase().replace(/[\s_-]+/g, "");
  if (!Object.prototype.hasOwnProperty.call(NAMES, key)) {
    const labels = SQL_DIALECTS.map((known) => SYNTAX[known].label).join(", ");
    throw new InputError("dialect", `must be one of ${labels}`, "value");
  }
  return NAMES[key];
}

/**
 * How a dialect writes what differs between engines.
 *
 * @example
 * dialectSyntax("sqlserver").quote("Order Date"); // "[Order Date]"
 * dialectSyntax("bigquery").dayDifference("first_day", "last_day"); // "DATE_DIFF(last_day, first_day, DAY)"
 * dialectSyntax("postgresql").dateLiteral("1997-09-30"); // "DATE '1997-09-30'"
 * dialectSyntax("duckdb").idText("order_key"); // "NULLIF(TRIM(CAST(order_key AS VARCHAR)), '')"
 * dialectSyntax("sqlserver").amount("[Amount]"); // "CAST([Amount] AS DECIMAL(38, 4))"
 */
export function dialectSyntax(dialect: SqlDialect): DialectSyntax {
  return SYNTAX[dialect];
}
