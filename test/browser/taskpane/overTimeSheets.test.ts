import { parseAddress } from "../double/address";
import { Workbook } from "../double/workbook";
import { cdnowSampleRows } from "../fixtures/cdnowSample";
import { setUpBuiltAddin } from "../harness/builtAddin";
import { openOptions, runAnalysis, useSelection } from "./paneActions";

jest.setTimeout(240_000);

const open = setUpBuiltAddin();

test("the CDNOW sample gets Cohorts and Trends sheets, and a History sheet that grows a row a run", async () => {
  const workbook = new Workbook(["Orders"]);
  workbook.sheet("Orders").setValues("A1", [["Customer", "Date", "Amount"], ...cdnowSampleRows()]);
  workbook.select("Orders", "B2");
  const session = await open(workbook, "en-US");
  await useSelection(session);

  const first = await runAnalysis(session);
  expect(first).toContain("CX Cohorts, CX Trends, CX History");
  const names = workbook.sheetNames();
  expect(names.slice(-3)).toEqual(["CX Cohorts", "CX Trends", "CX History"]);

  // Three monthly cohorts, each all active in month 0, the retention matrix on a colour scale.
  const retention = workbook.table("CX_cohorts");
  expect(retention.sheet.name).toBe("CX Cohorts");
  const retentionRows = retention.sheet.readValues(retention.dataBodyRectangle);
  expect(retentionRows.map((row) => row[0])).toEqual(["1997-01", "1997-02", "1997-03"]);
  expect(retentionRows.map((row) => row[2])).toEqual([1, 1, 1]);
  const cohorts = workbook.sheet("CX Cohorts");
  expect(
    cohorts.conditionalFormats.some(
      (format) =>
        format.type === "ColorScale" &&
        format.rectangle.row === 1 &&
        format.rectangle.column === 2 &&
        format.rectangle.columnCount === 18
    )
  ).toBe(true);

  // The value matrix: January observed 18 months, grey from month 18 on; a line chart by cohort.
  const value = workbook.table("CX_cohortValue");
  const body = value.dataBodyRectangle;
  const formats = cohorts.readNumberFormats({ ...body, rowCount: 1 })[0];
  expect(formats[18]).toBe("#,##0.00");
  expect(formats[19]).toBe("[Color16]#,##0.00");
  const january = cohorts.readValues({ ...body, rowCount: 1 })[0] as number[];
  expect(january[19]).toBeGreaterThan(january[18]);
  const charts = workbook.charts().filter((chart) => chart.sheet === cohorts);
  expect(charts).toHaveLength(1);
  expect(charts[0].chartType).toBe("Line");
  expect(charts[0].seriesBy).toBe("Rows");
  expect(charts[0].seriesCount).toBe(3);
  expect(parseAddress(charts[0].sourceAddress).rectangle).toEqual(value.rectangle);
  expect(workbook.table("CX_cohortSummary").sheet).toBe(cohorts);

  // Trends: 18 month ends, new customers only in the three cohort months.
  const trends = workbook.table("CX_trends");
  const trendRows = trends.sheet.readValues(trends.dataBodyRectangle);
  expect(trendRows).toHaveLength(18);
  expect(trendRows.slice(0, 3).map((row) => row[2])).toEqual(retentionRows.map((row) => row[1]));
  expect(trendRows.slice(3).every((row) => row[2] === 0)).toBe(true);
  const trendCharts = workbook.charts().filter((chart) => chart.sheet === trends.sheet);
  expect(trendCharts.map((chart) => chart.seriesCount)).toEqual([2]);

  const history = workbook.table("CX_history");
  expect(history.sheet.name).toBe("CX History");
  expect(history.sheet.readValues(history.dataBodyRectangle)).toHaveLength(1);

  // The re-run replaces the other sheets, keeps the history and adds its row; the chart follows.
  const historySheetId = history.sheet.id;
  const second = await runAnalysis(session);
  expect(second).toContain("CX Cohorts, CX Trends, CX History");
  expect(workbook.sheetNames()).toEqual(names);
  expect(workbook.table("CX_history").sheet.id).toBe(historySheetId);
  const rows = history.sheet.readValues(history.dataBodyRectangle);
  expect(rows).toHaveLength(2);
  expect(rows.map((row) => row[0])).toEqual(["1998-07-01", "1998-07-01"]);
  expect(rows.map((row) => row[3])).toEqual([2357, 2357]);
  expect(rows[1][1]).toBeCloseTo(rows[0][1] as number, 9);
  const historyCharts = workbook.charts().filter((chart) => chart.sheet === history.sheet);
  expect(historyCharts).toHaveLength(1);
  expect(parseAddress(historyCharts[0].sourceAddress).rectangle).toEqual({
    ...history.rectangle,
    columnCount: 2,
  });
  expect(workbook.charts()).toHaveLength(2 + 3);

  // The user hides the header rows of the history and of the Customers sheet's table: those tables
  // then have no header row range, and a run that asked for one failed in real Excel.
  // The history also shows a totals row: the new row goes above it.
  history.showTotals = true;
  history.showHeaders = false;
  workbook.table("CX_customers").showHeaders = false;
  const third = await runAnalysis(session);
  // The Customers sheet, changed by the user, is kept beside the new one.
  expect(third).toContain("CX Customers (2)");
  expect(third).toContain("CX History");
  expect(workbook.table("CX_history").sheet.id).toBe(historySheetId);
  expect(history.sheet.readValues(history.dataBodyRectangle).map((row) => row[3])).toEqual([
    2357, 2357, 2357,
  ]);
  expect(parseAddress(historyCharts[0].sourceAddress).rectangle).toEqual({
    ...history.dataBodyRectangle,
    columnCount: 2,
  });
  expect(history.sheet.readValues(history.totalRowRectangle)[0][0]).toBe("Total");
  expect(session.consoleErrors).toEqual([]);
});

test("a German analyst picks quarters in the options: the cohorts and trends are by quarter, and stay so", async () => {
  const workbook = new Workbook(["Bestellungen"]);
  workbook
    .sheet("Bestellungen")
    .setValues("A1", [["Kunde", "Datum", "Betrag"], ...cdnowSampleRows()]);
  workbook.select("Bestellungen", "B2");
  const session = await open(workbook, "de-DE");
  await useSelection(session);
  await openOptions(session);
  const period = session.page.getByTestId("option-period");
  expect(await period.inputValue()).toBe("month");
  await period.selectOption("quarter");

  expect(await runAnalysis(session)).toContain("CX Kohorten, CX Verlauf");
  const retention = workbook.table("CX_cohorts");
  const [header, ...rows] = retention.sheet.readValues(retention.rectangle);
  expect(header.slice(0, 3)).toEqual(["Kundenbindung: Kohorte \\ Quartal", "Kunden", "Quartal 0"]);
  expect(header).toHaveLength(2 + 6);
  // All of the sample's first purchases fall in 1997's first quarter.
  expect(rows.map((row) => row[0])).toEqual(["1997-Q1"]);
  expect(rows[0][1]).toBe(2357);
  const summary = workbook.table("CX_cohortSummary");
  expect(summary.sheet.readValues(summary.rectangle)[0].slice(3)).toEqual([
    "Wert nach 1 Quartal",
    "Wert nach 2 Quartalen",
    "Wert nach 4 Quartalen",
    "Beobachtete Quartale",
  ]);
  const trends = workbook.table("CX_trends");
  const trendValues = trends.sheet.readValues(trends.rectangle);
  expect(trendValues[0][0]).toBe("Quartal");
  // 1997-Q1 to 1998-Q2, the sample's last date 1998-06-30.
  const quarters = ["1997", "1998"].flatMap((year) => [1, 2, 3, 4].map((q) => `${year}-Q${q}`));
  expect(trendValues.slice(1).map((row) => row[0])).toEqual(quarters.slice(0, 6));
  expect(trendValues[1][2]).toBe(2357); // every customer is new in the first quarter
  expect(workbook.settings.get("cxCustomerValue.analysisOptions")).toMatchObject({
    period: "quarter",
  });
  expect(session.consoleErrors).toEqual([]);
});
