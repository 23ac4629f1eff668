import { cdnowSampleRows } from "../../browser/fixtures/cdnowSample";
import { logOf } from "../read/logOf";
import { customerHistory } from "../../../src/engine/history/customerHistory";
import { toDaySerial } from "../../../src/engine/read/excelDate";
import { createTransactionLogBuilder } from "../../../src/engine/read/transactionLog";
import { readFixture } from "../../fixtures/readFixture";

/** A buys 10 on day 100, 5 and 15 on day 107, 30 on day 121 and 99 on day 130; B buys 8 on day 114. */
const HAND_LOG = logOf([
  ["A", 100, 10],
  ["B", 114, 8],
  ["A", 107, 5],
  ["A", 121, 30],
  ["A", 107, 15],
  ["A", 130, 99],
]);

/** CSV text as rows of numbers keyed by the first column. */
function csvById(text: string): Map<number, number[]> {
  const lines = text.split(/\r?\n/).filter((line) => line !== "");
  return new Map(
    lines.slice(1).map((line) => {
      const cells = line.split(",").map(Number);
      return [cells[0], cells.slice(1)];
    })
  );
}

describe("customerHistory", () => {
  it("nets amounts that cancel to 0, not to a rounding below it: a purchase day and an order of 0", () => {
    // K1: 10 on 1 March; 0.30, −0.10 and −0.20 (one order) on 5 March, −2.8e-17 in doubles;
    // 7 on 8 March. K3: 5 on 2 March, a return of a cent on 6 March.
    const builder = createTransactionLogBuilder({ customer: 0, date: 1, amount: 2, order: 3 });
    builder.addRows([
      ["K1", "2024-03-01", 10, "A-1"],
      ["K1", "2024-03-05", 0.3, "C-1"],
      ["K1", "2024-03-05", -0.1, "C-1"],
      ["K1", "2024-03-05", -0.2, "C-1"],
      ["K1", "2024-03-08", 7, "A-2"],
      ["K3", "2024-03-02", 5, "D-1"],
      ["K3", "2024-03-06", -0.01, "D-2"],
    ]);
    expect(0.3 - 0.1 - 0.2).toBeLessThan(0);
    const history = customerHistory(builder.finish(), { timeUnit: "D" });
    expect(Array.from(history.x)).toEqual([2, 0]); // K1: 1, 5 and 8 March
    expect(Array.from(history.meanRepeatSpend)).toEqual([3.5, 0]); // (0 + 7) / 2
    expect(Array.from(history.orders)).toEqual([3, 1]); // C-1 is an order of 0; D-2 a return
    expect(history.returns).toBe(1);
    expect(Array.from(history.lastPurchase)).toEqual([
      toDaySerial("2024-03-08"),
      toDaySerial("2024-03-02"),
    ]);
  });

  it("merges same-day purchases into one occasion and leaves rows after the end out", () => {
    const summary = customerHistory(HAND_LOG, { observationEnd: 128, timeUnit: "W" });
    expect(summary.customerIds).toEqual(["A", "B"]);
    expect(Array.from(summary.orders)).toEqual([4, 1]); // every row an order
    expect(summary.returns).toBe(0);
    expect(Array.from(summary.revenue)).toEqual([60, 8]);
    expect(Array.from(summary.firstPurchase)).toEqual([100, 114]);
    expect(Array.from(summary.lastPurchase)).toEqual([121, 114]);
    expect(Array.from(summary.recencyDays)).toEqual([7, 14]);
    expect(Array.from(summary.x)).toEqual([2, 0]);
    expect(Array.from(summary.tx)).toEqual([3, 0]); // 21 days
    expect(Array.from(summary.T)).toEqual([4, 2]); // 28 and 14 days
    expect(Array.from(summary.meanRepeatSpend)).toEqual([25, 0]); // (5 + 15 + 30) / 2
    expect(summary.excludedTransactions).toBe(1);
    expect(summary.observationEnd).toBe(128);
  });

  it("observes to the day after the last date by default", () => {
    const summary = customerHistory(HAND_LOG, { timeUnit: "D" });
    expect(summary.observationEnd).toBe(131);
    expect(Array.from(summary.recencyDays)).toEqual([1, 17]);
    expect(Array.from(summary.x)).toEqual([3, 0]);
    expect(Array.from(summary.tx)).toEqual([30, 0]);
    expect(Array.from(summary.T)).toEqual([31, 17]);
    expect(summary.meanRepeatSpend[0]).toBeCloseTo((20 + 30 + 99) / 3, 12);
    expect(summary.excludedTransactions).toBe(0);
  });

  it("measures t_x and T in months of 365.25 / 12 days", () => {
    const summary = customerHistory(HAND_LOG, { observationEnd: 161, timeUnit: "M" });
    expect(summary.tx[0]).toBeCloseTo(30 / 30.4375, 14);
    expect(summary.T[0]).toBeCloseTo(61 / 30.4375, 14);
    expect(summary.T[1]).toBeCloseTo(47 / 30.4375, 14);
  });

  it("drops a customer whose purchases all fall after the end, keeping first-appearance order", () => {
    const summary = customerHistory(HAND_LOG, { observationEnd: 110, timeUnit: "D" });
    expect(summary.customerIds).toEqual(["A"]);
    expect(Array.from(summary.orders)).toEqual([3]);
    expect(Array.from(summary.x)).toEqual([1]);
    expect(summary.excludedTransactions).toBe(3);
  });

  it("counts a customer's days correctly past the insertion of many rows per day", () => {
    const rows = Array.from({ length: 1000 }, (_, index) => ["Z", 500 - (index % 40), 1]);
    const summary = customerHistory(logOf(rows), { observationEnd: 500, timeUnit: "D" });
    expect(Array.from(summary.orders)).toEqual([1000]);
    expect(Array.from(summary.x)).toEqual([39]);
    expect(Array.from(summary.tx)).toEqual([39]);
    expect(summary.meanRepeatSpend[0]).toBe(25); // 975 repeat rows over 39 repeat days
  });

  it("refuses bad options and logs with the argument's name", () => {
    expect(() => customerHistory(HAND_LOG, { observationEnd: 99, timeUnit: "D" })).toThrow(
      expect.objectContaining({
        argument: "observation_end",
        kind: "na",
        message: "observation_end: is before the first purchase (1900-04-09)",
      })
    );
    expect(() => customerHistory(HAND_LOG, { observationEnd: NaN, timeUnit: "D" })).toThrow(
      expect.objectContaining({ argument: "observation_end", kind: "value" })
    );
    expect(() => customerHistory(HAND_LOG, { timeUnit: "Y" as "D" })).toThrow(
      expect.objectContaining({ argument: "time_unit", kind: "value" })
    );
    expect(() => customerHistory(logOf([]), { timeUnit: "D" })).toThrow(
      expect.objectContaining({ argument: "transactions", kind: "na" })
    );
  });

  describe("a log with line items, same-day orders, returns and zero amounts", () => {
    // customer, day, amount, order id
    const rows = [
      ["A", 100, 10, "o1"], // order o1: two line items on day 100
      ["A", 100, 5, "o1"],
      ["A", 100, 7, "o2"], // a second order the same day
      ["A", 107, 20, "o3"],
      ["A", 110, -4, "o4"], // a return, a day of its own
      ["B", 114, 0, "o5"], // a free order
      ["C", 101, -9, "o6"], // only returns
      ["A", 121, 6, "o7"],
      ["A", 121, -8, "o7"], // a line item taken back: o7 nets −2, a return; day 121 nets −2
    ];
    const withOrders = () => {
      const builder = createTransactionLogBuilder({ customer: 0, date: 1, amount: 2, order: 3 });
      builder.addRows(rows);
      return builder.finish();
    };

    it("counts orders by order id: line items once, returns not at all", () => {
      const history = customerHistory(withOrders(), { observationEnd: 128, timeUnit: "D" });
      expect(history.customerIds).toEqual(["A", "B"]);
      expect(Array.from(history.orders)).toEqual([3, 1]); // o1, o2, o3; o5
      expect(history.returns).toBe(2); // o4 and o7
      expect(Array.from(history.revenue)).toEqual([10 + 5 + 7 + 20 - 4 + 6 - 8, 0]);
      expect(history.customersWithoutPurchase).toBe(1); // C
      expect(history.zeroAmounts).toBe(1);
    });

    it("counts rows as orders without an order-id column", () => {
      const history = customerHistory(logOf(rows), { observationEnd: 128, timeUnit: "D" });
      expect(Array.from(history.orders)).toEqual([5, 1]); // A's rows with an amount ≥ 0
      expect(history.returns).toBe(2); // A's −4 and −8 rows
    });

    it("takes purchase occasions from days netting 0 or more, either way", () => {
      for (const log of [withOrders(), logOf(rows)]) {
        const history = customerHistory(log, { observationEnd: 128, timeUnit: "D" });
        // A: days 100 (22) and 107 (20) are occasions; 110 (−4) and 121 (−2) are not.
        expect(Array.from(history.x)).toEqual([1, 0]);
        expect(Array.from(history.firstPurchase)).toEqual([100, 114]);
        expect(Array.from(history.lastPurchase)).toEqual([107, 114]);
        expect(Array.from(history.tx)).toEqual([7, 0]);
        expect(Array.from(history.T)).toEqual([28, 14]);
        expect(Array.from(history.recencyDays)).toEqual([21, 14]);
        expect(Array.from(history.meanRepeatSpend)).toEqual([20, 0]);
      }
    });
  });

  describe("on the CDNOW sample, calibration period to 1997-09-30 in weeks", () => {
    const log = logOf(cdnowSampleRows());
    const summary = customerHistory(log, {
      observationEnd: toDaySerial("1997-09-30"),
      timeUnit: "W",
    });
    const index = new Map(
      summary.customerIds.map((id: string, position: number) => [Number(id), position])
    );
    const published = csvById(readFixture("cdnow_customers_summary.csv"));
    const withSpend = csvById(readFixture("cdnow_customers_summary_with_transactions.csv"));

    it("has every one of the 2357 customers", () => {
      expect(summary.customerIds).toHaveLength(2357);
      expect([...published.keys()].every((id) => index.has(id))).toBe(true);
    });

    it("matches the published x exactly and t_x, T within 0.01 week", () => {
      let exact = 0;
      let largestTx = 0;
      let largestT = 0;
      for (const [id, [frequency, recency, T]] of published) {
        const position = index.get(id) as number;
        if (summary.x[position] === frequency) exact++;
        largestTx = Math.max(largestTx, Math.abs(summary.tx[position] - recency));
        largestT = Math.max(largestT, Math.abs(summary.T[position] - T));
      }
      expect(exact).toBe(2357);
      expect(largestTx).toBeLessThanOrEqual(0.005 + 1e-9); // the file rounds to 2 decimals
      expect(largestT).toBeLessThanOrEqual(0.005 + 1e-9);
    });

    it("matches zbar, the mean value of the repeat purchase days, within rounding", () => {
      let largest = 0;
      for (const [id, [, , , zbar]] of withSpend) {
        largest = Math.max(
          largest,
          Math.abs(summary.meanRepeatSpend[index.get(id) as number] - zbar)
        );
      }
      expect(largest).toBeLessThanOrEqual(0.005 + 1e-9);
    });

    it("reproduces customer 1: 30.43 weeks recency, 38.86 weeks T, zbar 22.35", () => {
      const position = index.get(1) as number;
      expect(summary.x[position]).toBe(2);
      expect(summary.tx[position]).toBeCloseTo(30.43, 2);
      expect(summary.T[position]).toBeCloseTo(38.86, 2); // 272 days from 1997-01-01
      expect(summary.meanRepeatSpend[position]).toBeCloseTo((29.73 + 14.96) / 2, 12); // 22.345, filed as 22.35
    });
  });
});
