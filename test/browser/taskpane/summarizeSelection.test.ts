import { Workbook } from "../double/workbook";
import { cdnowSampleRows } from "../fixtures/cdnowSample";
import { day, smallLogKpis, smallLogWithDanishHeaders } from "../fixtures/smallLog";
import { setUpBuiltAddin } from "../harness/builtAddin";
import { AddinSession } from "../harness/openAddin";

jest.setTimeout(90_000);

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

async function clickSummarize(session: AddinSession): Promise<void> {
  await session.page.getByTestId("summarize").click();
  await session.page
    .getByTestId("outcome")
    .or(session.page.getByTestId("error"))
    .waitFor({ timeout: 60_000 });
}

/** The value column of the KPI table, keyed by the measure's label. */
function kpiValues(workbook: Workbook, sheetName: string): Map<string, unknown> {
  const sheet = workbook.sheet(sheetName);
  const rows = sheet.getValues("A2:B12");
  return new Map(rows.map(([label, value]) => [String(label), value]));
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
});

test("summarizes a Danish-headed selection into a KPI table on a new sheet, leaving user cells alone", async () => {
  const workbook = userWorkbook();
  const before = { salg: workbook.snapshot("Salg"), noter: workbook.snapshot("Noter") };
  const session = await open(workbook, "da-DK");
  await session.page.getByTestId("selection-address").waitFor();

  await clickSummarize(session);

  const outcome = await session.page.getByTestId("outcome").textContent();
  expect(outcome).toContain("CX Oversigt");
  expect(outcome).toContain(
    "3 rækker sprunget over: 1 uden kunde, 1 med en ulæselig dato, 1 med et ikke-numerisk beløb"
  );
  expect(workbook.sheetNames()).toEqual(["Salg", "Noter", "CX Oversigt"]);

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

  const [table] = workbook.tables();
  expect(table.sheet.name).toBe("CX Oversigt");
  expect(table.columnNames()).toEqual(["Nøgletal", "Værdi", "Sådan beregnes det"]);
  expect(sheet.frozenRows).toBe(1);
  expect(workbook.activeSheet.name).toBe("CX Oversigt");

  expect(workbook.snapshot("Salg").differencesFrom(before.salg)).toEqual([]);
  expect(workbook.snapshot("Noter").differencesFrom(before.noter)).toEqual([]);
  expect(session.externalRequests).toEqual([]);
  expect(session.consoleErrors).toEqual([]);
});

test("a second run gets a new sheet name instead of touching the first one", async () => {
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
  await session.page.getByTestId("selection-address").waitFor();

  await clickSummarize(session);

  expect(await session.page.getByTestId("outcome").textContent()).toContain("CX Summary (2)");
  expect(workbook.snapshot("CX Summary").differencesFrom(before)).toEqual([]);
  const values = kpiValues(workbook, "CX Summary (2)");
  expect(values.get("Customers")).toBe(1);
  expect(values.get("Orders")).toBe(2);
  expect(values.get("Repeat-purchase rate")).toBe(1);
});

test("reads the CDNOW sample from a whole-column selection in blocks under 5 MB", async () => {
  const rows = cdnowSampleRows();
  const workbook = new Workbook(["Transactions"]);
  workbook
    .sheet("Transactions")
    .setValues("A1", [["customer_id", "date", "dollar_value"], ...rows]);
  workbook.select("Transactions", "A:C");
  const session = await open(workbook, "de-DE");
  await session.page.getByTestId("selection-address").waitFor();

  await clickSummarize(session);

  expect(await session.page.getByTestId("outcome").textContent()).toContain("CX Übersicht");
  const values = kpiValues(workbook, "CX Übersicht");
  const revenue = rows.reduce((sum, row) => sum + row[2], 0);
  expect(values.get("Kunden")).toBe(2357);
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
});

test("says which columns it cannot find, in the user's language, and writes nothing", async () => {
  const workbook = new Workbook(["Data"]);
  workbook.sheet("Data").setValues("A1", [
    ["Produkt", "Farbe", "Größe"],
    ["Hemd", "blau", "M"],
  ]);
  workbook.select("Data", "A1:C2");
  const session = await open(workbook, "de-DE");
  await session.page.getByTestId("selection-address").waitFor();

  await clickSummarize(session);

  expect(await session.page.getByTestId("error").textContent()).toBe(
    "Keine Spalte gefunden für: Kunde, Datum, Betrag. Geben Sie den Spalten Überschriften wie Kunde, Datum und Betrag."
  );
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
  await session.page.getByTestId("selection-address").waitFor();
  expect(await session.page.getByTestId("summarize").textContent()).toBe("Selectie samenvatten");

  await clickSummarize(session);

  const values = kpiValues(workbook, "CX Overzicht");
  expect(values.get("Klanten")).toBe(2);
  expect(values.get("Omzet")).toBe(40);
});
