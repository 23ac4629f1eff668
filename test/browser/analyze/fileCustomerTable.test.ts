import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { HISTORY_COLUMNS } from "../../../src/engine/history/historyColumns";
import { duckdbRows } from "../../engine/sql/duckdbRows";
import {
  expectSameRows,
  historyRows,
  serialOf,
  type CustomerRow,
} from "../../engine/sql/historyRows";
import { cdnowMasterRows, LOG_COLUMNS, MIXED_LOG } from "../../engine/sql/testLogs";
import { fileCustomerColumns, fileCustomerTable } from "./fileCustomerTable";
import { writeParquet } from "./parquetFile";

const run = promisify(execFile);
const tsx = join(__dirname, "../../../node_modules/.bin/tsx");

const folder = mkdtempSync(join(tmpdir(), "file-customer-table-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Sheet rows (a header, then values) as CustomerRows keyed by the header. */
const customerRows = (rows: readonly (readonly unknown[])[]): CustomerRow[] =>
  rows
    .slice(1)
    .map((row) => Object.fromEntries(rows[0].map((name, column) => [name, row[column]])))
    .map((row) => ({ ...row, customer: String(row.customer), channel: row.channel || null }))
    .map((row) => row as unknown as CustomerRow);

describe("the customer table of a big file, built by embedded DuckDB", () => {
  it("of the CDNOW master log as Parquet: customerHistory's rows", async () => {
    const file = join(folder, "cdnow.parquet");
    const rows = cdnowMasterRows();
    // DuckDB writes the test table of LOG_COLUMNS to the file.
    await duckdbRows(rows, `COPY orders TO '${file}' (FORMAT parquet)`);
    const options = { observationEnd: serialOf("1997-09-30") };
    const table = await fileCustomerTable(file, options);
    expect(table[0]).toEqual([...HISTORY_COLUMNS, "channel"]);
    const expected = historyRows(rows, { ...options, orders: true, channels: true });
    expectSameRows(customerRows(table), expected);
  }, 60_000);

  it("of the same log with number customer ids, grouped as numbers: customerHistory's rows", async () => {
    const file = join(folder, "cdnow-number-ids.parquet");
    const rows = cdnowMasterRows();
    const id = `"${LOG_COLUMNS.customer}"`;
    await duckdbRows(
      rows,
      `COPY (SELECT * REPLACE (CAST(${id} AS BIGINT) AS ${id}) FROM orders) TO '${file}' (FORMAT parquet)`
    );
    const options = { observationEnd: serialOf("1997-09-30") };
    const columns = await fileCustomerColumns(file, options);
    // The ids come back as the numbers they are, not as text.
    expect(columns.columns[0]).toBeInstanceOf(Float64Array);
    const table = await fileCustomerTable(file, options);
    const expected = historyRows(
      rows.map(([customer, ...rest]) => [String(Number(customer)), ...rest]),
      { ...options, orders: true, channels: true }
    );
    expectSameRows(customerRows(table), expected);
  }, 60_000);

  it("of a CSV log with line items, same-day orders and returns: customerHistory's rows", async () => {
    const file = join(folder, "mixed.csv");
    const lines = MIXED_LOG.map((row) => row.map((cell) => cell ?? "").join(","));
    writeFileSync(file, [Object.values(LOG_COLUMNS).join(","), ...lines].join("\n"));
    const options = { observationEnd: serialOf("2024-04-30"), timeUnit: "D" as const };
    const table = await fileCustomerTable(file, options);
    const expected = historyRows(MIXED_LOG, { ...options, orders: true, channels: true });
    expectSameRows(customerRows(table), expected);
    expect(table.slice(1).map((row) => row[0])).toEqual(["K1", "K2", "K4"]);
  });

  it("gives a file that already holds a customer table as it is", async () => {
    const file = join(folder, "customers.csv");
    writeFileSync(
      file,
      "ID,frequency,recency,T,monetary_value\n1,2,30.43,38.86,22.35\n2,0,0,38.86,0\n"
    );
    expect(await fileCustomerTable(file)).toEqual([
      ["ID", "frequency", "recency", "T", "monetary_value"],
      [1, 2, 30.43, 38.86, 22.35],
      [2, 0, 0, 38.86, 0],
    ]);
  });

  it("gives numbers and dates as Float64Array columns, text as cells, NULL as NaN or blank", async () => {
    const file = join(folder, "customers_with_gaps.csv");
    writeFileSync(file, "ID,frequency,recency,T,monetary_value\nA,2,30.43,38.86,\nB,0,0,38.86,0\n");
    const table = await fileCustomerColumns(file);
    expect(table.rowCount).toBe(2);
    expect(table.columns[0]).toEqual(["A", "B"]);
    expect(table.columns[1]).toEqual(Float64Array.of(2, 0));
    expect(Array.from(table.columns[4])).toEqual([NaN, 0]);
    expect((await fileCustomerTable(file))[1]).toEqual(["A", 2, 30.43, 38.86, ""]);
  });

  it("reads a semicolon CSV's fields as the pane reads its cells, skipping and counting what it cannot read", async () => {
    const file = join(folder, "salg.csv");
    writeFileSync(
      file,
      [
        "Kunde;Dato;Beløb",
        "A;2024-01-01;9,5", // a decimal comma
        'A;45299;"kr 1.234,50"', // an Excel serial (2024-01-08); kroner with a thousands point
        "A;15.01.2024;n/a", // no amount
        "B;16.01.2024;20", // day first
        "B;soon;5", // no date
        ";2024-01-02;7", // no customer
        ";;", // blank: passed over, as on a sheet
      ].join("\n")
    );
    const table = await fileCustomerColumns(file);
    // The default end is the day after 16 January (45307).
    expect((await fileCustomerTable(file)).slice(1)).toEqual([
      ["A", 2, 1244, 45292, 45299, 9, 1, 1, 16 / 7, 1234.5],
      ["B", 1, 20, 45307, 45307, 1, 0, 0, 1 / 7, 0],
    ]);
    expect(table.skipped).toEqual({ blankCustomer: 1, unreadableDate: 1, nonNumericAmount: 1 });
  });

  it("skips an amount it cannot read past the rows DuckDB samples for a column's type", async () => {
    const file = join(folder, "late_text.csv");
    const rows = Array.from({ length: 30_000 }, (_, row) => `C${row % 100},2024-01-01,2.5`);
    writeFileSync(file, ["customer,date,amount", ...rows, "C1,2024-01-02,n/a"].join("\n"));
    const table = await fileCustomerColumns(file);
    expect(table.rowCount).toBe(100);
    expect(Array.from(table.columns[2] as Float64Array).reduce((sum, x) => sum + x, 0)).toBe(
      75_000
    );
    expect(table.skipped).toEqual({ blankCustomer: 0, unreadableDate: 0, nonNumericAmount: 1 });
  });

  it("dates time-zoned timestamps by their day in UTC, whatever the machine's time zone", async () => {
    const csv = join(folder, "zoned.csv");
    writeFileSync(
      csv,
      "customer,date,amount\nA,2024-01-01T10:00:00Z,10\nA,2024-01-08T23:30:00Z,20\nB,2024-01-02T12:00:00Z,5\n"
    );
    const parquet = join(folder, "zoned.parquet");
    await writeParquet(
      "SELECT customer, CAST(date AS TIMESTAMPTZ) AS date, CAST(amount AS DOUBLE) AS amount " +
        `FROM read_csv('${csv}', all_varchar = true)`,
      parquet
    );
    // Tokyo is 9 hours ahead: 23:30 UTC on 8 January is 9 January there.
    const script = join(folder, "in_tokyo.ts");
    writeFileSync(
      script,
      `import { fileCustomerTable } from ${JSON.stringify(join(__dirname, "fileCustomerTable"))};\n` +
        "Promise.all(process.argv.slice(2).map((file) => fileCustomerTable(file)))" +
        ".then((tables) => console.log(JSON.stringify(tables)));\n"
    );
    const { stdout } = await run(tsx, [script, csv, parquet], {
      env: { ...process.env, TZ: "Asia/Tokyo" },
    });
    const tables = JSON.parse(stdout) as unknown[][][];
    // Purchases on 45292 and 45299 (A) and 45293 (B); the end is the day after, 45300.
    for (const table of tables) {
      expect(
        customerRows(table).map((row) => [row.customer, row.last_purchase, row.recency_days])
      ).toEqual([
        ["A", 45299, 1],
        ["B", 45293, 7],
      ]);
    }
  }, 60_000);
});
