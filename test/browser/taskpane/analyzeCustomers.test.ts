import { customerAnalysis } from "../../../src/engine/report/customerAnalysis";
import { fitBgnbd } from "../../../src/engine/models/bgnbd";
import { customerHistory } from "../../../src/engine/history/customerHistory";
import { createTransactionLogBuilder } from "../../../src/engine/read/transactionLog";
import { parseAddress } from "../double/address";
import { intersects } from "../double/rectangle";
import { Workbook } from "../double/workbook";
import { cdnowSampleRows } from "../fixtures/cdnowSample";
import { smallLogWithDanishHeaders } from "../fixtures/smallLog";
import { setUpBuiltAddin } from "../harness/builtAddin";
import { kpiValues, openOptions, runAnalysis, useSelection } from "./paneActions";

jest.setTimeout(180_000);

const open = setUpBuiltAddin();
const CDNOW_CUSTOMERS = 2357;
const MALICIOUS = "<img src=x onerror=alert(1)>";

/** The CDNOW sample under Danish headers on "Salg", and the user's notes on "Noter". */
function cdnowWorkbook(): Workbook {
  const workbook = new Workbook(["Salg", "Noter"]);
  workbook.sheet("Salg").setValues("A1", [["Kundenummer", "Dato", "Beløb"], ...cdnowSampleRows()]);
  workbook.sheet("Noter").setValues("B2", [["Husk at tjekke", 42]]);
  workbook.select("Salg", "B2");
  return workbook;
}

/** Rows of a result table below its header, up to the first blank first cell. */
function tableRows(workbook: Workbook, sheetName: string, lastColumn: string) {
  const sheet = workbook.sheet(sheetName);
  const used = sheet.usedRange(true);
  const rows = sheet.getValues(`A2:${lastColumn}${(used?.rowCount ?? 1) + 1}`);
  return rows.filter((row) => row[0] !== "" && row[0] !== null);
}

/** The data rows of the Excel table with that name, wherever on its sheet it sits. */
function tableBody(workbook: Workbook, tableName: string) {
  const table = workbook.table(tableName);
  return table.sheet.readValues(table.dataBodyRectangle);
}

/** BG/NBD fitted directly by the engine on the CDNOW sample, in weeks. */
function directBgnbd() {
  const builder = createTransactionLogBuilder({ customer: 0, date: 1, amount: 2 });
  builder.addRows(cdnowSampleRows());
  const log = builder.finish();
  expect(customerAnalysis(log).customerIds.length).toBe(CDNOW_CUSTOMERS);
  return fitBgnbd(customerHistory(log, { timeUnit: "W" })).params;
}

test("analyzes the Danish-headed CDNOW sample into result sheets and replaces only them on a re-run", async () => {
  const workbook = cdnowWorkbook();
  const before = { salg: workbook.snapshot("Salg"), noter: workbook.snapshot("Noter") };
  const session = await open(workbook, "da-DK");

  await useSelection(session);
  expect(await session.page.getByTestId("layout").inputValue()).toBe("transactions");
  const roles = await Promise.all(
    [0, 1, 2].map((column) => session.page.getByTestId(`role-${column}`).textContent())
  );
  expect(roles).toEqual(["Kunde", "Dato", "Beløb"]);

  const outcome = await runAnalysis(session);
  expect(outcome).toContain("2.357 kunder analyseret");
  const resultSheets = workbook.sheetNames().filter((name) => name.startsWith("CX "));
  expect(resultSheets).toEqual([
    "CX Oversigt",
    "CX Kunder",
    "CX Segmenter",
    "CX I risiko",
    "CX Model",
    "CX Kohorter",
    "CX Udvikling",
    "CX Historik",
  ]);
  // The Summary comes first and is the sheet shown: the KPIs of the same customers.
  expect(workbook.activeSheet.name).toBe("CX Oversigt");
  expect(kpiValues(workbook, "CX Oversigt").get("Kunder")).toBe(CDNOW_CUSTOMERS);

  const customers = workbook.sheet("CX Kunder");
  expect(customers.getValues("A1:C1")).toEqual([["Kunde", "Ordrer", "Omsætning"]]);
  expect(tableRows(workbook, "CX Kunder", "P")).toHaveLength(CDNOW_CUSTOMERS);

  // Segments at A1 and, below them, the whole base's CLV interval and the R × F grid with its colour scale.
  const segmentTable = workbook.table("CX_segments");
  const gridTable = workbook.table("CX_grid");
  expect([segmentTable.sheet.name, gridTable.sheet.name]).toEqual(["CX Segmenter", "CX Segmenter"]);
  expect(segmentTable.columnNames().slice(0, 4)).toEqual([
    "Segment",
    "% af kunderne",
    "% af omsætningen",
    "Kunder",
  ]);
  const segments = tableBody(workbook, "CX_segments");
  expect(segments.every((row) => typeof row[0] === "string" && row[0] !== "")).toBe(true);
  expect(segments.reduce((sum, row) => sum + Number(row[3]), 0)).toBe(CDNOW_CUSTOMERS);
  // Ten columns and the interval of each segment's total CLV, low and high.
  expect(segmentTable.rectangle).toMatchObject({ row: 0, column: 0, columnCount: 12 });
  // Below the segments, one blank row apart: the whole base's CLV interval (a header and its two
  // rows), then the grid.
  const totalTable = workbook.table("CX_clvTotal");
  expect(totalTable.rectangle).toMatchObject({ row: segments.length + 2, rowCount: 3 });
  expect(gridTable.rectangle).toEqual({
    row: segments.length + 6,
    column: 0,
    rowCount: 6,
    columnCount: 6,
  });
  expect(gridTable.columnNames()).toEqual(["R \\ F", "F 1", "F 2", "F 3", "F 4", "F 5"]);
  const grid = tableBody(workbook, "CX_grid");
  expect(grid.map((row) => row[0])).toEqual(["R 5", "R 4", "R 3", "R 2", "R 1"]);
  const gridTotal = grid.reduce(
    (sum, row) => sum + row.slice(1).reduce<number>((cells, cell) => cells + Number(cell), 0),
    0
  );
  expect(gridTotal).toBe(CDNOW_CUSTOMERS);
  expect(
    segmentTable.sheet.conditionalFormats.map((format) => [format.type, format.rectangle])
  ).toEqual([["ColorScale", { ...gridTable.dataBodyRectangle, column: 1, columnCount: 5 }]]);
  // The chart sits right of both tables and covers none of their cells.
  const segmentChart = workbook.charts().find((chart) => chart.sheet === segmentTable.sheet);
  const chartCells = parseAddress(
    `${segmentChart?.position?.startCell}:${segmentChart?.position?.endCell}`
  ).rectangle;
  expect(chartCells.column).toBe(13);
  expect(
    [segmentTable, totalTable, gridTable].some((table) => intersects(table.rectangle, chartCells))
  ).toBe(false);

  const direct = directBgnbd();
  const parameters = new Map(
    tableRows(workbook, "CX Model", "D")
      .filter((row) => row[0] === "BG/NBD")
      .map((row) => [row[1], Number(row[2])])
  );
  for (const name of ["r", "alpha", "a", "b"] as const) {
    expect(parameters.get(name)).toBeCloseTo(direct[name], 4);
  }
  // The fit histogram sits below the parameters on the Model sheet.
  const fitTable = workbook.table("CX_modelFit");
  expect(fitTable.sheet.name).toBe("CX Model");
  const histogram = tableBody(workbook, "CX_modelFit");
  // Its chart plots the histogram's own cells, not the parameters above them.
  const fitChart = workbook.charts().find((chart) => chart.sheet === fitTable.sheet);
  expect(parseAddress(fitChart!.sourceAddress).rectangle).toEqual(fitTable.rectangle);
  expect(histogram.map((row) => row[0])).toEqual(["0", "1", "2", "3", "4", "5", "6", "7+"]);
  expect(histogram.reduce((sum, row) => sum + Number(row[1]), 0)).toBe(CDNOW_CUSTOMERS);
  expect(workbook.charts().length).toBe(5);

  const afterFirstRun = workbook.sheetNames();
  const secondOutcome = await runAnalysis(session);
  expect(secondOutcome).toContain("2.357 kunder analyseret");
  expect(workbook.sheetNames()).toEqual(afterFirstRun);
  expect(workbook.charts().length).toBe(5);
  // The tables get their names back too, so formulas can keep using CX_customers and the rest.
  const tableNames = ["CX_summary", "CX_customers", "CX_segments", "CX_grid", "CX_atRisk"];
  for (const name of [...tableNames, "CX_model"]) {
    expect(workbook.table(name).name).toBe(name);
    expect(() => workbook.table(`${name}2`)).toThrow();
  }

  expect(workbook.snapshot("Salg").differencesFrom(before.salg)).toEqual([]);
  expect(workbook.snapshot("Noter").differencesFrom(before.noter)).toEqual([]);
  expect(session.externalRequests).toEqual([]);
  expect(session.consoleErrors).toEqual([]);
});

test("lets the user correct a role, counts unusable rows, and shows a malicious header as text", async () => {
  const channels = ["Web", MALICIOUS, "Butik"];
  const workbook = new Workbook(["Salg"]);
  workbook
    .sheet("Salg")
    .setValues("A1", [
      [...smallLogWithDanishHeaders[0], MALICIOUS],
      ...smallLogWithDanishHeaders.slice(1).map((row, index) => [...row, channels[index % 3]]),
    ]);
  workbook.select("Salg", "A1:D10");
  const dialogs: string[] = [];
  const session = await open(workbook, "en-US");
  session.page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });

  await useSelection(session);
  expect(await session.page.getByText(`Role of column “${MALICIOUS}”`).count()).toBe(1);
  expect(await session.page.getByTestId("role-3").textContent()).toBe("Attribute");
  await openOptions(session);
  await session.page.getByTestId("option-breakdown").selectOption(MALICIOUS);
  await session.page.getByTestId("option-model").selectOption("none");

  const outcome = await runAnalysis(session);
  expect(outcome).toContain("3 customers analyzed");
  expect(outcome).toContain(
    "3 rows skipped: 1 without a customer, 1 with an unreadable date, 1 with a non-numeric amount."
  );
  // The first unusable row is sheet row 6, whose customer cell is blank: the pane takes the user
  // there (the click runs its own Excel.run, so wait for it to reach the workbook).
  await session.page.getByTestId("select-first-skipped").click();
  for (let attempt = 0; attempt < 50 && workbook.selection.address !== "A6"; attempt++) {
    await session.page.waitForTimeout(100);
  }
  expect(workbook.selection).toEqual({ sheetName: "Salg", address: "A6" });
  const byAttribute = tableRows(workbook, "CX By Attribute", "B").map((row) => row[0]);
  // Each customer counts under their latest channel: A's is the malicious text, B's and C's Butik.
  expect(byAttribute).toEqual([MALICIOUS, "Butik"]);
  expect(() => workbook.table("CX_modelFit")).toThrow();
  expect(workbook.settings.get("cxCustomerValue.analysisOptions")).toMatchObject({
    model: "none",
    breakdownColumn: 3,
  });

  // Ignoring the date column leaves no date: the run says which role lacks a column.
  await session.page.getByTestId("role-1").click();
  await session.page.getByRole("option", { name: "Ignore" }).click();
  expect(await runAnalysis(session)).toBe("Choose a column for: Date.");

  expect(await session.page.locator("img").count()).toBe(0);
  expect(dialogs).toEqual([]);
  expect(session.externalRequests).toEqual([]);
  expect(session.consoleErrors).toEqual([]);
});

test("Cancel stops a run and leaves the workbook as it was", async () => {
  const workbook = cdnowWorkbook();
  const before = workbook.snapshot("Salg");
  const session = await open(workbook, "de-DE");
  await useSelection(session);

  await session.page.getByTestId("run-analysis").click();
  await session.page.getByTestId("cancel-analysis").click();
  await session.page.getByTestId("analysis-outcome").waitFor({ timeout: 120_000 });

  expect(await session.page.getByTestId("analysis-outcome").textContent()).toBe(
    "Analyse abgebrochen. Es wurde nichts geschrieben."
  );
  expect(workbook.sheetNames()).toEqual(["Salg", "Noter"]);
  expect(workbook.snapshot("Salg").differencesFrom(before)).toEqual([]);
  expect(session.consoleErrors).toEqual([]);
});
