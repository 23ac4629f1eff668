import { InputError } from "../../../src/engine/inputError";
import {
  createCustomerTableBuilder,
  customerTableColumns,
  missingCustomerTableRoles,
} from "../../../src/engine/read/customerTable";
import { customerTableHistory } from "../../../src/engine/history/customerTableHistory";
import { historyKpis } from "../../../src/engine/report/kpis";
import { customerHistory } from "../../../src/engine/history/customerHistory";
import { logOf } from "./logOf";
import type { ColumnRole } from "../../../src/engine/read/columnRoles";

/** The columns of a table whose roles are the words of `line`, in order. */
const columnsOf = (line: string) => customerTableColumns(line.split(" ") as ColumnRole[]);

const HISTORIES = customerTableColumns(["customer", "x", "tx", "T", "monetary"]);
const RFM = customerTableColumns(["customer", "recency", "frequency", "monetary"], 4);
const NONE = customerTableColumns([]);

describe("createCustomerTableBuilder", () => {
  it("reads a table of x, t_x, T and mean spend, skipping unusable rows by reason", () => {
    const builder = createCustomerTableBuilder(HISTORIES);
    builder.addRows([
      [1, 2, 30.43, 38.86, 22.35],
      [2, "1", "1,71", 38.86, "11,77"],
      [null, null, "", null, null],
      ["", 1, 1, 2, 3],
    ]);
    builder.addRows([
      [4, 1, 40, 38.86, 5],
      [5, "two", 1, 2, 3],
      [6, 0, 0, 38.86, 0],
    ]);
    const table = builder.finish();
    expect(table.kind).toBe("histories");
    expect(table.customerIds).toEqual(["1", "2", "6"]);
    expect(Array.from(table.x)).toEqual([2, 1, 0]);
    expect(Array.from(table.tx)).toEqual([30.43, 1.71, 0]);
    expect(Array.from(table.monetary)).toEqual([22.35, 11.77, 0]);
    expect(table.recency.length).toBe(0);
    expect(table.periodDays).toBe(7);
    expect(table.skipped).toEqual({ blankCustomer: 1, nonNumericValue: 1, valueOutOfRange: 1 });
    // Row 3 (0-based, the blank row counted) is the first skipped: its customer cell.
    expect(table.firstSkippedCell).toEqual({ row: 3, column: 0 });
  });

  it("reads a history's own orders, revenue and recency where it has them, as the generated query gives them", () => {
    // Customer 1: 3 orders (two on one day) on 2 days, 60.5 in all, last bought 60 days before
    // the end. Customer 2's orders cell is blank and its recency negative: those are derived.
    const columns = columnsOf("customer orders revenue recency x tx T monetary");
    const builder = createCustomerTableBuilder(columns);
    builder.addRows([
      [1, 3, 60.5, 60, 1, 30, 38.57, 22.35],
      [2, "", "11,77", -4, 0, 0, 38.86, 0],
    ]);
    const table = builder.finish();
    expect(table.skipped).toEqual({ blankCustomer: 0, nonNumericValue: 0, valueOutOfRange: 0 });
    expect(Array.from(table.orders)).toEqual([3, NaN]);
    expect(Array.from(table.revenue)).toEqual([60.5, 11.77]);
    expect(Array.from(table.recency)).toEqual([60, NaN]);
    const history = customerTableHistory(table, 45000);
    expect(Array.from(history.orders)).toEqual([3, 1]); // customer 2: x + 1
    expect(Array.from(history.revenue)).toEqual([60.5, 11.77]);
    expect(history.recencyDays[0]).toBe(60);
    expect(history.recencyDays[1]).toBeCloseTo(272.02, 10); // (38.86 − 0) × 7
    expect(Array.from(history.x)).toEqual([1, 0]);
    expect(history.lastPurchase[0]).toBe(44940);
  });

  it("reads a table's own first and last purchase dates, and dates the rest from their end", () => {
    // The generated query's rows: customer 1 first bought 1997-01-01 (35431), last 1997-08-02
    // (35644), 59 days before the end 1997-09-30 (35703). Customer 2's dates are ISO and
    // day-first text; customer 3's last purchase is no date, so it is dated back from the end.
    const columns = columnsOf("customer firstPurchase lastPurchase recency x tx T monetary");
    const builder = createCustomerTableBuilder(columns);
    builder.addRows([
      [1, 35431, 35644, 59, 2, 30.43, 38.86, 22.35],
      [2, "1997-01-02", "15.03.1997", 199, 1, 10, 38.71, 20],
      [3, 35440, "n/a", 30, 1, 33.43, 37.57, 5],
    ]);
    const table = builder.finish();
    expect(table.skipped).toEqual({ blankCustomer: 0, nonNumericValue: 0, valueOutOfRange: 0 });
    expect(Array.from(table.firstPurchase)).toEqual([35431, 35432, 35440]);
    expect(Array.from(table.lastPurchase)).toEqual([35644, 35504, NaN]);
    // No end given: the latest last purchase plus its recency, 35644 + 59 = 35504 + 199.
    const history = customerTableHistory(table, NaN);
    expect(history.observationEnd).toBe(35703);
    expect(Array.from(history.firstPurchase)).toEqual([35431, 35432, 35440]);
    expect(Array.from(history.lastPurchase)).toEqual([35644, 35504, 35673]);
    // An end given dates only what the table leaves open.
    const later = customerTableHistory(table, 35710);
    expect(later.observationEnd).toBe(35710);
    expect(Array.from(later.lastPurchase)).toEqual([35644, 35504, 35680]);
  });

  it("reads the dates of an RFM table too, whose first purchase is otherwise unknown", () => {
    const builder = createCustomerTableBuilder(
      columnsOf("customer recency frequency monetary firstPurchase")
    );
    builder.addRows([
      ["K1", 10, 3, 250, "2024-01-05"],
      ["K2", 40, 1, 99, ""],
    ]);
    const history = customerTableHistory(builder.finish(), 45400);
    expect(Array.from(history.firstPurchase)).toEqual([45296, NaN]);
    expect(Array.from(history.lastPurchase)).toEqual([45390, 45360]);
    // The KPI table's dates are the earliest and latest known: K2's blank leaves them be.
    const kpis = historyKpis(history);
    expect([kpis.firstDate, kpis.lastDate]).toEqual([45296, 45390]);
  });

  it("reads rows given as columns, a blank row and a skipped row counted as in rows", () => {
    const builder = createCustomerTableBuilder(HISTORIES);
    builder.addRows([[1, 2, 30.43, 38.86, 22.35]]);
    builder.addColumns([
      [null, 4, 5, 6],
      [null, 1, "two", 0],
      ["", 30, 1, 0],
      [null, 38.86, 2, 38.86],
      [null, 5, 3, 0],
    ]);
    builder.addColumns([]);
    const table = builder.finish();
    expect(table.customerIds).toEqual(["1", "4", "6"]);
    expect(Array.from(table.tx)).toEqual([30.43, 30, 0]);
    expect(Array.from(table.T)).toEqual([38.86, 38.86, 38.86]);
    expect(table.skipped).toEqual({ blankCustomer: 0, nonNumericValue: 1, valueOutOfRange: 0 });
    // Data row 3: the one row before the columns, their blank row, then customer 4.
    expect(table.firstSkippedCell).toEqual({ row: 3, column: 1 });
  });

  it("reads numbers in typed-array columns, as a database gives them, as it reads the same cells in rows", () => {
    // a: kept; b: T of 0 (before t_x); c: x infinite; d: monetary −∞; e: t_x after T; f: revenue infinite
    // (optional, so NaN); g: a missing date and a NULL revenue.
    const ids = ["a", "b", "c", "d", "e", "f", "g"];
    const numbers = [
      [1, 1, Infinity, 1, 1, 1, 1], // x
      [1, 1, 1, 1, 2, 1, 1], // t_x
      [3, 0, 3, 3, 1.5, 3, 3], // T
      [5, 5, 5, -Infinity, 5, 5, 5], // monetary
      [10, 10, 10, 10, 10, Infinity, NaN], // revenue
      [45000, 45000, 45000, 45000, 45000, 45000, NaN], // last purchase
    ];
    const columns = columnsOf("customer x tx T monetary revenue lastPurchase");
    const byColumns = createCustomerTableBuilder(columns);
    byColumns.addColumns([ids, ...numbers.map((column) => Float64Array.from(column))]);
    const byRows = createCustomerTableBuilder(columns);
    byRows.addRows(ids.map((id, row) => [id, ...numbers.map((column) => column[row])]));
    const table = byColumns.finish();
    expect(table).toEqual(byRows.finish());
    expect(table.customerIds).toEqual(["a", "f", "g"]);
    expect(Array.from(table.revenue)).toEqual([10, NaN, NaN]);
    expect(Array.from(table.lastPurchase)).toEqual([45000, 45000, NaN]);
    expect(table.skipped).toEqual({ blankCustomer: 0, nonNumericValue: 2, valueOutOfRange: 2 });
    expect(table.firstSkippedCell).toEqual({ row: 1, column: 2 }); // b: its t_x is after its T of 0
  });

  it("keeps a customer whose first purchase is on the observation end (T = 0), as the customer history does", () => {
    // End 2024-01-31: K1 buys on 01-01 and 01-10, K2 on 01-31 itself, K3 on 01-05.
    const log = logOf([
      ["K1", 45292, 10],
      ["K1", 45301, 20],
      ["K2", 45322, 15],
      ["K3", 45296, 8],
    ]);
    const history = customerHistory(log, { observationEnd: 45322, timeUnit: "D" });
    expect(Array.from(history.T)).toEqual([30, 0, 26]);
    const builder = createCustomerTableBuilder(HISTORIES, { timeUnit: "D" });
    builder.addRows(
      history.customerIds.map((id, row) => [
        id,
        history.x[row],
        history.tx[row],
        history.T[row],
        history.meanRepeatSpend[row],
      ])
    );
    const table = builder.finish();
    expect(table.customerIds).toEqual(["K1", "K2", "K3"]);
    expect(Array.from(table.T)).toEqual([30, 0, 26]);
    expect(table.skipped.valueOutOfRange).toBe(0);
  });

  it("points at the cell that made a row unusable", () => {
    const builder = createCustomerTableBuilder(HISTORIES, { timeUnit: "D" });
    builder.addRows([
      [1, 1, 3, 10, 5],
      [2, 1, 12, 10, 5],
    ]);
    const table = builder.finish();
    expect(table.periodDays).toBe(1);
    expect(table.firstSkippedCell).toEqual({ row: 1, column: 2 }); // t_x after T
  });

  it("reads an RFM table with its attribute, amounts written the Danish way", () => {
    const builder = createCustomerTableBuilder(RFM, { decimalSeparator: "," });
    builder.addRows([
      ["K1", 12, 3, "1.234,50", "Web"],
      ["K2", "0", 1, "kr 99,00", ""],
      ["K3", 5, 0, 10, "Butik"],
      ["K4", 40, 2, -15, "Butik"],
    ]);
    const table = builder.finish();
    expect(table.kind).toBe("rfm");
    expect(table.customerIds).toEqual(["K1", "K2", "K4"]);
    expect(Array.from(table.recency)).toEqual([12, 0, 40]);
    expect(Array.from(table.frequency)).toEqual([3, 1, 2]);
    expect(Array.from(table.monetary)).toEqual([1234.5, 99, -15]);
    expect(table.attribute?.values).toEqual(["Web", "Butik"]);
    expect(Array.from(table.attribute!.index)).toEqual([0, -1, 1]);
    expect(table.skipped.valueOutOfRange).toBe(1); // K3 has no order
    expect(table.firstSkippedCell).toEqual({ row: 2, column: 2 });
  });

  it("names the roles a kind of table lacks", () => {
    // A table of histories does without the monetary value (lifetimes' summary without spend).
    expect(missingCustomerTableRoles({ ...NONE, customer: 0, x: 1, tx: 2 })).toEqual(["T"]);
    expect(missingCustomerTableRoles({ ...NONE, recency: 1 })).toEqual([
      "customer",
      "frequency",
      "monetary",
    ]);
    expect(() => createCustomerTableBuilder({ ...NONE, customer: 0, recency: 1 })).toThrow(
      InputError
    );
  });
});
