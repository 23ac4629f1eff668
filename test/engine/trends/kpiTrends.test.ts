import { kpiTrends } from "../../../src/engine/trends/kpiTrends";
import { toDaySerial } from "../../../src/engine/read/excelDate";
import { createTransactionLogBuilder } from "../../../src/engine/read/transactionLog";
import { cdnowSampleRows } from "../../browser/fixtures/cdnowSample";
import { logOf } from "../read/logOf";
import { customerHistory } from "../../../src/engine/history/customerHistory";
import { historyKpis } from "../../../src/engine/report/kpis";

const day = (iso: string) => toDaySerial(iso);

describe("kpiTrends", () => {
  it("gives the KPIs at each month end of a small log", () => {
    // A buys on 2023-01-10 and 2023-03-02; B on 2023-01-20; C on 2023-02-05, returns on 03-01.
    const log = logOf([
      ["A", day("2023-01-10"), 30],
      ["B", day("2023-01-20"), 10],
      ["C", day("2023-02-05"), 40],
      ["C", day("2023-03-01"), -5],
      ["A", day("2023-03-02"), 20],
    ]);
    const trends = kpiTrends(log, { activeWindowDays: 30 });
    expect(trends.labels).toEqual(["2023-01", "2023-02", "2023-03"]);
    expect(Array.from(trends.ends)).toEqual([
      day("2023-01-31"),
      day("2023-02-28"),
      day("2023-03-02"),
    ]);
    expect(Array.from(trends.customersEver)).toEqual([2, 3, 3]);
    // 31 January: A (day 10 + 29 = 8 February) and B; 28 February: C; 2 March: A and C (5 February + 29 = 6 March).
    expect(Array.from(trends.activeCustomers)).toEqual([2, 1, 2]);
    expect(Array.from(trends.newCustomers)).toEqual([2, 1, 0]);
    expect(Array.from(trends.orders)).toEqual([2, 1, 1]);
    expect(Array.from(trends.revenue)).toEqual([40, 40, 15]);
    expect(Array.from(trends.averageOrderValue)).toEqual([20, 40, 15]);
    expect(Array.from(trends.purchaseFrequency)).toEqual([1, 1, 1]);
    expect(Array.from(trends.repeatRate)).toEqual([0, 0, 1 / 3]);
    [0, 2 / 3, 1 / 3].forEach((rate, index) =>
      expect(trends.churnRate[index]).toBeCloseTo(rate, 12)
    );
    // Of A and B active on 31 January none is on 28 February; C is still active on 2 March.
    expect(Array.from(trends.retentionRate)).toEqual([NaN, 0, 1]);
  });

  it("counts order ids by their first row, as the customer history does", () => {
    const builder = createTransactionLogBuilder({ customer: 0, date: 1, amount: 2, order: 3 });
    builder.addRows([
      ["A", day("2023-01-30"), 10, "o1"],
      ["A", day("2023-02-01"), 5, "o1"],
      ["A", day("2023-02-02"), 8, "o2"],
      ["A", day("2023-02-03"), -9, "o2"],
      ["B", day("2023-02-04"), 4, ""],
    ]);
    const trends = kpiTrends(builder.finish());
    // o1 in January (its first row), o2 nets below 0: a return; B's row without an id in February.
    expect(Array.from(trends.orders)).toEqual([1, 1]);
  });

  it("counts an order id per customer, in the period of its earliest row", () => {
    const builder = createTransactionLogBuilder({ customer: 0, date: 1, amount: 2, order: 3 });
    builder.addRows([
      ["C", day("2023-02-10"), 3, "o3"],
      ["C", day("2023-01-15"), 2, "o3"],
      ["D", day("2023-02-20"), 7, "o3"],
    ]);
    const trends = kpiTrends(builder.finish());
    // C's o3 began on 15 January though its first row is dated February; D's o3 is another order.
    expect(Array.from(trends.orders)).toEqual([1, 1]);
  });

  it("equals a plain count over the CDNOW sample at every month end", () => {
    const rows = cdnowSampleRows();
    const trends = kpiTrends(logOf(rows));
    const purchaseDays = new Map<string, Set<number>>();
    // The order dates (a row each, as CDNOW has no order ids and no returns), for the repeat rate.
    const orderDates = new Map<string, number[]>();
    for (const [id, date] of rows) {
      if (!purchaseDays.has(id)) purchaseDays.set(id, new Set());
      purchaseDays.get(id)?.add(date);
      orderDates.set(id, [...(orderDates.get(id) ?? []), date]);
    }
    expect(trends.labels.length).toBe(18);
    trends.ends.forEach((end, index) => {
      let ever = 0;
      let active = 0;
      let repeaters = 0;
      for (const [id, days] of purchaseDays) {
        const upTo = [...days].filter((d) => d <= end);
        if (upTo.length === 0) continue;
        ever++;
        // Two orders, as the Summary's repeat-purchase rate counts: two on one day are two.
        if ((orderDates.get(id) ?? []).filter((d) => d <= end).length >= 2) repeaters++;
        if (upTo.some((d) => d > end - 90)) active++;
      }
      expect(trends.customersEver[index]).toBe(ever);
      expect(trends.activeCustomers[index]).toBe(active);
      expect(trends.repeatRate[index]).toBeCloseTo(repeaters / ever, 12);
      const previousEnd = trends.ends[index - 1];
      if (index > 0) {
        let before = 0;
        let kept = 0;
        for (const days of purchaseDays.values()) {
          const wasActive = [...days].some((d) => d <= previousEnd && d > previousEnd - 90);
          if (!wasActive) continue;
          before++;
          if ([...days].some((d) => d <= end && d > end - 90)) kept++;
        }
        expect(trends.retentionRate[index]).toBeCloseTo(kept / before, 12);
      }
    });
    const rowsIn = (index: number) =>
      rows.filter(
        ([, date]) => date <= trends.ends[index] && (index === 0 || date > trends.ends[index - 1])
      );
    trends.labels.forEach((_, index) => {
      expect(trends.orders[index]).toBe(rowsIn(index).length);
      expect(trends.revenue[index]).toBeCloseTo(
        rowsIn(index).reduce((sum, row) => sum + row[2], 0),
        6
      );
    });
  });

  it("counts a repeat customer from their second order, as the Summary's repeat-purchase rate does", () => {
    // A: two orders on 2023-01-10; B: one order, its two lines on 01-20 and 02-02; C: an order on
    // 01-25, a return (order r) on 02-03, another order on 02-03: two orders, in February.
    const builder = createTransactionLogBuilder({ customer: 0, date: 1, amount: 2, order: 3 });
    builder.addRows([
      ["A", day("2023-01-10"), 10, "a1"],
      ["A", day("2023-01-10"), 20, "a2"],
      ["B", day("2023-01-20"), 15, "b1"],
      ["B", day("2023-02-02"), 5, "b1"],
      ["C", day("2023-01-25"), 30, "c1"],
      ["C", day("2023-02-03"), -8, "r"],
      ["C", day("2023-02-03"), 12, "c2"],
    ]);
    const log = builder.finish();
    const trends = kpiTrends(log);
    expect(trends.labels).toEqual(["2023-01", "2023-02"]);
    expect(Array.from(trends.repeatRate)).toEqual([1 / 3, 2 / 3]);
    const summary = historyKpis(customerHistory(log, { observationEnd: trends.ends[1] }));
    expect(trends.repeatRate[1]).toBe(summary.repeatPurchaseRate);
  });

  it("says what is wrong with the window", () => {
    const log = logOf([["A", day("2023-01-10"), 30]]);
    expect(() => kpiTrends(log, { activeWindowDays: 0 })).toThrow(/active_window_days/);
  });
});
