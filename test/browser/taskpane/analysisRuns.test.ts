import { Workbook } from "../double/workbook";
import { generateSyntheticLog } from "../../bench/syntheticLog";
import { cdnowSampleCopies } from "../fixtures/cdnowSample";
import { day } from "../fixtures/smallLog";
import { PUBLISHED } from "../../fixtures/published";
import { fixtureCsvRows } from "../fixtures/fixtureCsv";
import { setUpBuiltAddin } from "../harness/builtAddin";
import {
  expectCancelWritesNothing,
  openOptions,
  rowsBelowHeader,
  runAnalysis,
  useSelection as clickUseSelection,
} from "./paneActions";

jest.setTimeout(240_000);

const open = setUpBuiltAddin();

test("analyzes a customer table of x, t_x and T without a spend column: the purchase model, no CLV", async () => {
  const workbook = new Workbook(["Customers"]);
  workbook.sheet("Customers").setValues("A1", fixtureCsvRows("cdnow_customers_summary.csv"));
  workbook.select("Customers", "A1");
  const session = await open(workbook, "en-US");
  await clickUseSelection(session);
  // ID, frequency, recency, T as lifetimes names them: x, t_x and T, but no spend column.
  expect(await session.page.getByTestId("layout").inputValue()).toBe("customers");
  await openOptions(session);
  await session.page.getByTestId("option-model").selectOption("pnbd+gg");
  const outcome = await runAnalysis(session);
  expect(outcome).toContain("2,357 customers analyzed");
  expect(outcome).toContain(
    "The table has no column of the mean spend per repeat purchase, so the revenue, spend and CLV columns are left out: they need it."
  );
  const customers = workbook.table("CX_customers");
  const [header, first] = customers.sheet.readValues(customers.rectangle);
  expect(header).toContain("P(alive)");
  expect(header.some((name) => String(name).includes("CLV"))).toBe(false);
  // Customer 1 (x = 2, t_x = 30.43, T = 38.86) is likely alive under Pareto/NBD.
  const alive = first[header.indexOf("P(alive)")] as number;
  expect(alive).toBeGreaterThan(0.5);
  expect(alive).toBeLessThan(1);
  expect(session.consoleErrors).toEqual([]);
});

/** The CDNOW customer table with mean spend on a sheet of its own, the pane open in `language` on it, its options open. */
async function cdnowTableWithOptions(sheetName: string, language: string) {
  const workbook = new Workbook([sheetName]);
  workbook
    .sheet(sheetName)
    .setValues("A1", fixtureCsvRows("cdnow_customers_summary_with_transactions.csv"));
  workbook.select(sheetName, "B2");
  const session = await open(workbook, language);
  await clickUseSelection(session);
  await openOptions(session);
  return { workbook, session };
}

/** The Model sheet's fitted parameters of one model, by parameter name. */
function fittedParameters(workbook: Workbook, model: string): Map<unknown, number> {
  return new Map(
    rowsBelowHeader(workbook, "CX Model", "C")
      .filter((row) => row[0] === model)
      .map((row) => [row[1], Number(row[2])])
  );
}

test("fits Pareto/NBD on the CDNOW customer table to the published parameters", async () => {
  const { workbook, session } = await cdnowTableWithOptions("Customers", "en-US");
  await session.page.getByTestId("option-model").selectOption("pnbd+gg");

  const outcome = await runAnalysis(session);
  expect(outcome).toContain("2,357 customers analyzed");
  const fitted = fittedParameters(workbook, "Pareto/NBD");
  const published = PUBLISHED.pareto_nbd_cdnow;
  expect(fitted.get("r")).toBeCloseTo(published.params.r, 3);
  expect(fitted.get("alpha")).toBeCloseTo(published.params.alpha, 2);
  expect(fitted.get("s")).toBeCloseTo(published.params.s, 3);
  // The likelihood is flat in beta (standard error 6.2): 11.668 against the printed 11.669.
  expect(Math.abs(fitted.get("beta")! - published.params.beta)).toBeLessThan(0.01);
  expect(fitted.get("Log-likelihood")).toBeCloseTo(published.log_likelihood, 0);
  expect(session.consoleErrors).toEqual([]);
});

test("offers every model the holdout check compares, in Danish, and fits the chosen MBG/NBD to BTYDplus's estimates", async () => {
  const { workbook, session } = await cdnowTableWithOptions("Kunder", "da-DK");
  const model = session.page.getByTestId("option-model");
  expect(await model.locator("option").allTextContents()).toEqual([
    "BG/NBD + Gamma-Gamma",
    "MBG/NBD + Gamma-Gamma",
    "Pareto/NBD + Gamma-Gamma",
    "NBD + Gamma-Gamma",
    "Ingen (kun RFM)",
  ]);
  // The NBD's entry is short enough for a 350 px pane; what sets it apart shows under the list.
  const nbdHint = session.page.getByText("NBD har intet frafald: alle kunder regnes som aktive.", {
    exact: false,
  });
  await model.selectOption("nbd+gg");
  expect(await nbdHint.count()).toBe(1);
  await model.selectOption("mbgnbd+gg");
  expect(await nbdHint.count()).toBe(0);

  await runAnalysis(session);
  const fitted = fittedParameters(workbook, "MBG/NBD");
  const published = PUBLISHED.mbgnbd_cdnow.params;
  for (const name of ["r", "alpha", "a", "b"] as const) {
    expect(fitted.get(name)).toBeCloseTo(published[name], 3);
  }
  expect(session.consoleErrors).toEqual([]);
});

test("Cancel while the models fit writes nothing", async () => {
  const workbook = new Workbook(["Orders"]);
  workbook.sheet("Orders").setValues("A1", cdnowSampleCopies(30));
  workbook.select("Orders", "A1");
  const before = workbook.snapshot("Orders");
  const session = await open(workbook, "en-US");
  await clickUseSelection(session);
  await openOptions(session);
  await session.page.getByTestId("option-model").selectOption("pnbd+gg");
  await expectCancelWritesNothing(session, workbook, "Fitting the models…", "Orders", before);
});

test("tells the user about transactions after the observation end and customers with only returns", async () => {
  const workbook = new Workbook(["Salg"]);
  workbook.sheet("Salg").setValues("A1", [
    ["Kunde", "Datum", "Betrag"],
    ["A", day.jan01, 100],
    ["A", day.mar01, 50],
    ["B", day.feb01, 200],
    ["R", day.feb01, -40],
    ["S", day.mar01, "-15,00"],
    ["B", day.jul01, 80],
    ["A", day.dec31, 30],
  ]);
  workbook.select("Salg", "A1:C8");
  const session = await open(workbook, "de-DE");
  await clickUseSelection(session);
  await openOptions(session);
  await session.page.getByTestId("option-observationEnd").fill("2024-06-30");
  await session.page.getByTestId("option-model").selectOption("none");

  const outcome = await runAnalysis(session);
  expect(outcome).toContain("2 Kunden analysiert");
  expect(outcome).toContain("2 Transaktionen nach dem Beobachtungsende wurden ausgelassen.");
  expect(outcome).toContain("2 Kunden mit nur Retouren wurden ausgelassen.");
  expect(session.consoleErrors).toEqual([]);
});

test("says in the user's language that no customer seems to leave, and predicts with the NBD", async () => {
  // The bench's synthetic log scaled down: 2,000 customers buying on random days, none leaving.
  const log = generateSyntheticLog(20_972, 2_000, 20240601);
  const rows: (string | number)[][] = [["Kunde", "Datum", "Bedrag"]];
  log.customer.forEach((customer, row) =>
    rows.push([customer, log.date[row], log.cents[row] / 100])
  );
  const workbook = new Workbook(["Orders"]);
  workbook.sheet("Orders").setValues("A1", rows);
  workbook.select("Orders", "A1");
  const session = await open(workbook, "nl-NL");
  await clickUseSelection(session);

  const outcome = await runAnalysis(session);
  expect(outcome).toContain("2.000 klanten geanalyseerd");
  expect(outcome).toContain("daarom is het NBD-model (klanten die nooit afhaken) gebruikt");
  // Every customer alive (column M), with expected purchases (N) and a predicted CLV (P).
  const customers = rowsBelowHeader(workbook, "CX Klanten", "P");
  expect(customers).toHaveLength(2000);
  expect(customers.every((row) => row[12] === 1)).toBe(true);
  expect(customers.every((row) => Number(row[13]) > 0 && Number(row[15]) > 0)).toBe(true);
  const model = rowsBelowHeader(workbook, "CX Model", "C");
  expect(model.filter((row) => String(row[0]).includes("NBD")).map((row) => row[1])).toEqual(
    expect.arrayContaining(["r", "alpha"])
  );
  expect(session.consoleErrors).toEqual([]);
});
