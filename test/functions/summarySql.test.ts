import { CustomFunctionsError, thrownBy } from "./customFunctionsStub";
import { SQL_DIALECTS } from "../../src/engine/sql/sqlDialect";
import { summarySql } from "../../src/functions/summarySql";

// Excel's limits on a cell's text: 32,767 characters and 253 line feeds (Excel specifications
// and limits, support.microsoft.com).
const MOST_CHARACTERS = 32_767;
const MOST_LINE_FEEDS = 253;

describe("CX.SUMMARYSQL", () => {
  it("writes the query for the named dialect, quoting the columns as typed", () => {
    const sql = summarySql([["SQL Server"]], "dbo.Orders", "Customer ID", "Order Date", "Amount");
    expect(sql).toContain("[Customer ID] AS customer_key");
    expect(sql).toContain("CAST([Order Date] AS DATE) AS order_day");
    expect(sql).toContain("FROM dbo.Orders\n");
    expect(sql).toContain("SELECT DATEADD(day, 1, MAX(order_day)) AS end_day FROM usable_rows");
  });

  it("reads the observation end as a date and the time unit case-insensitively", () => {
    const sql = summarySql("postgres", "orders", "customer", "date", "amount", 35703, "m");
    expect(sql).toContain("SELECT DATE '1997-09-30' AS end_day");
    expect(sql).toContain('AS DOUBLE PRECISION) / 30.4375) AS "T"');
    expect(summarySql("duckdb", "o", "c", "d", "a", "1997-09-30")).toContain("DATE '1997-09-30'");
  });

  it("uses the order and channel columns when given, and not when blank", () => {
    const withBoth = summarySql("BigQuery", "shop.orders", "c", "d", "a", null, "W", "Order", 7);
    expect(withBoth).toContain("`Order` AS order_key");
    expect(withBoth).toContain("`7` AS channel_value");
    expect(withBoth).toContain("AS `channel`");
    const without = summarySql("BigQuery", "shop.orders", "c", "d", "a", null, null, "", null);
    expect(without).not.toContain("order_key");
    expect(without).not.toContain("channel");
  });

  it("gives #VALUE! naming the argument for an unknown dialect, a blank name or a bad date", () => {
    const error = (call: () => unknown) => {
      const thrown = thrownBy(call) as CustomFunctionsError;
      return [thrown.code, thrown.message];
    };
    expect(error(() => summarySql("Oracle", "t", "c", "d", "a"))).toEqual([
      "#VALUE!",
      "dialect: must be one of DuckDB, PostgreSQL, BigQuery, Snowflake, Spark SQL, SQL Server",
    ]);
    expect(error(() => summarySql("DuckDB", "t", " ", "d", "a"))).toEqual([
      "#VALUE!",
      "customer_column: must not be blank",
    ]);
    expect(error(() => summarySql("DuckDB", "t", "c", "d", "a", "someday"))[1]).toMatch(
      /^observation_end: is not a date/
    );
    expect(error(() => summarySql([["DuckDB", "Spark"]], "t", "c", "d", "a"))).toEqual([
      "#VALUE!",
      "dialect: must be a single value",
    ]);
  });

  it.each(SQL_DIALECTS)("fits one cell in %s with every option", (dialect) => {
    const sql = summarySql(dialect, "a.long_schema.orders", "c", "d", "a", 35703, "W", "o", "ch");
    expect(sql.length).toBeLessThan(MOST_CHARACTERS);
    expect(sql.split("\n").length - 1).toBeLessThan(MOST_LINE_FEEDS);
  });
});
