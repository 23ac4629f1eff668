import type { CellValue } from "../double/column";
import { Workbook } from "../double/workbook";
import { setUpBuiltAddin } from "../harness/builtAddin";
import {
  TABLE_1,
  table1Subscriptions,
  type Segment,
} from "../../engine/subscriptions/fhSubscriptions";
import { openOptions, roleLabels, runAnalysis, useSelection } from "./paneActions";

jest.setTimeout(180_000);

const open = setUpBuiltAddin();
const SEGMENTS: readonly Segment[] = ["regular", "high_end"];

/** Both segments of Fader & Hardie (2007) Table 1 as one Danish subscription table, the segment as its plan. */
function table1Rows(): CellValue[][] {
  const rows: CellValue[][] = [["Kundenummer", "Startdato", "Opsagt", "Pris", "Abonnement"]];
  for (const segment of SEGMENTS) {
    const { starts, ends } = table1Subscriptions(segment);
    starts.forEach((start, index) => {
      rows.push([
        `K${rows.length}`,
        start as CellValue,
        (ends[index] ?? "") as CellValue,
        120,
        segment,
      ]);
    });
  }
  // One more subscription whose start is no date: skipped, counted, and shown to the user.
  rows.push(["K2001", "snart", "", 120, "regular"]);
  return rows;
}

test("runs a Danish subscription table of Fader & Hardie's Table 1 to the published sBG fits", async () => {
  const workbook = new Workbook(["Abonnementer"]);
  workbook.sheet("Abonnementer").setValues("A1", table1Rows());
  workbook.select("Abonnementer", "B2");
  const before = workbook.snapshot("Abonnementer");
  const session = await open(workbook, "da-DK");

  await useSelection(session);
  expect(await session.page.getByTestId("layout").inputValue()).toBe("subscriptions");
  expect(await roleLabels(session, 5)).toEqual([
    "Kunde",
    "Startdato",
    "Slutdato",
    "Pris pr. periode",
    "Abonnementstype",
  ]);
  await session.page.getByTestId("option-period").selectOption("year");
  await openOptions(session);
  // A subscription table has no RFM, model or holdout options.
  expect(await session.page.getByTestId("option-model").count()).toBe(0);
  await session.page.getByTestId("option-observationEnd").fill("2007-06-30");

  const outcome = await runAnalysis(session);
  expect(outcome).toContain("2.000 abonnementer analyseret. Ark: CX Abonnementer.");
  expect(outcome).toContain("2.000 abonnementer i 2 kohorter; 691 aktive");
  expect(outcome).toContain("1 række udeladt");
  // The pane takes the user to the skipped row's start, B2002 (the header is row 1).
  await session.page.getByTestId("select-first-skipped").click();
  for (let attempt = 0; attempt < 50 && workbook.selection.address !== "B2002"; attempt++) {
    await session.page.waitForTimeout(100);
  }
  expect(workbook.selection).toEqual({ sheetName: "Abonnementer", address: "B2002" });

  // Split by the plan column: each segment's pooled fit is Table 1's α and β to 3 decimals.
  const fits = workbook.table("CX_subscriptionFits");
  expect(fits.sheet.name).toBe("CX Abonnementer");
  const fitRows = fits.sheet.readValues(fits.dataBodyRectangle);
  SEGMENTS.forEach((segment, index) => {
    const row = fitRows[index + 1];
    expect(row.slice(0, 3)).toEqual([segment, 1000, segment === "regular" ? 223 : 468]);
    expect((row[3] as number).toFixed(3)).toBe(TABLE_1.params[segment].alpha.toFixed(3));
    expect((row[4] as number).toFixed(3)).toBe(TABLE_1.params[segment].beta.toFixed(3));
  });

  // The holdout years 8–12 projected within 1.6 points of the published survival.
  const survival = workbook.table("CX_survival");
  const survivalRows = survival.sheet.readValues(survival.dataBodyRectangle);
  SEGMENTS.forEach((segment, index) => {
    const actual: number[] = TABLE_1.percent_surviving[segment];
    for (let year = 8; year <= 12; year++) {
      const projected = Math.round(1000 * (survivalRows[year][4 + 2 * index] as number)) / 10;
      expect(Math.abs(projected - actual[year])).toBeLessThanOrEqual(1.6 + 1e-9);
    }
  });
  const charts = workbook.charts().filter((chart) => chart.sheet === survival.sheet);
  expect(charts.map((chart) => chart.chartType)).toEqual(["Line"]);
  expect(
    workbook
      .table("CX_subscribers")
      .sheet.readValues(workbook.table("CX_subscribers").dataBodyRectangle)
  ).toHaveLength(691);
  expect(workbook.snapshot("Abonnementer").differencesFrom(before)).toEqual([]);
  expect(session.consoleErrors).toEqual([]);
});

test("refuses a monthly discount of 0 for a subscription table in Danish, and runs past the options it hides", async () => {
  const workbook = new Workbook(["Abonnementer"]);
  workbook.sheet("Abonnementer").setValues("A1", table1Rows());
  workbook.select("Abonnementer", "B2");
  const session = await open(workbook, "da-DK");
  const { page } = session;
  await useSelection(session);
  await openOptions(session);

  // RFM scores and a holdout of 0 weeks, set while the table was read as a log: hidden for a
  // subscription table, which has neither, so they do not stop its run.
  await page.getByTestId("layout").selectOption("transactions");
  await page.getByTestId("option-rfmBins").fill("11");
  await page.getByTestId("option-holdoutCheck").check();
  await page.getByTestId("option-holdoutWeeks").fill("0");
  await page.getByTestId("layout").selectOption("subscriptions");
  expect(await page.getByTestId("option-rfmBins").count()).toBe(0);

  // A discount of 0 leaves DERL without end: the field and the run say why, in Danish.
  await page.getByTestId("option-monthlyDiscountPercent").fill("0");
  const refusal =
    "En abonnementstabel kræver en månedlig diskonteringsrente over 0 og under 100 %: hver abonnents fornyelser summeres uden ende, så kun diskonteringen holder deres værdi endelig.";
  expect(await page.getByText(refusal).count()).toBe(1);
  expect(await runAnalysis(session)).toBe(refusal);
  expect(workbook.sheetNames()).toEqual(["Abonnementer"]);

  await page.getByTestId("option-monthlyDiscountPercent").fill("0,5");
  expect(await runAnalysis(session)).toContain(
    "2.000 abonnementer analyseret. Ark: CX Abonnementer."
  );
  expect(session.consoleErrors).toEqual([]);
});

test("a subscription table as an Excel table says when a row written under it, not its own, was left out", async () => {
  const workbook = new Workbook(["Abonnementer"]);
  const sheet = workbook.sheet("Abonnementer");
  const rows = table1Rows();
  sheet.setValues("A1", rows);
  const table = workbook.addTable(
    sheet,
    { row: 0, column: 0, rowCount: rows.length, columnCount: 5 },
    true
  );
  // A subscription written under the table, which does not take it in.
  sheet.setValues(`A${rows.length + 1}`, [["K9999", rows[1][1], "", 120, "regular"]]);
  workbook.select("Abonnementer", "B2");
  const session = await open(workbook, "da-DK");
  await useSelection(session);
  expect(await session.page.getByTestId("layout").inputValue()).toBe("subscriptions");
  const outcome = await runAnalysis(session);
  expect(outcome).toContain("2.000 abonnementer analyseret.");
  expect(outcome).toContain(
    `Rækkerne under tabellen “${table.name}” hører ikke til den og blev ikke læst. Hvis de hører til tabellen, skal du udvide den, så den omfatter dem.`
  );
  expect(session.consoleErrors).toEqual([]);
});
