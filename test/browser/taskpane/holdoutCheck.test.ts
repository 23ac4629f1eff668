import { parseAddress } from "../double/address";
import { Workbook } from "../double/workbook";
import { cdnowSampleCopies, cdnowSampleRows } from "../fixtures/cdnowSample";
import { setUpBuiltAddin } from "../harness/builtAddin";
import { expectCancelWritesNothing, openOptions, runAnalysis, useSelection } from "./paneActions";

jest.setTimeout(240_000);

const open = setUpBuiltAddin();

/** `rows` (a header row first) on "Orders", selected from A1. */
function ordersWorkbook(rows: (string | number)[][]): Workbook {
  const workbook = new Workbook(["Orders"]);
  workbook.sheet("Orders").setValues("A1", rows);
  workbook.select("Orders", "A1");
  return workbook;
}

/** The data rows of the Excel table with that name. */
function tableBody(workbook: Workbook, tableName: string) {
  const table = workbook.table(tableName);
  return table.sheet.readValues(table.dataBodyRectangle);
}

test("checks the models on the last 39 weeks and writes the holdout table and its two charts", async () => {
  const workbook = ordersWorkbook([["Customer", "Date", "Amount"], ...cdnowSampleRows()]);
  const session = await open(workbook, "en-US");
  await useSelection(session);
  await openOptions(session);
  const page = session.page;
  await page.getByTestId("option-observationEnd").fill("1998-06-30");
  // Off by default; turned on, Best on holdout becomes the model.
  expect(await page.getByTestId("option-holdoutCheck").isChecked()).toBe(false);
  expect(await page.getByTestId("option-model").inputValue()).toBe("bgnbd+gg");
  await page.getByTestId("option-holdoutCheck").check();
  await page.getByTestId("option-holdoutWeeks").fill("39");
  expect(await page.getByTestId("option-model").inputValue()).toBe("best+gg");

  const outcome = await runAnalysis(session);
  expect(outcome).toContain("2,357 customers analyzed");
  expect(outcome).toContain("Picked on the holdout: Pareto/NBD.");

  const holdout = workbook.table("CX_holdout");
  expect(holdout.sheet.name).toBe("CX Model");
  const rows = tableBody(workbook, "CX_holdout");
  expect(rows.map((row) => row[0])).toEqual([
    "BG/NBD",
    "MBG/NBD",
    "Pareto/NBD",
    "NBD",
    "Calibration rate carried forward",
  ]);
  // Predicted and actual holdout purchases: FHL 2005's split of the CDNOW sample.
  expect(rows.map((row) => Math.round(Number(row[3])))).toEqual([1653, 1577, 1666, 2930, 2930]);
  expect(rows.every((row) => row[4] === 1882)).toBe(true);
  const account = tableBody(workbook, "CX_holdoutCheck").map((row) => row[0]);
  expect(account).toContain("Picked on the holdout: Pareto/NBD.");
  // The final fit: Pareto/NBD's parameters on the whole period head the Model sheet.
  const parameters = tableBody(workbook, "CX_model").map((row) => `${row[0]} ${row[1]}`);
  expect(parameters.slice(0, 4)).toEqual([
    "Pareto/NBD r",
    "Pareto/NBD alpha",
    "Pareto/NBD s",
    "Pareto/NBD beta",
  ]);

  // Three charts on the Model sheet: the fit histogram, Figure 4 and Figure 3.
  const charts = workbook.charts().filter((chart) => chart.sheet === holdout.sheet);
  expect(charts.map((chart) => chart.chartType)).toEqual([
    "ColumnClustered",
    "LineMarkers",
    "Line",
  ]);
  const conditional = workbook.table("CX_conditional");
  // Categories, actual and the four models: the customer counts after them stay out.
  expect(parseAddress(charts[1].sourceAddress).rectangle).toEqual({
    ...conditional.rectangle,
    columnCount: 6,
  });
  expect(charts[1].seriesCount).toBe(5);
  const tracking = workbook.table("CX_tracking");
  expect(parseAddress(charts[2].sourceAddress).rectangle).toEqual(tracking.rectangle);
  expect(tracking.rectangle.rowCount).toBe(1 + 78);
  // Actual through the calibration, actual in the holdout, and the four models.
  expect(charts[2].seriesCount).toBe(6);
  expect(charts[2].title.text).toBe(
    "Cumulative repeat purchases: actual and predicted (calibration to week 39)"
  );
  expect(session.consoleErrors).toEqual([]);
});

test("shows which model the check is fitting, and Cancel during a fit writes nothing", async () => {
  // Thirty copies of the CDNOW sample a quarter apart: 70 710 customers, none sharing another's
  // (x, t_x, T), so that the Pareto/NBD fit takes long enough for a click to land in it.
  const workbook = ordersWorkbook(cdnowSampleCopies(30, 91));
  const before = workbook.snapshot("Orders");
  const session = await open(workbook, "en-US");
  await useSelection(session);
  await openOptions(session);
  await session.page.getByTestId("option-holdoutCheck").check();

  await expectCancelWritesNothing(
    session,
    workbook,
    "Checking the model: Pareto/NBD (3 of 4)…",
    "Orders",
    before
  );
});
