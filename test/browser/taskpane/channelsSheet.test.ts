import { Workbook } from "../double/workbook";
import { setUpBuiltAddin } from "../harness/builtAddin";
import { openOptions, runAnalysis, useSelection } from "./paneActions";

jest.setTimeout(180_000);

const open = setUpBuiltAddin();

/** 2024-01-05 … as Excel day serials. */
const serial = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000 + 25_569;

/** The README's worked example: customers C1 … C7, each through one channel. */
const LOG: [string, number, number, string][] = [
  ["C1", serial("2024-01-05"), 100, "Google Ads"],
  ["C1", serial("2024-03-10"), 60, "Google Ads"],
  ["C2", serial("2024-01-20"), 40, "google ads"],
  ["C3", serial("2024-02-02"), 80, "Meta"],
  ["C3", serial("2024-04-15"), 50, "Newsletter"],
  ["C4", serial("2024-02-14"), 30, "Meta"],
  ["C5", serial("2024-03-01"), 120, "Newsletter"],
  ["C5", serial("2024-05-01"), 70, "Newsletter"],
  ["C6", serial("2024-03-18"), 25, "Organic"],
  ["C7", serial("2023-12-20"), 90, "Google Ads"],
];

/** Spend by month; Meta's March row is negative, so skipped. */
const SPEND: [string, string, number | string][] = [
  ["Google Ads", "2024-01", 150],
  ["Google Ads", "2024-02", 50],
  ["Meta", "2024-02", 90],
  ["Newsletter", "2024-03", 20],
  ["TikTok", "2024-03", 300],
  ["Meta", "2024-03", -10],
];

test("with a spend selection writes the Channels sheet, its tables and both charts, No spend's CAC blank", async () => {
  const workbook = new Workbook(["Orders", "Spend"]);
  workbook.sheet("Orders").setValues("A1", [["Customer", "Date", "Amount", "Channel"], ...LOG]);
  workbook.sheet("Spend").setValues("A1", [["Kanal", "Maand", "Kosten"], ...SPEND]);
  workbook.select("Orders", "A1:D11");
  const session = await open(workbook, "en-US");
  const { page } = session;

  await useSelection(session);
  workbook.select("Spend", "A1:C7");
  await page.getByTestId("spend-use-selection").click();
  await page.getByTestId("spend-range").waitFor();
  expect(await page.getByTestId("spend-range").textContent()).toBe("Marketing spend: Spend!A1:C7");
  // The Dutch headers are read as channel, month and spend.
  expect(
    await Promise.all(
      [0, 1, 2].map((column) => page.getByTestId(`spend-role-${column}`).inputValue())
    )
  ).toEqual(["channel", "month", "spend"]);
  expect(await page.getByTestId("spend-skipped").textContent()).toContain(
    "1 spend row skipped: 1 with a negative spend."
  );
  await page.getByTestId("select-first-skipped-spend").click();
  for (let tries = 0; workbook.selection.address !== "C7" && tries < 50; tries++) {
    await page.waitForTimeout(100);
  }
  expect(workbook.selection).toEqual({ sheetName: "Spend", address: "C7" });
  // The log's reading stays the log's: the spend range was given to the spend step.
  workbook.select("Orders", "A1:D11");
  await openOptions(session);
  await page.getByTestId("option-model").selectOption("none");

  const outcome = await runAnalysis(session);
  expect(outcome).toContain("7 customers");

  // Top down: the notes are written last, after the columns are fitted to the tables below them.
  const tables = workbook
    .tables()
    .filter((table) => table.sheet.name === "CX Channels")
    .sort((a, b) => a.rectangle.row - b.rectangle.row);
  expect(tables.map((table) => table.name)).toEqual([
    "CX_channelNotes",
    "CX_channels",
    "CX_channelMonths",
    "CX_payback",
  ]);
  const [notes, channels, months, payback] = tables.map((table) =>
    table.sheet.readValues(table.rectangle)
  );
  expect(notes[1][0]).toBe("Acquisition channel: First touch: the channel of the first purchase.");
  expect(notes.some(([line]) => String(line).includes("3:1"))).toBe(true);
  const fits = tables[0].sheet.formatLog.filter((record) => record.property === "autofitColumns");
  expect(fits).toHaveLength(1);
  expect((fits[0].value as string[])[0].length).toBeLessThan(notes[1][0].toString().length);
  const header = channels[0];
  const byChannel = new Map(channels.slice(1).map((row) => [row[0], row]));
  const value = (channel: string, name: string) => byChannel.get(channel)![header.indexOf(name)];
  expect([...byChannel.keys()]).toEqual([
    "Google Ads",
    "Meta",
    "Newsletter",
    "TikTok",
    "No spend recorded",
    "All channels",
  ]);
  expect(value("Google Ads", "CAC")).toBe(100);
  expect(value("Meta", "CAC")).toBe(45);
  expect(value("No spend recorded", "New customers")).toBe(1);
  expect(value("No spend recorded", "CAC")).toBe("");
  expect(value("No spend recorded", "Spend")).toBe("");
  expect(value("All channels", "Spend")).toBe(610);
  expect(months[1]).toEqual(["Google Ads", "2024-01", 2, 150, 75]);
  expect(payback[0].slice(0, 3)).toEqual([
    "Months since acquisition",
    "Google Ads: margin per customer",
    "Google Ads: CAC",
  ]);

  const charts = workbook.charts().filter((chart) => chart.sheet.name === "CX Channels");
  expect(charts.map((chart) => [chart.chartType, chart.title.text])).toEqual([
    ["BarClustered", "CLV vs CAC per channel"],
    ["Line", "Payback: cumulative margin per customer against CAC"],
  ]);
  expect(session.consoleErrors).toEqual([]);
});

test("says the spend range could not be read when its sheet was deleted since it was chosen, and writes nothing", async () => {
  const workbook = new Workbook(["Orders", "Spend"]);
  workbook.sheet("Orders").setValues("A1", [["Customer", "Date", "Amount", "Channel"], ...LOG]);
  workbook.sheet("Spend").setValues("A1", [["Channel", "Month", "Spend"], ...SPEND]);
  workbook.select("Orders", "A1:D11");
  const session = await open(workbook, "en-US");
  await useSelection(session);
  workbook.select("Spend", "A1:C7");
  await session.page.getByTestId("spend-use-selection").click();
  await session.page.getByTestId("spend-range").waitFor();
  workbook.select("Orders", "A1:D11");
  workbook.deleteSheet(workbook.sheet("Spend"));

  const outcome = await runAnalysis(session);
  expect(outcome).toContain("The marketing spend range could not be read:");
  expect(workbook.sheetNames()).toEqual(["Orders"]);
});

test("says which range it reads after Use selection, and refuses the log's own cells as the spend table", async () => {
  const workbook = new Workbook(["Orders", "Spend"]);
  workbook.sheet("Orders").setValues("A1", [["Customer", "Date", "Amount", "Channel"], ...LOG]);
  workbook.sheet("Spend").setValues("A1", [["Kanal", "Maand", "Kosten"], ...SPEND]);
  // One cell: the pane reads the region around it.
  workbook.select("Orders", "B3");
  const session = await open(workbook, "de-DE");
  const { page } = session;

  await useSelection(session);
  expect(await page.getByTestId("data-range").textContent()).toBe(
    "Liest Orders!A1:D11: 10 Zeilen unter der Überschriftenzeile."
  );
  // The analyst clicks the spend step's Use selection with the log still selected.
  await page.getByTestId("spend-use-selection").click();
  await page.getByTestId("spend-over-log").waitFor();
  expect(await page.getByTestId("spend-over-log").textContent()).toContain(
    "Der Bereich der Marketingkosten umfasst Zellen der Transaktionen."
  );
  expect(await runAnalysis(session)).toContain("Markieren Sie die Kostentabelle");
  expect(workbook.sheetNames()).toEqual(["Orders", "Spend"]);

  // The spend table chosen right, the warning goes and the run writes the Channels sheet.
  workbook.select("Spend", "A1:C7");
  await page.getByTestId("spend-use-selection").click();
  await page.getByTestId("spend-range").filter({ hasText: "Spend!A1:C7" }).waitFor();
  expect(await page.getByTestId("spend-over-log").count()).toBe(0);
  workbook.select("Orders", "B3");
  await openOptions(session);
  await page.getByTestId("option-model").selectOption("none");
  expect(await runAnalysis(session)).toContain("CX Kanäle");

  // An Excel table is read by its name.
  const table = workbook.addTable(
    workbook.sheet("Orders"),
    { row: 0, column: 0, rowCount: 11, columnCount: 4 },
    true
  );
  table.name = "Bestellungen";
  workbook.select("Orders", "C4");
  await page.getByTestId("use-selection").click();
  await page.getByTestId("data-range").filter({ hasText: "Bestellungen" }).waitFor();
  expect(await page.getByTestId("data-range").textContent()).toBe(
    "Liest die Tabelle „Bestellungen“ so, wie sie beim Start eines Laufs ist (jetzt 10 Zeilen)."
  );
  expect(session.consoleErrors).toEqual([]);
});
