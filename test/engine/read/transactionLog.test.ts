import { InputError } from "../../../src/engine/inputError";
import { createTransactionLogBuilder } from "../../../src/engine/read/transactionLog";

const ROLES = { customer: 0, date: 1, amount: 2 };

describe("createTransactionLogBuilder", () => {
  it("stores rows as customer indices, day serials and amounts", () => {
    const builder = createTransactionLogBuilder(ROLES);
    builder.addRows([
      [17, "2023-03-15", 20],
      ["17", 45001.5, "5,5"],
      [" anna ", "2023-03-16T09:00:00Z", "12.25"],
    ]);
    const log = builder.finish();
    expect(log.rows).toBe(3);
    expect(log.customerIds).toEqual(["17", "anna"]);
    expect(Array.from(log.customer)).toEqual([0, 0, 1]);
    expect(Array.from(log.date)).toEqual([45000, 45001, 45001]);
    expect(Array.from(log.amount)).toEqual([20, 5.5, 12.25]);
  });

  it("counts skipped rows by reason and remembers the first of each, counting rows across blocks", () => {
    const builder = createTransactionLogBuilder({ customer: 2, date: 0, amount: 1 });
    builder.addRows([
      ["2023-01-01", 10, "a"], // row 0: valid
      ["2023-01-02", 10, ""], // row 1: blank customer
      [null, null, null], // row 2: entirely blank, not counted
    ]);
    builder.addRows([
      ["2023-02-30", 10, "b"], // row 3: unreadable date
      ["2023-01-03", "ten", "b"], // row 4: non-numeric amount
      ["bad date", "bad amount", "  "], // row 5: blank customer comes first
      ["", "", ""], // row 6: entirely blank
      ["2023-01-04", true, "c"], // row 7: a boolean is not an amount
      ["2023-01-05", 7, "c"], // row 8: valid
    ]);
    const log = builder.finish();
    expect(log.rows).toBe(2);
    expect(log.customerIds).toEqual(["a", "c"]);
    expect(log.skipped).toEqual({ blankCustomer: 2, unreadableDate: 1, nonNumericAmount: 2 });
    expect(log.firstSkippedRow).toEqual({
      blankCustomer: 1,
      unreadableDate: 3,
      nonNumericAmount: 4,
    });
  });

  it("reports −1 as the first skipped row of a reason that never occurred", () => {
    const builder = createTransactionLogBuilder(ROLES);
    builder.addRows([["x", 45000, 1]]);
    expect(builder.finish().firstSkippedRow).toEqual({
      blankCustomer: -1,
      unreadableDate: -1,
      nonNumericAmount: -1,
    });
  });

  it("does not count a customer whose only rows were skipped", () => {
    const builder = createTransactionLogBuilder(ROLES);
    builder.addRows([
      ["ghost", "not a date", 5],
      ["real", 45000, 5],
    ]);
    expect(builder.finish().customerIds).toEqual(["real"]);
  });

  it("grows past its initial capacity and keeps adding after finish", () => {
    const builder = createTransactionLogBuilder(ROLES);
    const rows = Array.from({ length: 5000 }, (_, index) => [index % 7, 40000 + index, index / 4]);
    builder.addRows(rows);
    const first = builder.finish();
    builder.addRows([[99, 45000, 1]]);
    const second = builder.finish();
    expect(first.rows).toBe(5000);
    expect(first.customerIds).toHaveLength(7);
    expect(first.customer[4999]).toBe(4999 % 7);
    expect(first.date[4999]).toBe(44999);
    expect(first.amount[4999]).toBe(4999 / 4);
    expect(second.rows).toBe(5001);
    expect(second.customerIds).toHaveLength(8);
  });

  it("leaves a finished log as it was while the builder adds into the same room", () => {
    const builder = createTransactionLogBuilder(ROLES);
    builder.addRows(Array.from({ length: 1000 }, (_, index) => [index, 45000, 1]));
    const first = builder.finish(); // 1,000 of 1,024 places: the log shares the builder's columns
    builder.addRows([
      [1, 45001, NaN], // written past the first log's end, then left out
      [2, 45002, 7],
    ]);
    const second = builder.finish();
    expect(first.rows).toBe(1000);
    expect(first.amount).toHaveLength(1000);
    expect(first.amount.every((amount) => amount === 1)).toBe(true);
    expect(Array.from(second.amount.subarray(999))).toEqual([1, 7]);
    expect(second.date[1000]).toBe(45002);
  });

  it("refuses to go on once a finished log's columns were transferred", () => {
    const builder = createTransactionLogBuilder(ROLES);
    builder.addRows(Array.from({ length: 1000 }, (_, index) => [index, 45000, 1]));
    const log = builder.finish();
    structuredClone(log, { transfer: [log.customer.buffer as ArrayBuffer] });
    expect(() => builder.addRows([[1, 45000, 1]])).toThrow("transferred");
  });

  it("treats a short row's missing cells as blank", () => {
    const builder = createTransactionLogBuilder({ customer: 0, date: 1, amount: 5 });
    builder.addRows([["a", 45000]]);
    expect(builder.finish().skipped.nonNumericAmount).toBe(1);
  });

  it("refuses roles without a column", () => {
    expect(() => createTransactionLogBuilder({ customer: 0, date: -1, amount: 2 })).toThrow(
      expect.objectContaining({ argument: "date", kind: "na" })
    );
    expect(() => createTransactionLogBuilder({ customer: -1, date: 1, amount: 2 })).toThrow(
      InputError
    );
  });

  it("reads a log without an amount column as purchases of amount 0, marked withoutAmounts", () => {
    const builder = createTransactionLogBuilder({ customer: 1, date: 0, amount: -1 });
    builder.addRows([["2014-03-08", 0], ["2014-05-21", 1], ["", 2], [45000, ""], []]);
    const log = builder.finish();
    expect(log.withoutAmounts).toBe(true);
    expect(log.customerIds).toEqual(["0", "1"]);
    expect(Array.from(log.amount)).toEqual([0, 0]);
    expect(log.skipped).toEqual({ blankCustomer: 1, unreadableDate: 1, nonNumericAmount: 0 });
    const columns = createTransactionLogBuilder({ customer: 0, date: 1, amount: -1 });
    columns.addColumns([
      [["A"], ["B"], [""]],
      [[45000], [45001], [""]],
    ]);
    expect(columns.finish().rows).toBe(2);
    expect(columns.finish().skipped.blankCustomer).toBe(0);
    const withAmounts = createTransactionLogBuilder({ customer: 0, date: 1, amount: 2 });
    expect(withAmounts.finish().withoutAmounts).toBeUndefined();
  });
});

describe("createTransactionLogBuilder on number cells", () => {
  /** The rows built, with the same rows given as columns, which must agree. */
  function built(rows: unknown[][]) {
    const builder = createTransactionLogBuilder(ROLES);
    builder.addRows(rows);
    const byColumns = createTransactionLogBuilder(ROLES);
    byColumns.addColumns([0, 1, 2].map((column) => rows.map((row) => [row[column]])));
    const log = builder.finish();
    expect(byColumns.finish()).toEqual(log);
    return log;
  }

  it("takes 17 and '17' as one customer, in order of first appearance", () => {
    const log = built([
      ["17", 45000, 1],
      [5, 45000, 1],
      [17, 45000, 1],
      [" 5 ", 45000, 1],
      [17.5, 45000, 1],
      ["17.5", 45000, 1],
      [-0, 45000, 1],
      ["0", 45000, 1],
      [123_456_789_012, 45000, 1],
      ["123456789012", 45000, 1],
    ]);
    expect(log.customerIds).toEqual(["17", "5", "17.5", "0", "123456789012"]);
    expect(Array.from(log.customer)).toEqual([0, 1, 0, 1, 2, 2, 3, 3, 4, 4]);
  });

  it("skips number amounts that are NaN or infinite and keeps −0", () => {
    const log = built([
      ["a", 45000, NaN],
      ["a", 45000, Infinity],
      ["a", 45000, -Infinity],
      ["a", 45000, -0],
      ["a", 45000, 0.1 + 0.2],
    ]);
    expect(log.skipped.nonNumericAmount).toBe(3);
    expect(log.firstSkippedRow.nonNumericAmount).toBe(0);
    expect(Object.is(log.amount[0], -0)).toBe(true);
    expect(log.amount[1]).toBe(0.1 + 0.2);
  });

  it("reads serials from 1 to 2958465, dropping the time of day, and YYYYMMDD numbers", () => {
    const log = built([
      ["a", 1, 1],
      ["a", 45000.999, 1],
      ["a", 2958465.5, 1],
      ["a", 19970101, 1],
      ["a", 0.999, 1],
      ["a", -0, 1],
      ["a", 2958466, 1],
      ["a", NaN, 1],
      ["a", Infinity, 1],
      ["a", -45000, 1],
    ]);
    expect(Array.from(log.date)).toEqual([1, 45000, 2958465, 35431]);
    expect(log.skipped.unreadableDate).toBe(6);
    expect(log.firstSkippedRow.unreadableDate).toBe(4);
  });

  it("takes a customer number that is NaN or infinite as blank", () => {
    const log = built([
      [NaN, 45000, 1],
      [Infinity, 45000, 1],
      [7, 45000, 1],
    ]);
    expect(log.customerIds).toEqual(["7"]);
    expect(log.skipped.blankCustomer).toBe(2);
  });

  it("stores a kept row after skipped ones in the next place", () => {
    const log = built([
      [1, 45000, 10],
      [2, 45001, NaN], // its amount is written, then the row is not kept
      [3, 45002, 30],
    ]);
    expect(Array.from(log.amount)).toEqual([10, 30]);
    expect(Array.from(log.date)).toEqual([45000, 45002]);
    expect(log.customerIds).toEqual(["1", "3"]);
  });
});

describe("TransactionLogBuilder.addColumns", () => {
  it("reads one-column ranges as the roles order them, like rows", () => {
    const builder = createTransactionLogBuilder({ customer: 2, date: 0, amount: 1 });
    builder.addColumns([
      [["2023-03-15"], [45001], ["bad"], [null], [45002]],
      [[20], ["5,5"], [1], [null], [3]],
      [[17], ["17"], ["x"], [""], [""]],
    ]);
    const log = builder.finish();
    expect(log.customerIds).toEqual(["17"]);
    expect(Array.from(log.date)).toEqual([45000, 45001]);
    expect(Array.from(log.amount)).toEqual([20, 5.5]);
    expect(log.skipped).toEqual({ blankCustomer: 1, unreadableDate: 1, nonNumericAmount: 0 });
    expect(log.firstSkippedRow).toEqual({
      blankCustomer: 4,
      unreadableDate: 2,
      nonNumericAmount: -1,
    });
  });

  it("reads the cells a shorter column lacks as blank", () => {
    const builder = createTransactionLogBuilder(ROLES);
    builder.addColumns([[["a"], ["b"]], [[45000], [45000]], [[1]]]);
    expect(builder.finish().skipped.nonNumericAmount).toBe(1);
  });
});

describe("createTransactionLogBuilder with a reading", () => {
  it("reads Danish amounts and day-first dates and carries the attribute of each kept row", () => {
    const builder = createTransactionLogBuilder(
      { customer: 0, date: 1, amount: 2 },
      { decimalSeparator: ",", attributeColumn: 3 }
    );
    builder.addRows([
      ["7", "15.03.2023", "kr 1.234,50", " Web "],
      ["8", "16.03.2023", "12,-", ""],
      ["9", "bad", "1", "Butik"],
      ["7", "2023-03-17", "1.000", "Butik"],
    ]);
    const log = builder.finish();
    expect(Array.from(log.date)).toEqual([45000, 45001, 45002]);
    expect(Array.from(log.amount)).toEqual([1234.5, 12, 1000]);
    expect(log.skipped.unreadableDate).toBe(1);
    expect(log.attribute?.values).toEqual(["Web", "Butik"]);
    expect(Array.from(log.attribute?.index ?? [])).toEqual([0, -1, 1]);
  });

  it("reads day-first dates without being told, a lone separator as decimal, and no attribute", () => {
    const builder = createTransactionLogBuilder({ customer: 0, date: 1, amount: 2 });
    builder.addRows([["7", "15.03.2023", "1.000"]]);
    const log = builder.finish();
    expect(Array.from(log.date)).toEqual([45000]);
    expect(Array.from(log.amount)).toEqual([1]);
    expect(log.attribute).toBeUndefined();
    expect(log.order).toBeUndefined();
  });

  it("numbers order ids like customer ids, a blank order id being an order of its own", () => {
    const builder = createTransactionLogBuilder({ customer: 0, date: 1, amount: 2, order: 3 });
    builder.addRows([
      ["7", 45000, 10, 1001],
      ["7", 45000, 5, "1001"],
      ["8", 45001, 3, ""],
      ["8", 45001, 4, " B-2 "],
    ]);
    const log = builder.finish();
    expect(log.orderIds).toEqual(["1001", "B-2"]);
    expect(Array.from(log.order ?? [])).toEqual([0, 0, -1, 1]);
  });

  it("carries an attribute column given among the columns, a short one read as blank", () => {
    const builder = createTransactionLogBuilder(
      { customer: 0, date: 1, amount: 2 },
      { attributeColumn: 3 }
    );
    builder.addColumns([
      [["a"], ["b"], ["c"]],
      [[45000], [45001], [45002]],
      [[1], [2], [3]],
      [[" Web "], ["Shop"]],
    ]);
    const log = builder.finish();
    expect(log.attribute?.values).toEqual(["Web", "Shop"]);
    expect(Array.from(log.attribute?.index ?? [])).toEqual([0, 1, -1]);
  });
});
