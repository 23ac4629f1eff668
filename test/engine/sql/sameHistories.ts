import type { SqlDialect } from "../../../src/engine/sql/sqlDialect";
import { expectSameRows, historyRows, serialOf, type CustomerRow } from "./historyRows";
import {
  BLANK_IDS_LOG,
  CANCELLING_LOG,
  cdnowMasterRows,
  logQuery,
  MIXED_LOG,
  type SqlLogRow,
} from "./testLogs";

// Loading 69,659 rows and comparing 23,570 customers takes seconds on a busy machine.
const CDNOW_TIMEOUT = 60_000;

/** Loads rows into a table of LOG_TABLE_COLUMNS on a real engine and runs a query there. */
export type RunOnEngine = (rows: readonly SqlLogRow[], query: string) => Promise<CustomerRow[]>;

/**
 * The tests every executed dialect passes: its query, run on the engine, gives customerHistory's
 * row for every customer, every column, on the CDNOW master log (to the calibration end in
 * weeks, and to the default end in months) and on MIXED_LOG and BLANK_IDS_LOG with and without
 * order ids and channels, to a given end in days and to the default end in weeks, and on
 * CANCELLING_LOG alike.
 * @example
 * describe("DuckDB", () => sameHistoriesOn("duckdb", "orders", duckdbRows));
 */
export function sameHistoriesOn(dialect: SqlDialect, table: string, run: RunOnEngine): void {
  const cdnow = cdnowMasterRows();
  it(
    "on the CDNOW master log: 23,570 customers, weekly, to the end of the calibration period",
    async () => {
      const options = { observationEnd: serialOf("1997-09-30") };
      const result = await run(cdnow, logQuery(dialect, table, options));
      expect(result).toHaveLength(23_570);
      expectSameRows(result, historyRows(cdnow, options));
      // The sample's customer 1 (master 00004) as the papers' summary has them.
      const first = result.find((row) => row.customer === "00004");
      expect([first?.frequency, first?.t_x.toFixed(2), first?.T.toFixed(2)]).toEqual([
        2,
        "30.43",
        "38.86",
      ]);
    },
    CDNOW_TIMEOUT
  );

  it(
    "on the CDNOW master log with the default end (the day after the last date), in months",
    async () => {
      const result = await run(cdnow, logQuery(dialect, table, { timeUnit: "M" }));
      expectSameRows(result, historyRows(cdnow, { timeUnit: "M" }));
    },
    CDNOW_TIMEOUT
  );

  describe.each([
    ["a log of line items, same-day orders, returns and a zero amount", MIXED_LOG],
    ["a log of blank and padded ids", BLANK_IDS_LOG],
    ["a log whose amounts cancel only to a rounding in doubles", CANCELLING_LOG],
  ])("on %s", (_, log) => {
    describe.each([
      ["with order ids and channels", { orders: true, channels: true }],
      ["with order ids", { orders: true, channels: false }],
      ["rows only, with channels", { orders: false, channels: true }],
      ["rows only", { orders: false, channels: false }],
    ])("%s", (__, columns) => {
      it.each([
        [
          "to 2024-04-30 in days",
          { observationEnd: serialOf("2024-04-30"), timeUnit: "D" as const },
        ],
        ["to the day after the last date in weeks", { timeUnit: "W" as const }],
      ])("%s", async (___, end) => {
        const options = { ...columns, ...end };
        const result = await run(log, logQuery(dialect, table, options));
        expectSameRows(result, historyRows(log, options));
      });
    });
  });
}
