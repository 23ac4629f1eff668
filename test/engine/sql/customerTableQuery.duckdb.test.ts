import { HISTORY_COLUMNS } from "../../../src/engine/history/historyColumns";
import { duckdbRows } from "./duckdbRows";
import { serialOf } from "./historyRows";
import { sameHistoriesOn } from "./sameHistories";
import { logQuery, MIXED_LOG, type LogQueryOptions } from "./testLogs";

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

  it("returns CX.SUMMARY's columns, then channel", async () => {
    const result = await duckdbRows(MIXED_LOG, query({ channels: true }));
    expect(Object.keys(result[0])).toEqual([...HISTORY_COLUMNS, "channel"]);
  });
});
