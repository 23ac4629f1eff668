import { Parser } from "node-sql-parser";
import { customerTableQuery } from "../../../src/engine/sql/customerTableQuery";
import type { SqlDialect } from "../../../src/engine/sql/sqlDialect";

// The dialects that cannot run here, each parsed by node-sql-parser in the closest mode it has:
// Spark SQL has none of its own, and Hive's is the grammar Spark SQL grew from.
const PARSER_MODES: [SqlDialect, string][] = [
  ["bigquery", "BigQuery"],
  ["snowflake", "Snowflake"],
  ["spark", "Hive"],
  ["sqlserver", "TransactSQL"],
];
const OTHER_MODES = ["BigQuery", "Snowflake", "Hive", "TransactSQL", "PostgresQL"];

const parser = new Parser();
const query = (dialect: SqlDialect, observationEnd?: number) =>
  customerTableQuery({
    dialect,
    table: "shop.orders",
    customerColumn: "Customer ID",
    dateColumn: "Order Date",
    amountColumn: "Amount",
    orderColumn: "Order",
    channelColumn: "Channel",
    observationEnd,
  });
/** The CTE names of the parsed query, or the parser's error. */
const parsedSteps = (sql: string, database: string): string[] | string => {
  try {
    const ast = parser.astify(sql, { database });
    const statement = (Array.isArray(ast) ? ast[0] : ast) as {
      with?: { name: { value: string } }[];
    };
    return (statement.with ?? []).map((step) => step.name.value);
  } catch (error) {
    return String(error);
  }
};
const STEPS = [
  "usable_rows",
  "observation",
  "kept_rows",
  "order_nets",
  "customer_orders",
  "day_nets",
  "dated_days",
  "purchase_histories",
  "ranked_channels",
  "latest_channels",
];

describe.each(PARSER_MODES)("the %s query parses in node-sql-parser's %s mode", (dialect, mode) => {
  it.each([
    ["to a given observation end", 35703],
    ["to the day after the last date", undefined],
  ])("%s, every step", (_, end) => {
    expect(parsedSteps(query(dialect, end), mode)).toEqual(STEPS);
  });
});

describe("the parsers tell the dialects apart", () => {
  it("SQL Server's [quoted] names and CAST date constants fail in the other modes but T-SQL", () => {
    const sql = query("sqlserver", 35703);
    const parsed = OTHER_MODES.map((mode) => Array.isArray(parsedSteps(sql, mode)));
    expect(parsed).toEqual([false, false, false, true, false]);
  });

  it("BigQuery's mode takes only the BigQuery query", () => {
    const parsed = PARSER_MODES.map(([dialect]) =>
      Array.isArray(parsedSteps(query(dialect, 35703), "BigQuery"))
    );
    expect(parsed).toEqual([true, false, false, false]);
  });
});

describe("what the parse-only dialects' queries do that DuckDB's and PostgreSQL's runs show", () => {
  it.each([
    ["bigquery", "NULLIF(TRIM(CAST(customer_key AS STRING)), '')"],
    ["snowflake", "NULLIF(TRIM(CAST(customer_key AS VARCHAR)), '')"],
    ["spark", "NULLIF(TRIM(CAST(customer_key AS STRING)), '')"],
    ["sqlserver", "NULLIF(LTRIM(RTRIM(CAST(customer_key AS NVARCHAR(4000)))), '')"],
  ] as const)("%s reads the ids as trimmed text, a blank one none", (dialect, customer) => {
    const sql = query(dialect, 35703);
    expect(sql).toContain(`${customer} AS customer_key`);
    expect(sql).toContain(`${customer.replace(/customer_key/, "order_key")} AS order_key`);
    expect(sql).toContain(`${customer.replace(/customer_key/, "channel_value")} AS channel_value`);
  });

  it("reads an id column known to hold numbers as it is: no text, nothing to trim", () => {
    const sql = customerTableQuery({
      dialect: "duckdb",
      table: "orders",
      customerColumn: "Customer ID",
      dateColumn: "Order Date",
      amountColumn: "Amount",
      orderColumn: "Order",
      numberColumns: ["Customer ID", "Amount"],
    });
    expect(sql).toContain("  customer_key AS customer_key,");
    expect(sql).toContain("WHERE customer_key IS NOT NULL AND");
    expect(sql).toContain("NULLIF(TRIM(CAST(order_key AS VARCHAR)), '') AS order_key");
  });

  it("SQL Server sums amounts as DECIMAL(38, 4): the SUM of an INT column is an INT, which overflows", () => {
    expect(query("sqlserver", 35703)).toContain("CAST([Amount] AS DECIMAL(38, 4)) AS amount_value");
    for (const [dialect] of PARSER_MODES.filter(([other]) => other !== "sqlserver"))
      expect(query(dialect, 35703)).not.toContain("DECIMAL");
  });
});
