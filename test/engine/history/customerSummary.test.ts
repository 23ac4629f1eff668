import { cdnowSampleRows } from "../../browser/fixtures/cdnowSample";
import { customerSummary } from "../../../src/engine/history/customerSummary";
import { toDaySerial } from "../../../src/engine/read/excelDate";
import {
  createTransactionLogBuilder,
  type TransactionLog,
} from "../../../src/engine/read/transactionLog";
import { readFixture } from "../../fixtures/readFixture";

function logOf(rows: unknown[][]): TransactionLog {
  const builder = createTransactionLogBuilder({ customer: 0, date: 1, amount: 2 });
  builder.addRows(rows);
  return builder.finish();
}

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

describe("customerSummary", () => {
  it("merges same-day purchases into one occasion and leaves rows after the end out", () => {
    const summary = customerSummary(HAND_LOG, { observationEnd: 128, timeUnit: "W" });
    expect(summary.customerIds).toEqual(["A", "B"]);
    expect(Array.from(summary.orders)).toEqual([3, 1]);
    expect(Array.from(summary.transactions)).toEqual([4, 1]);
    expect(Array.from(summary.revenue)).toEqual([60, 8]);
    expect(Array.from(summary.firstPurchase)).toEqual([100, 114]);
    expect(Array.from(summary.lastPurchase)).toEqual([121, 114]);
    expect(Array.from(summary.recencyDays)).toEqual([7, 14]);
    expect(Array.from(summary.x)).toEqual([2, 0]);
    expect(Array.from(summary.tx)).toEqual([3, 0]); // 21 days
    expect(Array.from(summary.T)).toEqual([4, 2]); // 28 and 14 days
    expect(Array.from(summary.monetary)).toEqual([25, 0]); // (5 + 15 + 30) / 2
    expect(summary.excludedTransactions).toBe(1);
    expect(summary.observationEnd).toBe(128);
  });

  it("observes to the day after the last date by default", () => {
    const summary = customerSummary(HAND_LOG, { timeUnit: "D" });
    expect(summary.observationEnd).toBe(131);
    expect(Array.from(summary.recencyDays)).toEqual([1, 17]);
    expect(Array.from(summary.x)).toEqual([3, 0]);
    expect(Array.from(summary.tx)).toEqual([30, 0]);
    expect(Array.from(summary.T)).toEqual([31, 17]);
    expect(summary.monetary[0]).toBeCloseTo((20 + 30 + 99) / 3, 12);
    expect(summary.excludedTransactions).toBe(0);
  });

  it("measures t_x and T in months of 365.25 / 12 days", () => {
    const summary = customerSummary(HAND_LOG, { observationEnd: 161, timeUnit: "M" });
    expect(summary.tx[0]).toBeCloseTo(30 / 30.4375, 14);
    expect(summary.T[0]).toBeCloseTo(61 / 30.4375, 14);
    expect(summary.T[1]).toBeCloseTo(47 / 30.4375, 14);
  });

  it("drops a customer whose purchases all fall after the end, keeping first-appearance order", () => {
    const summary = customerSummary(HAND_LOG, { observationEnd: 110, timeUnit: "D" });
    expect(summary.customerIds).toEqual(["A"]);
    expect(Array.from(summary.orders)).toEqual([2]);
    expect(summary.excludedTransactions).toBe(3);
  });

  it("counts a customer's days correctly past the insertion of many rows per day", () => {
    const rows = Array.from({ length: 1000 }, (_, index) => ["Z", 500 - (index % 40), 1]);
    const summary = customerSummary(logOf(rows), { observationEnd: 500, timeUnit: "D" });
    expect(Array.from(summary.orders)).toEqual([40]);
    expect(Array.from(summary.tx)).toEqual([39]);
    expect(summary.monetary[0]).toBe(25); // 975 repeat rows over 39 repeat days
  });

  it("refuses bad options and logs with the argument's name", () => {
    expect(() => customerSummary(HAND_LOG, { observationEnd: 99, timeUnit: "D" })).toThrow(
      expect.objectContaining({
        argument: "observation_end",
        kind: "na",
        message: "observation_end: is before the first purchase (1900-04-09)",
      })
    );
    expect(() => customerSummary(HAND_LOG, { observationEnd: NaN, timeUnit: "D" })).toThrow(
      expect.objectContaining({ argument: "observation_end", kind: "value" })
    );
    expect(() => customerSummary(HAND_LOG, { timeUnit: "Y" as "D" })).toThrow(
      expect.objectContaining({ argument: "time_unit", kind: "value" })
    );
    expect(() => customerSummary(logOf([]), { timeUnit: "D" })).toThrow(
      expect.objectContaining({ argument: "transactions", kind: "na" })
    );
  });

  describe("on the CDNOW sample, calibration period to 1997-09-30 in weeks", () => {
    const log = logOf(cdnowSampleRows());
    const summary = customerSummary(log, {
      observationEnd: toDaySerial("1997-09-30"),
      timeUnit: "W",
    });
    const index = new Map(summary.customerIds.map((id, position) => [Number(id), position]));
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
        largest = Math.max(largest, Math.abs(summary.monetary[index.get(id) as number] - zbar));
      }
      expect(largest).toBeLessThanOrEqual(0.005 + 1e-9);
    });

    it("reproduces customer 1: 30.43 weeks recency, 38.86 weeks T, zbar 22.35", () => {
      const position = index.get(1) as number;
      expect(summary.x[position]).toBe(2);
      expect(summary.tx[position]).toBeCloseTo(30.43, 2);
      expect(summary.T[position]).toBeCloseTo(38.86, 2); // 272 days from 1997-01-01
      expect(summary.monetary[position]).toBeCloseTo((29.73 + 14.96) / 2, 12); // 22.345, filed as 22.35
    });
  });
});
