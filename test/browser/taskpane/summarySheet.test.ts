import { Workbook } from "../double/workbook";
import { cdnowSampleRows } from "../fixtures/cdnowSample";
import { day, smallLogKpis, smallLogWithDanishHeaders } from "../fixtures/smallLog";
import { setUpBuiltAddin } from "../harness/builtAddin";
import { kpiValues, openOptions, runAnalysis, useSelection } from "./paneActions";

jest.setTimeout(120_000);

const open = setUpBuiltAddin();
const fiveMegabytes = 5 * 1024 * 1024;

/** A workbook with the user's data on "Salg" and notes on a second sheet. */
function userWorkbook(): Workbook {
  const workbook = new Workbook(["Salg", "Noter"]);
  workbook.sheet("Salg").setValues("A1", smallLogWithDanishHeaders);
  workbook.sheet("Noter").setValues("B2", [["Husk at tjekke", 42]]);
  workbook.select("Salg", "A1:C10");
  return workbook;
}

test("shows the selection's address and size and follows it live", async () => {
  const session = await open(userWorkbook(), "da-DK");
  await expect(session.page.getByTestId("selection-address").textContent()).resolves.toBe(
    "Salg!A1:C10"
  );
  expect(await session.page.getByTestId("selection-size").textContent()).toBe(
    "10 rækker × 3 kolonner"
  );
  await session.select("Salg", "B2:C4");
  await session.page.getByText("Salg!B2:C4").waitFor();
  expect(await session.page.getByTestId("selection-size").textContent()).toBe(
    "3 rækker × 2 kolonner"
  );
  // One action: Summarize selection is gone, Analyze customers writes the summary.
  expect(await session.page.getByTestId("summarize").count()).toBe(0);
});

test("writes the KPIs of a Danish-headed selection as the first result sheet, leaving user cells alone", async () => {
  const workbook = userWorkbook();
  const before = { salg: workbook.snapshot("Salg"), noter: workbook.snapshot("Noter") };
  const session = await open(workbook, "da-DK");
  await useSelection(session);

  const outcome = await runAnalysis(session);

  expect(outcome).toContain("Ark: CX Oversigt, CX Kunder");
  expect(outcome).toContain(
    "3 rækker sprunget over: 1 uden kunde, 1 med en ulæselig dato, 1 med et ikke-numerisk beløb"
  );
  expect(workbook.sheetNames()).toEqual([
    "Salg",
    "Noter",
    "CX Oversigt",
    "CX Kunder",
    "CX Segmenter",
    "CX I risiko",
    "CX Model",
    "CX Kohorter",
    "CX Udvikling",
    "CX Historik",
  ]);

  const sheet = workbook.sheet("CX Oversigt");
  expect(sheet.getValues("A1:C1")).toEqual([["Nøgletal", "Værdi", "Sådan beregnes det"]]);
  const values = kpiValues(workbook, "CX Oversigt");
  expect(values.get("Kunder")).toBe(smallLogKpis.customers);
  expect(values.get("Ordrer")).toBe(smallLogKpis.orders);
  expect(values.get("Omsætning")).toBe(smallLogKpis.revenue);
  expect(values.get("Gennemsnitlig ordreværdi")).toBe(smallLogKpis.averageOrderValue);
  expect(values.get("Købsfrekvens")).toBe(smallLogKpis.purchaseFrequency);
  expect(values.get("Genkøbsrate")).toBeCloseTo(smallLogKpis.repeatPurchaseRate, 12);
  expect(values.get("Første køb")).toBe(day.jan01);
  expect(values.get("Seneste køb")).toBe(day.dec31);
  expect(values.get("Køb pr. kunde pr. år")).toBeCloseTo(smallLogKpis.purchasesPerYear, 12);
  expect(values.get("Gennemsnitlig observeret kundelevetid (år)")).toBeCloseTo(
    smallLogKpis.averageLifespanYears,
    12
  );
  expect(values.get("Simpel CLV")).toBeCloseTo(smallLogKpis.simpleClv, 9);
  // The dates in the Danish short-date format, the points escaped so Excel keeps them.
  expect(sheet.readNumberFormats({ row: 7, column: 1, rowCount: 2, columnCount: 1 })).toEqual([
    ["dd\\.mm\\.yyyy"],
    ["dd\\.mm\\.yyyy"],
  ]);

  const table = workbook.table("CX_summary");
  expect(table.sheet.name).toBe("CX Oversigt");
  expect(table.columnNames()).toEqual(["Nøgletal", "Værdi", "Sådan beregnes det"]);
  expect(sheet.frozenRows).toBe(1);
  expect(workbook.activeSheet.name).toBe("CX Oversigt");

  expect(workbook.snapshot("Salg").differencesFrom(before.salg)).toEqual([]);
  expect(workbook.snapshot("Noter").differencesFrom(before.noter)).toEqual([]);
  expect(session.externalRequests).toEqual([]);
  expect(session.consoleErrors).toEqual([]);
});

test("takes a new name beside the user's own CX Summary sheet, and keeps it on a re-run", async () => {
  const workbook = new Workbook(["Orders", "CX Summary"]);
  workbook.sheet("Orders").setValues("A1", [
    ["Customer", "Date", "Amount"],
    ["17", "2024-03-01", 20],
    [17, "2024-03-05", 30],
  ]);
  workbook.sheet("CX Summary").setValues("A1", [["my own notes"]]);
  const before = workbook.snapshot("CX Summary");
  workbook.select("Orders", "A1:C3");
  const session = await open(workbook, "en-US");
  await useSelection(session);
  await openOptions(session);
  await session.page.getByTestId("option-model").selectOption("none");

  expect(await runAnalysis(session)).toContain("Sheets: CX Summary (2), CX Customers");
  const values = kpiValues(workbook, "CX Summary (2)");
  expect(values.get("Customers")).toBe(1);
  expect(values.get("Orders")).toBe(2);
  expect(values.get("Repeat-purchase rate")).toBe(1);
  const afterFirstRun = workbook.sheetNames();
  expect(afterFirstRun.slice(0, 3)).toEqual(["Orders", "CX Summary", "CX Summary (2)"]);

  // The re-run replaces its own sheets under the same names and still leaves the user's alone.
  expect(await runAnalysis(session)).toContain("Sheets: CX Summary (2), CX Customers");
  expect(workbook.sheetNames()).toEqual(afterFirstRun);
  expect(workbook.table("CX_summary").sheet.name).toBe("CX Summary (2)");
  expect(workbook.snapshot("CX Summary").differencesFrom(before)).toEqual([]);
  expect(session.consoleErrors).toEqual([]);
});

test("reads the CDNOW sample from a whole-column selection in blocks under 5 MB", async () => {
  const rows = cdnowSampleRows();
  const workbook = new Workbook(["Transactions"]);
  workbook
    .sheet("Transactions")
    .setValues("A1", [["customer_id", "date", "dollar_value"], ...rows]);
  workbook.select("Transactions", "A:C");
  const session = await open(workbook, "de-DE");
  await useSelection(session);

  expect(await runAnalysis(session)).toContain("Blätter: CX Übersicht, CX Kunden");

  const values = kpiValues(workbook, "CX Übersicht");
  const revenue = rows.reduce((sum, row) => sum + row[2], 0);
  expect(values.get("Kunden")).toBe(2357);
  // No order ids and no negative amounts: every row is an order, its 0.00 rows too.
  expect(values.get("Bestellungen")).toBe(6919);
  expect(values.get("Umsatz")).toBeCloseTo(revenue, 6);
  expect(values.get("Durchschnittlicher Bestellwert")).toBeCloseTo(revenue / 6919, 9);
  expect(values.get("Erster Kauf")).toBe(35431); // 1997-01-01
  expect(values.get("Letzter Kauf")).toBe(35976); // 1998-06-30

  const reads = workbook.syncLog.filter((sync) => sync.cellsRead > 0);
  expect(reads.length).toBeGreaterThan(1);
  expect(Math.max(...reads.map((sync) => sync.cellsRead))).toBeLessThanOrEqual((6919 + 1) * 3);
  for (const sync of workbook.syncLog) {
    expect(sync.requestBytes).toBeLessThan(fiveMegabytes);
    expect(sync.responseBytes).toBeLessThan(fiveMegabytes);
  }
  expect(session.consoleErrors).toEqual([]);
});

test("says which columns it lacks, in the user's language, and writes nothing", async () => {
  const workbook = new Workbook(["Data"]);
  workbook.sheet("Data").setValues("A1", [
    ["Produkt", "Farbe", "Größe"],
    ["Hemd", "blau", "M"],
  ]);
  workbook.select("Data", "A1:C2");
  const session = await open(workbook, "de-DE");
  await useSelection(session);

  // A log needs no amount column (the CLV columns are then left out): customer and date.
  expect(await runAnalysis(session)).toBe("Wählen Sie eine Spalte für: Kunde, Datum.");
  expect(workbook.sheetNames()).toEqual(["Data"]);
});

test("uses the current region when a single cell is selected, and Dutch for nl-NL", async () => {
  const workbook = new Workbook(["Blad1"]);
  workbook.sheet("Blad1").setValues("B3", [
    ["Klantnummer", "Datum", "Bedrag"],
    ["K1", "2024-01-01", 10],
    ["K2", "2024-01-02", 30],
  ]);
  workbook.select("Blad1", "C4");
  const session = await open(workbook, "nl-NL");
  await useSelection(session);
  expect(await session.page.getByTestId("run-analysis").textContent()).toBe("Analyse uitvoeren");

  expect(await runAnalysis(session)).toContain("Bladen: CX Overzicht, CX Klanten");

  expect(workbook.sheet("CX Overzicht").getValues("A1:C1")).toEqual([
    ["Kengetal", "Waarde", "Berekening"],
  ]);
  const values = kpiValues(workbook, "CX Overzicht");
  expect(values.get("Klanten")).toBe(2);
  expect(values.get("Omzet")).toBe(40);
});

test("reads a range selected on the History sheet no more than one on the result sheets", async () => {
  const session = await open(userWorkbook(), "da-DK");
  await useSelection(session);
  await openOptions(session);
  await session.page.getByTestId("option-model").selectOption("none");
  expect(await runAnalysis(session)).toContain("CX Udvikling, CX Historik");
  const outcome = session.page.getByTestId("analysis-outcome");

  // The History sheet is recorded apart from the result sheets, by its table.
  for (const [sheet, range] of [
    ["CX Oversigt", "A1:B5"],
    ["CX Historik", "A1:B2"],
  ]) {
    await session.select(sheet, range);
    await session.page.getByText(`'${sheet}'!${range}`).waitFor();
    // Long enough for a reading the selection started to replace the outcome and the columns.
    await session.page.waitForTimeout(1500);
    expect(await outcome.count()).toBe(1);
    expect(await session.page.getByText("Rolle for kolonnen “Kundenummer”").count()).toBe(1);
  }

  // A range of the user's own is read: the outcome makes way for the new reading.
  await session.select("Salg", "A1:C5");
  await outcome.waitFor({ state: "detached" });
  expect(await session.page.getByText("Rolle for kolonnen “Kundenummer”").count()).toBe(1);
  expect(session.consoleErrors).toEqual([]);
});
