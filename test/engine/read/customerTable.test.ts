import { InputError } from "../../../src/engine/inputError";
import {
  createCustomerTableBuilder,
  customerTableColumns,
  missingCustomerTableRoles,
} from "../../../src/engine/read/customerTable";

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
    expect(missingCustomerTableRoles({ ...NONE, customer: 0, x: 1, tx: 2 })).toEqual([
      "T",
      "monetary",
    ]);
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
