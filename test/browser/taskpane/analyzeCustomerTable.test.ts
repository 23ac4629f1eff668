import { Workbook } from "../double/workbook";
import { PUBLISHED } from "../../fixtures/published";
import { fixtureCsvRows } from "../fixtures/fixtureCsv";
import { setUpBuiltAddin } from "../harness/builtAddin";
import {
  kpiValues,
  openOptions,
  roleLabels,
  rowsBelowHeader,
  runAnalysis,
  useSelection,
} from "./paneActions";

jest.setTimeout(180_000);

const open = setUpBuiltAddin();
/** 1998-07-01 as an Excel date serial. */
const JULY_1_1998 = 35977;

test("analyzes the CDNOW customer table (x, t_x, T, zbar) and fits the published BG/NBD", async () => {
  const workbook = new Workbook(["Kunder"]);
  workbook
    .sheet("Kunder")
    .setValues("A1", fixtureCsvRows("cdnow_customers_summary_with_transactions.csv"));
  workbook.select("Kunder", "C3");
  const before = workbook.snapshot("Kunder");
  const session = await open(workbook, "en-US");
  await session.page.getByTestId("selection-address").waitFor();

  await useSelection(session);
  expect(await session.page.getByTestId("layout").inputValue()).toBe("customers");
  expect(await roleLabels(session, 5)).toEqual([
    "Customer",
    "Repeat purchases (x)",
    "Last purchase (t_x)",
    "Observed time (T)",
    "Monetary value",
  ]);
  expect(await session.page.getByTestId("option-timeUnit").inputValue()).toBe("W");
  await openOptions(session);
  await session.page.getByTestId("option-observationEnd").fill("1998-07-01");

  const outcome = await runAnalysis(session);
  expect(outcome).toContain("2,357 customers analyzed");
  expect(outcome).not.toContain("could not be fitted");

  const published = PUBLISHED;
  const model = rowsBelowHeader(workbook, "CX Model", "D");
  const parameter = (name: string, modelName: string) =>
    Number(model.find((row) => row[0] === modelName && row[1] === name)?.[2]);
  for (const [name, value] of Object.entries(published.bgnbd_cdnow.params)) {
    expect(parameter(name, "BG/NBD")).toBeCloseTo(value as number, 3);
  }
  for (const [name, value] of Object.entries(published.gamma_gamma_cdnow.params)) {
    expect(Math.abs(parameter(name, "Gamma-Gamma") - (value as number))).toBeLessThan(0.01);
  }
  const customers = rowsBelowHeader(workbook, "CX Customers", "P");
  expect(customers).toHaveLength(2357);
  // Customer 1: x 2, t_x 30.43, T 38.86 weeks, zbar 22.35; last purchase 59 days before 1998-07-01.
  const [id, orders, revenue, averageOrderValue, first, last, recencyDays] = customers[0];
  expect([id, orders, first, last]).toEqual(["1", 3, JULY_1_1998 - 272, JULY_1_1998 - 59]);
  expect(revenue).toBeCloseTo(44.7, 9);
  expect(averageOrderValue).toBeCloseTo(14.9, 9);
  expect(recencyDays).toBeCloseTo(59.01, 9);
  expect(workbook.snapshot("Kunder").differencesFrom(before)).toEqual([]);
  expect(session.consoleErrors).toEqual([]);
});

test("reads an RFM table with Danish headers, and proposes again when another range is selected", async () => {
  const workbook = new Workbook(["Kunder", "Ordrer"]);
  workbook.sheet("Kunder").setValues("A1", [
    ["Kunde", "Recency", "Frekvens", "Samlet omsætning", "Region"],
    ["K1", 5, 10, "1.000,00", "Nord"],
    ["K2", 300, 1, "20,00", "Syd"],
    ["K3", 40, 4, "200,00", "Nord"],
    ["K4", 90, 2, "60,00", "Syd"],
    ["K5", 10, 6, "500,00", "Nord"],
    ["K6", 10, "mange", "5,00", "Syd"],
  ]);
  workbook.sheet("Ordrer").setValues("A1", [
    ["Kundenummer", "Dato", "Beløb"],
    ["K1", 45292, 100],
    ["K1", 45352, 50],
  ]);
  workbook.select("Kunder", "A1:E7");
  const session = await open(workbook, "da-DK");
  await session.page.getByTestId("selection-address").waitFor();

  await useSelection(session);
  expect(await session.page.getByTestId("layout").inputValue()).toBe("customers");
  expect(await roleLabels(session, 5)).toEqual([
    "Kunde",
    "Dage siden køb",
    "Frekvens",
    "Værdi",
    "Egenskab",
  ]);
  await openOptions(session);
  await session.page.getByTestId("option-breakdown").selectOption("Region");
  await session.page.getByTestId("option-rfmMethod").selectOption("ntile");
  await session.page.getByTestId("option-segmentScheme").selectOption("allReachable");

  const outcome = await runAnalysis(session);
  expect(outcome).toContain("5 kunder analyseret");
  expect(outcome).toContain("1 række sprunget over: 1 med en ikke-numerisk værdi.");
  // K6's frequency "mange" (C7) made its row unusable: the pane takes the user there.
  await session.page.getByTestId("select-first-skipped").click();
  for (let attempt = 0; attempt < 50 && workbook.selection.address !== "C7"; attempt++) {
    await session.page.waitForTimeout(100);
  }
  expect(workbook.selection).toEqual({ sheetName: "Kunder", address: "C7" });
  expect(outcome).toContain("x, t_x and T");
  const customers = rowsBelowHeader(workbook, "CX Kunder", "L");
  // Every segment reachable: K2's 111 is Lost (under the R package's rules, Hibernating).
  expect(customers.map((row) => [row[0], row[10], row[11]])).toEqual([
    ["K1", 555, "Mestre"],
    ["K2", 111, "Mistede"],
    ["K3", 333, "Loyale kunder"],
    ["K4", 222, "Kræver opmærksomhed"],
    ["K5", 444, "Mestre"],
  ]);
  expect(workbook.settings.get("cxCustomerValue.analysisOptions")).toMatchObject({
    segmentScheme: "allReachable",
  });
  // The Summary of the five usable customers: orders and revenue as the table gives them, and
  // no purchase dates, as an RFM table has none and no observation end was set.
  const summary = kpiValues(workbook, "CX Oversigt");
  expect(summary.get("Kunder")).toBe(5);
  expect(summary.get("Ordrer")).toBe(10 + 1 + 4 + 2 + 6);
  expect(summary.get("Omsætning")).toBe(1000 + 20 + 200 + 60 + 500);
  expect([summary.get("Første køb"), summary.get("Seneste køb")]).toEqual(["", ""]);
  expect(rowsBelowHeader(workbook, "CX Efter egenskab", "A").map((row) => row[0])).toEqual([
    "Nord",
    "Syd",
  ]);

  // The user selects the order log: the pane reads it and proposes a transaction log.
  await session.select("Ordrer", "A1:C3");
  for (let attempt = 0; attempt < 100; attempt++) {
    if ((await session.page.getByTestId("layout").inputValue()) === "transactions") break;
    await session.page.waitForTimeout(100);
  }
  expect(await session.page.getByTestId("layout").inputValue()).toBe("transactions");
  expect(await roleLabels(session, 3)).toEqual(["Kunde", "Dato", "Beløb"]);
  expect(session.consoleErrors).toEqual([]);
});

test("says in the user's language when no row of a customer table can be used", async () => {
  const workbook = new Workbook(["Klanten"]);
  workbook.sheet("Klanten").setValues("A1", [
    ["Klant", "x", "t_x", "T", "zbar"],
    [1, "veel", 1, 2, 3],
    [2, -1, 0, 5, 1],
  ]);
  workbook.select("Klanten", "A1:E3");
  const session = await open(workbook, "nl-NL");
  await useSelection(session);
  expect(await session.page.getByTestId("layout").inputValue()).toBe("customers");

  expect(await runAnalysis(session)).toBe("Geen enkele rij heeft een klant en bruikbare waarden.");
  expect(workbook.sheetNames()).toEqual(["Klanten"]);
  expect(session.consoleErrors).toEqual([]);
});
