import { HISTORY_COLUMNS } from "../../../src/engine/history/historyColumns";
import { duckdbRows } from "./duckdbRows";
import { serialOf } from "./historyRows";
import { sameHistoriesOn } from "./sameHistories";
import { BLANK_IDS_LOG, logQuery, MIXED_LOG, type LogQueryOptions } from "./testLogs";

const query = (options: LogQueryOptions) => logQuery("duckdb", "orders", options);

describe("the DuckDB customer-table query, run in DuckDB, gives customerHistory's rows", () => {
  sameHistoriesOn("duckdb", "orders", duckdbRows);

  it("gives the hand-worked rows of the mixed log to 2024-04-30", async () => {
    const options = {
      observationEnd: serialOf("2024-04-30"),
      timeUnit: "D" as const,
      orders: true,
      channels: true,
    };
    const result = await duckdbRows(MIXED_LOG, query(options));
    // K1: orders and the row without an id (A-3 is a return); purchase days
    // 1 March (170), 2 April (80), 9 April (12.5); K2: 5 and 20 March (27 March nets −10);
    // K3 has only returns; K4: one day of two orders.
    expect(
      result.map((row) => [
        row.customer,
        row.orders,
        row.revenue,
        row.frequency,
        row.monetary,
        row.channel,
      ])
    ).toEqual([
      ["K1", 4, 232.5, 2, 46.25, "Shop"],
      ["K2", 3, 30, 1, 40, "Web"],
      ["K4", 2, 10, 0, 0, null],
    ]);
    expect(result.map((row) => [row.recency_days, row.t_x, row.T])).toEqual([
      [21, 39, 60],
      [41, 15, 56],
      [10, 0, 10],
    ]);
  });

  it("reads ids as the engine does: trimmed text, a blank one none", async () => {
    const result = await duckdbRows(BLANK_IDS_LOG, query({ orders: true, channels: true }));
    // K1: 10 and 20 without an order id are two orders, −25 a return; its latest channel is
    // the 2 March row's, the 3 March row's being blank. K2: one order B-1 of 5 + 7, at the Shop.
    // The rows without a customer are left out: the end is the day after 4 March.
    expect(
      result.map((row) => [
        row.customer,
        row.orders,
        row.revenue,
        row.last_purchase,
        row.recency_days,
        row.channel,
      ])
    ).toEqual([
      ["K1", 2, 5, serialOf("2024-03-02"), 3, "Web"],
      ["K2", 1, 12, serialOf("2024-03-04"), 1, "Shop"],
    ]);
  });

  it("returns CX.SUMMARY's columns, then channel", async () => {
    const result = await duckdbRows(MIXED_LOG, query({ channels: true }));
    expect(Object.keys(result[0])).toEqual([...HISTORY_COLUMNS, "channel"]);
  });
});
