import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
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
});
