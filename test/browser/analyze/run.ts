import { join } from "node:path";
import { parseArgs } from "node:util";
import { BrowserNotFoundError } from "../harness/findBrowser";
import { analyzeCsv, PaneError } from "./analyzeCsv";

const USAGE = `Usage: npm run analyze -- <transactions.csv|orders.parquet> --out <folder> [--language de-DE] [--spend <spend.csv>]

Runs "Analyze customers" in the built task pane (headless Chromium, Excel test double) on the CSV
(a Parquet file, or a CSV longer than a sheet: on the customer table embedded DuckDB builds from it)
and writes every table on the sheets the add-in created to <folder>: the table at the top of a
sheet as "<sheet name>.csv", a table below it as "<sheet name> - <table name>.csv".
With --spend, the marketing spend CSV (channel, spend, optionally month and new customers) is
given to the pane's spend step on a sheet of its own, and the log's channel column gives a
CX Channels sheet. Build first: npm run build.`;

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      out: { type: "string" },
      language: { type: "string", default: "en-US" },
      spend: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help || positionals.length !== 1 || !values.out) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  try {
    const tables = await analyzeCsv({
      csvPath: positionals[0],
      outFolder: values.out,
      distFolder: join(__dirname, "../../../dist"),
      displayLanguage: values.language,
      spendPath: values.spend,
    });
    for (const table of tables)
      console.log(`${table.sheetName}\t${table.rowCount} rows\t${table.file}`);
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
