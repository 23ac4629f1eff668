import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { readFixture } from "../../fixtures/readFixture";
import { parseCsv } from "./csv";
import { writeParquet } from "./parquetFile";

jest.setTimeout(120_000);

const run = promisify(execFile);
const tsx = join(__dirname, "../../../node_modules/.bin/tsx");
const command = join(__dirname, "run.ts");
let folder: string;

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), "cx-analyze-"));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

/** The first 500 CDNOW sample transactions as customer,date,amount with ISO dates. */
function cdnowCsv(): { text: string; customers: number; revenue: number } {
  const lines = readFixture("CDNOW_sample.txt")
    .split(/\r?\n/)
    .filter((line) => line.trim() !== "")
    .slice(0, 500)
    .map((line) => line.trim().split(/\s+/));
  const rows = lines.map(([, id, date, , dollars]) => {
    const iso = `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}`;
    return `${Number(id)},${iso},${dollars}`;
  });
  return {
    text: ["customer,date,amount", ...rows].join("\n") + "\n",
    customers: new Set(lines.map((fields) => fields[1])).size,
    revenue: lines.reduce((sum, fields) => sum + Number(fields[4]), 0),
  };
}

/** Runs `npm run analyze`'s script; resolves to its exit code and output. */
async function analyze(csvPath: string, out: string, ...more: string[]) {
  try {
    const { stdout, stderr } = await run(tsx, [command, csvPath, "--out", out, ...more]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

test("writes every result sheet of the first 500 CDNOW transactions as CSV, one row per customer", async () => {
  const log = cdnowCsv();
  expect(log.customers).toBe(159);
  const csvPath = join(folder, "transactions.csv");
  writeFileSync(csvPath, log.text);
  const out = join(folder, "results");

  const result = await analyze(csvPath, out);

  expect(result.code).toBe(0);
  const printed = result.stdout
    .trim()
    .split("\n")
    .map((line) => line.split("\t").slice(0, 2));
  expect(printed).toEqual(
    expect.arrayContaining([
      ["CX Summary", "12 rows"],
      ["CX Customers", `${log.customers + 1} rows`],
      ["CX Segments", expect.stringMatching(/ rows$/)],
      ["CX Segments", "6 rows"],
      ["CX Model", "9 rows"],
      ["CX Cohorts", "2 rows"],
      ["CX Trends", "19 rows"],
      ["CX History", "2 rows"],
    ])
  );
  // The first 159 customers all first bought in January 1997: one cohort, wholly active then.
  const cohorts = parseCsv(readFileSync(join(out, "CX Cohorts.csv"), "utf8"));
  expect(cohorts.slice(1).map((row) => row.slice(0, 3))).toEqual([
    ["1997-01", String(log.customers), "1"],
  ]);
  const trends = parseCsv(readFileSync(join(out, "CX Trends.csv"), "utf8"));
  expect(trends.slice(1).reduce((sum, row) => sum + Number(row[2]), 0)).toBe(log.customers);
  // The Summary first: one row per KPI, the same customers, orders and revenue.
  expect(printed[0][0]).toBe("CX Summary");
  const summary = new Map(
    parseCsv(readFileSync(join(out, "CX Summary.csv"), "utf8")).map((row) => [row[0], row[1]])
  );
  expect(summary.get("Customers")).toBe(String(log.customers));
  expect(summary.get("Orders")).toBe("500");
  expect(Number(summary.get("Revenue"))).toBeCloseTo(log.revenue, 6);
  const customers = parseCsv(readFileSync(join(out, "CX Customers.csv"), "utf8"));
  expect(customers[0].slice(0, 3)).toEqual(["Customer", "Orders", "Revenue"]);
  expect(new Set(customers.slice(1).map((row) => row[0])).size).toBe(log.customers);
  const revenue = customers.slice(1).reduce((sum, row) => sum + Number(row[2]), 0);
  expect(revenue).toBeCloseTo(log.revenue, 6);
  // Customer 1 first bought on 1997-01-01: the ISO text was typed into Excel as date serial 35431.
  expect(customers.find((row) => row[0] === "1")?.[4]).toBe("35431");
  const segments = parseCsv(readFileSync(join(out, "CX Segments.csv"), "utf8"));
  expect(segments[0].slice(0, 4)).toEqual([
    "Segment",
    "% of customers",
    "% of revenue",
    "Customers",
  ]);
  expect(segments.slice(1).reduce((sum, row) => sum + Number(row[3]), 0)).toBe(log.customers);
  // The R × F grid below the segments on their sheet gets a file of its own.
  const grid = parseCsv(readFileSync(join(out, "CX Segments - CX_grid.csv"), "utf8"));
  expect(grid[0]).toEqual(["R \\ F", "F 1", "F 2", "F 3", "F 4", "F 5"]);
  expect(grid.slice(1).map((row) => row[0])).toEqual(["R 5", "R 4", "R 3", "R 2", "R 1"]);
  const gridTotal = grid
    .slice(1)
    .flatMap((row) => row.slice(1))
    .reduce((sum, cell) => sum + Number(cell), 0);
  expect(gridTotal).toBe(log.customers);
});

test("with --period year writes the cohorts and trends by year, and refuses a period it does not know", async () => {
  const log = cdnowCsv();
  const csvPath = join(folder, "transactions.csv");
  writeFileSync(csvPath, log.text);
  const out = join(folder, "results");

  const result = await analyze(csvPath, out, "--period", "year");

  expect(result.code).toBe(0);
  const cohorts = parseCsv(readFileSync(join(out, "CX Cohorts.csv"), "utf8"));
  // The 500 rows run from 1997 into 1998: one cohort (all first bought in January 1997), two years.
  expect(cohorts[0]).toEqual(["Retention: cohort \\ year", "Customers", "Year 0", "Year 1"]);
  expect(cohorts[1].slice(0, 3)).toEqual(["1997", String(log.customers), "1"]);
  const trends = parseCsv(readFileSync(join(out, "CX Trends.csv"), "utf8"));
  expect(trends.map((row) => row[0])).toEqual(["Year", "1997", "1998"]);
  expect(trends.slice(1).map((row) => row[2])).toEqual([String(log.customers), "0"]);

  const unknown = await analyze(csvPath, out, "--period", "fortnight");
  expect(unknown.code).toBe(2);
  expect(unknown.stderr).toContain("[--period week|month|quarter|year]");

  // A customer table (lifetimes' frequency, recency, T) has no dates to form cohorts by.
  const tablePath = join(folder, "customers.csv");
  writeFileSync(tablePath, readFixture("cdnow_customers_summary.csv"));
  const table = await analyze(tablePath, out, "--period", "quarter");
  expect(table.code).toBe(1);
  expect(table.stderr).toContain("--period: a customer table has no dates to form cohorts by.");
});

test("writes a subscription table's CX Subscriptions sheet as CSV, every table a file", async () => {
  // 120 monthly subscriptions started in January to March 2024, on two plans, lasting 0, 1, 2, 3,
  // 5 or 8 whole months (most leave early) or still active (a blank end).
  const lifetimes = [0, 0, 0, 0, 1, 1, 1, 2, 3, 5, 8, -1];
  const subscriptions = Array.from({ length: 120 }, (_, index) => {
    const month = index % 3;
    const months = lifetimes[Math.floor(index / 2) % 12];
    const day = String(1 + (index % 28)).padStart(2, "0");
    const endMonth = month + months;
    const end = months < 0 ? "" : `2024-${String(endMonth + 1).padStart(2, "0")}-28`;
    return { start: `2024-0${month + 1}-${day}`, end, plan: index % 2 === 0 ? "Basic" : "Plus" };
  });
  const csvPath = join(folder, "subscriptions.csv");
  const lines = subscriptions.map(
    ({ start, end, plan }, index) => `S${index + 1},${start},${end},19.5,${plan}`
  );
  writeFileSync(csvPath, ["customer,start,end,monthly fee,plan", ...lines].join("\n") + "\n");
  const out = join(folder, "results");

  const result = await analyze(csvPath, out);

  expect(result.code).toBe(0);
  const read = (name: string) => parseCsv(readFileSync(join(out, `${name}.csv`), "utf8"));
  const active = subscriptions.filter(({ end }) => end === "");
  expect(read("CX Subscriptions")).toEqual([
    ["Subscriptions"],
    [`120 subscriptions in 6 cohorts; ${active.length} active at the observation end.`],
  ]);
  // One fit in all and one per plan, each with its α and β.
  const fits = read("CX Subscriptions - CX_subscriptionFits");
  const perPlan = (plan: string, among: typeof subscriptions) =>
    String(among.filter((subscription) => subscription.plan === plan).length);
  expect(fits.slice(1).map((row) => row.slice(0, 3))).toEqual([
    ["All subscriptions", "120", String(active.length)],
    ["Basic", perPlan("Basic", subscriptions), perPlan("Basic", active)],
    ["Plus", perPlan("Plus", subscriptions), perPlan("Plus", active)],
  ]);
  expect(fits.slice(1).every((row) => Number(row[3]) > 0 && Number(row[4]) > 0)).toBe(true);
  // Each plan's monthly cohort holds, in month 0, every subscription of it started that month.
  const survivors = read("CX Subscriptions - CX_survivors");
  const expected = ["Basic", "Plus"].flatMap((plan) =>
    ["2024-01", "2024-02", "2024-03"].map((cohort) => [
      plan,
      cohort,
      String(subscriptions.filter((s) => s.plan === plan && s.start.startsWith(cohort)).length),
    ])
  );
  expect(survivors.slice(1).map((row) => row.slice(0, 3))).toEqual(expected);
  expect(read("CX Subscriptions - CX_subscribers").slice(1)).toHaveLength(active.length);
});

test("reads a semicolon-separated file with quoted fields and decimal commas", async () => {
  const csvPath = join(folder, "salg.csv");
  writeFileSync(csvPath, 'Kunde;Dato;"Beløb"\n"A; Ltd";2024-01-01;"10,5"\nB;2024-02-01;20\n');

  const result = await analyze(csvPath, folder);

  expect(result.code).toBe(0);
  const customers = parseCsv(readFileSync(join(folder, "CX Customers.csv"), "utf8"));
  expect(customers.slice(1).map((row) => row.slice(0, 3))).toEqual([
    ["A; Ltd", "1", "10.5"],
    ["B", "1", "20"],
  ]);
});

test("exits non-zero with the pane's message when the analysis cannot run", async () => {
  const csvPath = join(folder, "nodates.csv");
  writeFileSync(csvPath, "customer,date,amount\nA,soon,10\nB,later,20\n");

  const result = await analyze(csvPath, join(folder, "results"));

  expect(result.code).toBe(1);
  expect(result.stderr).toContain("No row has a customer, a readable date and a numeric amount.");
});

test("analyzes a Parquet log through the customer table embedded DuckDB builds from it", async () => {
  const log = cdnowCsv();
  const csvPath = join(folder, "transactions.csv");
  writeFileSync(csvPath, log.text);
  const parquetPath = join(folder, "transactions.parquet");
  await writeParquet(`FROM read_csv('${csvPath}')`, parquetPath);

  const result = await analyze(parquetPath, join(folder, "results"));

  expect(result.code).toBe(0);
  const customers = parseCsv(readFileSync(join(folder, "results", "CX Customers.csv"), "utf8"));
  expect(customers.length).toBe(log.customers + 1);
  // The same customers as the CSV's own run, with the history's repeat purchases (x) per customer.
  const csvRun = await analyze(csvPath, join(folder, "csv"));
  expect(csvRun.code).toBe(0);
  const fromCsv = parseCsv(readFileSync(join(folder, "csv", "CX Customers.csv"), "utf8"));
  const ids = (rows: string[][]) =>
    rows
      .slice(1)
      .map((row) => row[0])
      .sort();
  expect(ids(customers)).toEqual(ids(fromCsv));
  const alive = (rows: string[][]) => {
    const column = rows[0].indexOf("P(alive)");
    return new Map(rows.slice(1).map((row) => [row[0], Number(row[column])]));
  };
  const csvAlive = alive(fromCsv);
  for (const [id, probability] of alive(customers)) {
    expect(probability).toBeCloseTo(csvAlive.get(id) ?? NaN, 6);
  }
  // The one history's orders, revenue and recency, as the customer table carries them: the
  // same as the log's own run gives, not x + 1 and the repeat purchases' value.
  const byId = (rows: string[][], name: string) => {
    const column = rows[0].indexOf(name);
    return new Map(rows.slice(1).map((row) => [row[0], Number(row[column])]));
  };
  for (const name of ["Orders", "Revenue", "Days since last purchase"]) {
    const expected = byId(fromCsv, name);
    const actual = byId(customers, name);
    expect(actual.size).toBe(log.customers);
    for (const [id, value] of actual) expect(value).toBeCloseTo(expected.get(id) ?? NaN, 6);
  }
  // Its first and last purchase dates as the query gives them, with no observation end set.
  const dates = (rows: string[][], name: string) => {
    const column = rows[0].indexOf(name);
    return new Map(rows.slice(1).map((row) => [row[0], row[column]]));
  };
  for (const name of ["First purchase", "Last purchase"]) {
    const actual = dates(customers, name);
    expect([...actual.values()].filter((value) => value === "")).toEqual([]);
    expect(actual).toEqual(dates(fromCsv, name));
  }
});

test("says which of a big file's rows its customer table left out, and why", async () => {
  // A Parquet file of text, as a warehouse export may be: decimal-comma amounts, one "n/a".
  const csvPath = join(folder, "export.csv");
  writeFileSync(
    csvPath,
    "customer;date;amount\nA;2024-01-01;9,5\nA;08.01.2024;10,5\nB;2024-01-02;n/a\n;2024-01-03;7\nC;45299;20\n"
  );
  const parquetPath = join(folder, "export.parquet");
  await writeParquet(`FROM read_csv('${csvPath}', all_varchar = true)`, parquetPath);

  const result = await analyze(parquetPath, join(folder, "results"));

  expect(result.code).toBe(0);
  expect(result.stderr).toContain(
    "2 rows of the file skipped: 1 without a customer, 1 with a non-numeric amount."
  );
  const customers = parseCsv(readFileSync(join(folder, "results", "CX Customers.csv"), "utf8"));
  const revenue = customers[0].indexOf("Revenue");
  expect(customers.slice(1).map((row) => [row[0], row[revenue]])).toEqual(
    expect.arrayContaining([
      ["A", "20"],
      ["C", "20"],
    ])
  );
  expect(customers).toHaveLength(3);
});

test("with --spend writes the Channels sheet: the README's worked example", async () => {
  const fixtures = join(__dirname, "../../fixtures");
  const out = join(folder, "channels");

  const result = await analyze(
    join(fixtures, "channels_log.csv"),
    out,
    "--spend",
    join(fixtures, "channels_spend.csv")
  );

  expect(result.code).toBe(0);
  const notes = parseCsv(readFileSync(join(out, "CX Channels.csv"), "utf8"));
  expect(notes.map(([line]) => line)).toEqual([
    "Channels",
    "Acquisition channel: First touch: the channel of the first purchase.",
    "Spend period 2024-01 to 2024-03: each channel's new customers are those it acquired then.",
    "1 customer acquired outside the spend period is left out.",
    "Channels with customers but no spend, counted under No spend recorded: Organic.",
    expect.stringContaining("3:1"),
  ]);
  const rows = parseCsv(readFileSync(join(out, "CX Channels - CX_channels.csv"), "utf8"));
  const header = rows[0];
  const column = (name: string) => rows.slice(1).map((row) => row[header.indexOf(name)]);
  expect(column("Channel")).toEqual([
    "Google Ads",
    "Meta",
    "Newsletter",
    "TikTok",
    "No spend recorded",
    "All channels",
  ]);
  // Hand-counted from the two files: C1 and C2 (Google Ads, spelled two ways), C3 and C4 (Meta),
  // C5 (Newsletter), C6 (Organic) acquired January to March; C7 in December, left out.
  expect(column("New customers")).toEqual(["2", "2", "1", "0", "1", "6"]);
  expect(column("Spend")).toEqual(["200", "90", "20", "300", "", "610"]);
  expect(column("CAC").map(Number)).toEqual([100, 45, 20, 0, 0, expect.closeTo(610 / 6, 9)]);
  expect(column("CAC").slice(3, 5)).toEqual(["", ""]);
  expect(column("Revenue per customer")).toEqual([
    "100",
    "80",
    "190",
    "",
    "25",
    expect.any(String),
  ]);
  expect(column("Payback (months)")).toEqual(["3", "1", "1", "", "", expect.any(String)]);
  const months = parseCsv(readFileSync(join(out, "CX Channels - CX_channelMonths.csv"), "utf8"));
  expect(months[1]).toEqual(["Google Ads", "2024-01", "2", "150", "75"]);
  const payback = parseCsv(readFileSync(join(out, "CX Channels - CX_payback.csv"), "utf8"));
  expect(payback[0].slice(0, 3)).toEqual([
    "Months since acquisition",
    "Google Ads: margin per customer",
    "Google Ads: CAC",
  ]);
  expect(payback.slice(1, 4).map((row) => row.slice(1, 3))).toEqual([
    ["70", "100"],
    ["70", "100"],
    ["100", "100"],
  ]);
});
