import { join } from "node:path";
import { parseArgs } from "node:util";
import { CALENDAR_PERIODS, type CalendarPeriod } from "../../../src/engine/read/calendarPeriod";
import type { SkipReason } from "../../../src/engine/read/skipReasons";
import { BrowserNotFoundError } from "../harness/findBrowser";
import { analyzeCsv } from "./analyzeCsv";
import { PaneError } from "./paneError";

const USAGE = `Usage: npm run analyze -- <transactions.csv|orders.parquet> --out <folder> [--language de-DE] [--spend <spend.csv>] [--period week|month|quarter|year]

Runs "Analyze customers" in the built task pane (headless Chromium, Excel test double) on the CSV
(a Parquet file, or a CSV longer than a sheet: on the customer table embedded DuckDB builds from it,
saying on stderr how many of the file's rows that table left out, and why) and writes every table on the sheets the add-in created to <folder>: the table at the top of a
sheet as "<sheet name>.csv", a table below it as "<sheet name> - <table name>.csv".
With --spend, the marketing spend CSV (channel, spend, optionally month and new customers) is
given to the pane's spend step on a sheet of its own, and the log's channel column gives a
CX Channels sheet. With --period, the cohorts and trends (a subscription table's cohorts and
renewals) are by that period rather than by month. Build first: npm run build.`;

/** Why a row was left out, in the pane's English words. */
const SKIP_REASONS: Record<SkipReason, string> = {
  blankCustomer: "without a customer",
  unreadableDate: "with an unreadable date",
  nonNumericAmount: "with a non-numeric amount",
};

/**
 * The rows of a big file its customer table left out, by reason, as the pane words a sheet's;
 * "" when none.
 * @example
 * skippedText({ blankCustomer: 1, unreadableDate: 0, nonNumericAmount: 2 });
 * // "3 rows of the file skipped: 1 without a customer, 2 with a non-numeric amount."
 */
function skippedText(skipped: Readonly<Record<SkipReason, number>>): string {
  const reasons = (Object.keys(SKIP_REASONS) as SkipReason[]).filter((reason) => skipped[reason]);
  const total = reasons.reduce((sum, reason) => sum + skipped[reason], 0);
  const list = reasons.map((reason) => `${skipped[reason]} ${SKIP_REASONS[reason]}`).join(", ");
  return total === 0
    ? ""
    : `${total} ${total === 1 ? "row" : "rows"} of the file skipped: ${list}.`;
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      out: { type: "string" },
      language: { type: "string", default: "en-US" },
      spend: { type: "string" },
      period: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  const period = values.period as CalendarPeriod | undefined;
  const badPeriod = period !== undefined && !CALENDAR_PERIODS.includes(period);
  if (values.help || positionals.length !== 1 || !values.out || badPeriod) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  try {
    const { tables, skipped } = await analyzeCsv({
      csvPath: positionals[0],
      outFolder: values.out,
      distFolder: join(__dirname, "../../../dist"),
      displayLanguage: values.language,
      spendPath: values.spend,
      period,
    });
    for (const table of tables)
      console.log(`${table.sheetName}\t${table.rowCount} rows\t${table.file}`);
    const left = skipped ? skippedText(skipped) : "";
    if (left) console.error(left);
    return 0;
  } catch (error) {
    const known = error instanceof PaneError || error instanceof BrowserNotFoundError;
    console.error(known ? error.message : error);
    return 1;
  }
}

void main().then((code) => {
  process.exitCode = code;
});
