import { customerHistory } from "../../../src/engine/history/customerHistory";
import { logOf } from "../read/logOf";
import { historyKpis } from "../../../src/engine/report/kpis";
import {
  createTransactionLogBuilder,
  type TransactionLog,
} from "../../../src/engine/read/transactionLog";
import { readFixture } from "../../fixtures/readFixture";

/** The KPIs of a log's customer history, as every surface computes them. */
const transactionKpis = (log: TransactionLog) => historyKpis(customerHistory(log));

describe("historyKpis", () => {
  it("computes every KPI of a small hand-checked log", () => {
    const kpis = transactionKpis(
      logOf([
        ["A", 100, 10],
        ["B", 150, 20],
        ["A", 200, 30],
        ["C", 120, 40],
        ["C", 120, 0], // a second order on the same day
      ])
    );
    expect(kpis.customers).toBe(3);
    expect(kpis.orders).toBe(5);
    expect(kpis.revenue).toBe(100);
    expect(kpis.averageOrderValue).toBe(20);
    expect(kpis.purchaseFrequency).toBeCloseTo(5 / 3, 14);
    expect(kpis.repeatPurchaseRate).toBeCloseTo(2 / 3, 14); // A and C
    expect(kpis.averageLifespanDays).toBeCloseTo(100 / 3, 12); // (100 + 0 + 0) / 3
    expect(kpis.observationDays).toBe(101);
    expect(kpis.purchasesPerYear).toBeCloseTo((5 / 3) * (365.25 / 101), 12); // 6.027227...
    // 20 × (5/3)·(365.25/101) × (100/3)/365.25 = 10000/909
    expect(kpis.simpleClv).toBeCloseTo(10000 / 909, 10);
    expect(kpis.firstDate).toBe(100);
    expect(kpis.lastDate).toBe(200);
  });

  it("gives NaN simple CLV when refunds make the average order value negative", () => {
    const kpis = transactionKpis(
      logOf([
        ["A", 100, 10],
        ["A", 101, -50],
      ])
    );
    expect(kpis.orders).toBe(1); // the refund is a return, not an order
    expect(kpis.averageOrderValue).toBe(-40);
    expect(kpis.simpleClv).toBeNaN();
  });

  it("refuses a log without valid rows with #N/A", () => {
    expect(() => transactionKpis(logOf([["A", "no date", 1]]))).toThrow(
      expect.objectContaining({ kind: "na" })
    );
  });

  it("summarises the CDNOW 1/10 sample read in blocks of 1000 rows", () => {
    // Whitespace-separated, CRLF, no header: master id, sample id, YYYYMMDD, CDs, dollars.
    const rows = readFixture("CDNOW_sample.txt")
      .split(/\r?\n/)
      .filter((line) => line.trim() !== "")
      .map((line) => line.trim().split(/\s+/));
    const builder = createTransactionLogBuilder({ customer: 1, date: 2, amount: 4 });
    for (let start = 0; start < rows.length; start += 1000)
      builder.addRows(rows.slice(start, start + 1000));
    const log = builder.finish();
    const kpis = transactionKpis(log);

    const dollarSum = rows.reduce((sum, row) => sum + Number(row[4]), 0);
    const ordersPerCustomer = new Map<string, number>();
    for (const row of rows) ordersPerCustomer.set(row[1], (ordersPerCustomer.get(row[1]) ?? 0) + 1);
    const repeatCustomers = [...ordersPerCustomer.values()].filter((orders) => orders >= 2).length;

    expect(log.skipped).toEqual({ blankCustomer: 0, unreadableDate: 0, nonNumericAmount: 0 });
    expect(kpis.customers).toBe(2357);
    expect(kpis.orders).toBe(6919);
    expect(kpis.revenue).toBeCloseTo(dollarSum, 6);
    expect(kpis.repeatPurchaseRate).toBeCloseTo(repeatCustomers / 2357, 12);
    // The cohort's first purchases start on 1997-01-01; the log runs to 1998-06-30 (README).
    expect(kpis.firstDate).toBe(35431);
    expect(kpis.lastDate).toBe(35976);
    expect(kpis.observationDays).toBe(546);
  });
});
