import {
  customerTableQuery,
  CUSTOMER_TABLE_QUERY_COLUMNS,
} from "../../../src/engine/sql/customerTableQuery";
import type { TimeUnit } from "../../../src/engine/read/timeUnit";
import { SUMMARY_HEADER } from "../../../src/functions/summaryRow";
import { duckdbRows, DUCKDB_COLUMNS } from "./duckdbRows";
import { expectSameRows, historyRows, serialOf } from "./historyRows";
import { cdnowMasterRows, MIXED_LOG } from "./testLogs";

const query = (options: {
  observationEnd?: number;
  timeUnit?: TimeUnit;
  orders?: boolean;
  channels?: boolean;
}) =>
  customerTableQuery({
    dialect: "duckdb",
    table: "orders",
    customerColumn: DUCKDB_COLUMNS.customer,
    dateColumn: DUCKDB_COLUMNS.date,
    amountColumn: DUCKDB_COLUMNS.amount,
    orderColumn: options.orders ? DUCKDB_COLUMNS.order : undefined,
    channelColumn: options.channels ? DUCKDB_COLUMNS.channel : undefined,
    observationEnd: options.observationEnd,
    timeUnit: options.timeUnit,
  });

describe("the DuckDB customer-table query, run in DuckDB, gives customerHistory's rows", () => {
  it("on the CDNOW master log: 23,570 customers, weekly, to the end of the calibration period", async () => {
    const rows = cdnowMasterRows();
    const options = { observationEnd: serialOf("1997-09-30") };
    const result = await duckdbRows(rows, query(options));
    expect(result).toHaveLength(23_570);
    expectSameRows(result, historyRows(rows, options));
    // The sample's customer 1 (master 00004) as the papers' summary has them.
    const first = result.find((row) => row.customer === "00004");
    expect([first?.frequency, first?.t_x.toFixed(2), first?.T.toFixed(2)]).toEqual([
      2,
      "30.43",
      "38.86",
    ]);
  });

  it("on the CDNOW master log with the default end (the day after the last date), in months", async () => {
    const rows = cdnowMasterRows();
    const result = await duckdbRows(rows, query({ timeUnit: "M" }));
    expectSameRows(result, historyRows(rows, { timeUnit: "M" }));
  });

  describe.each([
    ["with order ids and channels", { orders: true, channels: true }],
    ["with order ids", { orders: true, channels: false }],
    ["rows only", { orders: false, channels: false }],
  ])("on a log of line items, same-day orders, returns and a zero amount, %s", (_, columns) => {
    it.each([
      ["to 2024-04-30 in days", { observationEnd: serialOf("2024-04-30"), timeUnit: "D" as const }],
      ["to the day after the last date in weeks", { timeUnit: "W" as const }],
    ])("%s", async (__, end) => {
      const options = { ...columns, ...end };
      const result = await duckdbRows(MIXED_LOG, query(options));
      expectSameRows(result, historyRows(MIXED_LOG, options));
    });
  });

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
    expect(Object.keys(result[0])).toEqual([...SUMMARY_HEADER, "channel"]);
    expect([...CUSTOMER_TABLE_QUERY_COLUMNS]).toEqual([...SUMMARY_HEADER]);
  });
});
