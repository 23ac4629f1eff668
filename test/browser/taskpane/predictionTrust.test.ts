import type { CellValue } from "../double/column";
import { Workbook } from "../double/workbook";
import { cdnowSampleRows } from "../fixtures/cdnowSample";
import { setUpBuiltAddin } from "../harness/builtAddin";
import { readFixture } from "../../fixtures/readFixture";
import { openOptions, runAnalysis, useSelection } from "./paneActions";

jest.setTimeout(240_000);

const open = setUpBuiltAddin();

/** A table's header and data rows, read from the workbook. */
function tableRows(workbook: Workbook, name: string): { header: CellValue[]; rows: CellValue[][] } {
  const table = workbook.table(name);
  const [header] = table.sheet.readValues({ ...table.rectangle, rowCount: 1 });
  return { header, rows: table.sheet.readValues(table.dataBodyRectangle) };
}

test("the CDNOW sample's Customers sheet gets CLV low and high, and the Segments sheet the base's intervals", async () => {
  const workbook = new Workbook(["Orders"]);
  workbook.sheet("Orders").setValues("A1", [["Customer", "Date", "Amount"], ...cdnowSampleRows()]);
  workbook.select("Orders", "A1");
  const session = await open(workbook, "en-US");
  await useSelection(session);
  await openOptions(session);
  await session.page.getByTestId("option-grossMarginPercent").fill("40");

  const outcome = await runAnalysis(session);
  expect(outcome).toContain("2,357 customers analyzed");

  const customers = tableRows(workbook, "CX_customers");
  const clv = customers.header.indexOf("Predicted CLV, 12 months");
  expect(customers.header.slice(clv + 1, clv + 3)).toEqual([
    "CLV low, 90 % (12 months)",
    "CLV high, 90 % (12 months)",
  ]);
  expect(customers.rows).toHaveLength(2357);
  let widened = 0;
  for (const row of customers.rows) {
    const [estimate, low, high] = row.slice(clv, clv + 3) as number[];
    expect(low).toBeLessThanOrEqual(estimate);
    expect(high).toBeGreaterThanOrEqual(estimate);
    if (high > low) widened++;
  }
  expect(widened).toBe(2357);

  // The whole base: the estimate is the Customers sheet's sum, inside both intervals.
  const total = customers.rows.reduce((sum, row) => sum + (row[clv] as number), 0);
  const whole = tableRows(workbook, "CX_clvTotal").rows;
  expect(whole.map((row) => row[0])).toEqual([
    "Model uncertainty: the fitted parameters",
    "Customers' own randomness: how many purchases, of what value",
  ]);
  for (const [, low, estimate, high] of whole as [string, number, number, number][]) {
    expect(estimate).toBeCloseTo(total, 6);
    expect(low).toBeLessThan(estimate);
    expect(high).toBeGreaterThan(estimate);
  }
  expect(session.consoleErrors).toEqual([]);
});

test("a log of dates alone (lifetimes' example_transactions.csv): R × F segments, P(alive), no CLV", async () => {
  const rows = readFixture("example_transactions.csv")
    .trim()
    .split("\n")
    .map((line) => line.split(","));
  const workbook = new Workbook(["Log"]);
  workbook.sheet("Log").setValues("A1", rows);
  workbook.select("Log", "A1");
  const session = await open(workbook, "en-US");
  await useSelection(session);

  const outcome = await runAnalysis(session);
  const customers = new Set(rows.slice(1).map((row) => row[1])).size;
  expect(outcome).toContain(`${customers.toLocaleString("en-US")} customers analyzed`);
  expect(outcome).toContain("The log has no amount column");

  const table = tableRows(workbook, "CX_customers");
  expect(table.header).toContain("P(alive)");
  expect(table.header).toContain("Expected purchases, 12 months");
  expect(table.header.some((name) => String(name).includes("CLV"))).toBe(false);
  expect(table.header).not.toContain("Revenue");
  const alive = table.header.indexOf("P(alive)");
  for (const row of table.rows) {
    expect(row[alive] as number).toBeGreaterThanOrEqual(0);
    expect(row[alive] as number).toBeLessThanOrEqual(1);
  }
  // Orders per customer add up to the log's rows: one row, one order.
  const orders = table.header.indexOf("Orders");
  expect(table.rows.reduce((sum, row) => sum + (row[orders] as number), 0)).toBe(rows.length - 1);
  expect(workbook.sheetNames()).not.toContain("CX At Risk");
  expect(tableRows(workbook, "CX_grid").rows).toHaveLength(5);
  expect(session.consoleErrors).toEqual([]);
});
