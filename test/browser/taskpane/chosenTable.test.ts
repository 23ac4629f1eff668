import { Workbook } from "../double/workbook";
import { day, smallLogWithDanishHeaders } from "../fixtures/smallLog";
import { setUpBuiltAddin } from "../harness/builtAddin";
import { runAnalysis, useSelection as clickUseSelection } from "./paneActions";

jest.setTimeout(240_000);

const open = setUpBuiltAddin();

/** The small Danish log on the sheet Salg as an Excel table, header and rows (`rows` of them). */
function smallLogTable() {
  const workbook = new Workbook(["Salg"]);
  const sheet = workbook.sheet("Salg");
  sheet.setValues("A1", smallLogWithDanishHeaders);
  const rows = smallLogWithDanishHeaders.length;
  const table = workbook.addTable(
    sheet,
    { row: 0, column: 0, rowCount: rows, columnCount: 3 },
    true
  );
  return { workbook, sheet, rows, table };
}

test("an Excel table chosen for a run is read as it is at each run: rows typed under it count, and a table gone or changed says so in Danish", async () => {
  const { workbook, sheet, rows, table } = smallLogTable();
  // One cell in the table: the pane takes the table.
  workbook.select("Salg", "B3");
  const session = await open(workbook, "da-DK");
  await clickUseSelection(session);
  expect(await runAnalysis(session)).toContain("3 kunder analyseret");

  // Two orders of a new customer written under the table, which does not take them in (written
  // by code, or with AutoCorrect's "include new rows" off): left out, and the pane says so.
  sheet.setValues(`A${rows + 1}`, [
    ["F", day.may05, 40],
    ["F", day.jul01, 60],
  ]);
  const under = `Rækkerne under tabellen “${table.name}” hører ikke til den og blev ikke læst. Hvis de hører til tabellen, skal du udvide den, så den omfatter dem.`;
  const outcome = await runAnalysis(session);
  expect([outcome.includes("3 kunder analyseret"), outcome.includes(under)]).toEqual([true, true]);
  // Typed there, Excel makes them the table's rows.
  table.rectangle = { ...table.rectangle, rowCount: rows + 2 };
  const grown = await runAnalysis(session);
  expect([grown.includes("4 kunder analyseret"), grown.includes(under)]).toEqual([true, false]);
  const customers = workbook.table("CX_customers");
  const ids = customers.sheet.readValues(customers.dataBodyRectangle).map((row) => row[0]);
  expect(ids).toContain("F");

  // A column renamed: the roles were chosen for other columns.
  sheet.setValues("C1", [["Pris"]]);
  expect(await runAnalysis(session)).toBe(
    `Kolonnerne i tabellen “${table.name}” er ændret, siden den blev valgt. Markér den, og brug markeringen igen, så rollerne passer til kolonnerne.`
  );
  sheet.setValues("C1", [["Beløb"]]);

  // The table turned back into a range: nothing to find by its name.
  workbook.deleteTable(table, true);
  expect(await runAnalysis(session)).toBe(
    `Tabellen “${table.name}”, der blev valgt til kørslen, findes ikke længere (slettet eller omdøbt). Markér den, og brug markeringen igen.`
  );
  expect(session.consoleErrors).toEqual([]);
});

test("a marketing spend table chosen once takes the months typed under it at the next run", async () => {
  const serial = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000 + 25_569;
  const workbook = new Workbook(["Orders", "Spend"]);
  workbook.sheet("Orders").setValues("A1", [
    ["Customer", "Date", "Amount", "Channel"],
    ["C1", serial("2024-01-05"), 100, "Google Ads"],
    ["C2", serial("2024-01-20"), 40, "Google Ads"],
    ["C3", serial("2024-02-02"), 80, "Google Ads"],
  ]);
  const spendSheet = workbook.sheet("Spend");
  spendSheet.setValues("A1", [
    ["Channel", "Month", "Spend"],
    ["Google Ads", "2024-01", 150],
  ]);
  const spend = workbook.addTable(
    spendSheet,
    { row: 0, column: 0, rowCount: 2, columnCount: 3 },
    true
  );
  workbook.select("Orders", "A1:D4");
  const session = await open(workbook, "en-US");
  await clickUseSelection(session);
  workbook.select("Spend", "A2");
  await session.page.getByTestId("spend-use-selection").click();
  await session.page.getByTestId("spend-range").waitFor();
  expect(await session.page.getByTestId("spend-range").textContent()).toBe(
    `Marketing spend: ${spend.name}`
  );
  workbook.select("Orders", "A1:D4");
  const googleAds = async () => {
    expect(await runAnalysis(session)).toContain("3 customers");
    const table = workbook.table("CX_channels");
    const [header, ...rows] = table.sheet.readValues(table.rectangle);
    const row = rows.find((cells) => cells[0] === "Google Ads")!;
    return [row[header.indexOf("Spend")], row[header.indexOf("CAC")]];
  };
  // C3, acquired in February, is outside the spend period: 150 over C1 and C2.
  expect(await googleAds()).toEqual([150, 75]);

  // February's spend written under the table, which does not take it in: left out, and said.
  spendSheet.setValues("A3", [["Google Ads", "2024-02", 90]]);
  expect(await googleAds()).toEqual([150, 75]);
  expect(await session.page.getByTestId("spend-rows-under-table").textContent()).toBe(
    `Rows under the table “${spend.name}” are not part of it and were not read; if they belong to it, resize the table to take them in.`
  );
  // Typed there, Excel makes it the table's row.
  spend.rectangle = { ...spend.rectangle, rowCount: 3 };
  expect(await googleAds()).toEqual([240, 80]); // now over C1, C2 and C3
  expect(await session.page.getByTestId("spend-rows-under-table").count()).toBe(0);
  expect(session.consoleErrors).toEqual([]);
});

test("the data rows of a table selected (Ctrl+A), or one cell of its totals row, take the whole table, header included and totals left out", async () => {
  const { workbook, sheet, rows, table } = smallLogTable();
  table.showTotals = true; // "Total" and a SUBTOTAL in row rows + 1
  const session = await open(workbook, "da-DK");
  for (const selection of [`A2:C${rows}`, `A2:C${rows + 1}`, `B${rows + 1}`]) {
    workbook.select("Salg", selection);
    await clickUseSelection(session);
    // The header names the columns: the first data row is not taken for it.
    const label = session.page.getByText("Rolle for kolonnen “Kundenummer”");
    expect([selection, await label.count()]).toEqual([selection, 1]);
    expect([selection, await runAnalysis(session)]).toEqual([
      selection,
      expect.stringMatching(/3 kunder analyseret.*3 rækker sprunget over/),
    ]); // the totals row is no fourth row to skip
  }
  // The row under the totals row: a customer's order written there is not the table's, and said;
  // a total with a formula there, or another table's header, is no data left out.
  const under = `Rækkerne under tabellen “${table.name}” hører ikke til den og blev ikke læst. Hvis de hører til tabellen, skal du udvide den, så den omfatter dem.`;
  const below = rows + 2;
  sheet.setValues(`A${below}`, [["G", day.may05, 40]]);
  expect(await runAnalysis(session)).toContain(under);
  sheet.setValues(`A${below}`, [["I alt", "", "=SUM(C2:C10)"]]);
  expect(await runAnalysis(session)).not.toContain(under);
  sheet.setValues(`A${below}`, [["Kanal", "Omkostning", "Måned"]]);
  workbook.addTable(sheet, { row: below - 1, column: 0, rowCount: 1, columnCount: 3 }, true);
  expect(await runAnalysis(session)).not.toContain(under);
  expect(session.consoleErrors).toEqual([]);
});

test("a table hiding its header row: chosen before, a run asks for the header row; selected while hidden, the pane asks for it rather than take the first data row for names", async () => {
  const { workbook, table } = smallLogTable();
  workbook.select("Salg", "B3");
  const session = await open(workbook, "da-DK");
  await clickUseSelection(session);
  expect(await runAnalysis(session)).toContain("3 kunder analyseret");

  // Table Design ▸ Header Row unticked: the table now starts at its first data row.
  table.showHeaders = false;
  expect(await runAnalysis(session)).toBe(
    `Tabellen “${table.name}”, der blev valgt til kørslen, viser ikke længere sin overskriftsrække. Vis den igen (Tabeldesign ▸ Overskriftsrække), så kolonnerne kan læses.`
  );

  // Before, a cell of the headerless table was read as plain cells: customer A's first row
  // became the header, its columns "A", "45292" and "100".
  const hidden = (name: string) =>
    `Tabellen “${name}” skjuler sin overskriftsrække, så kolonnerne har ingen navne, der kan læses. Vis den (Tabeldesign ▸ Overskriftsrække), og brug markeringen igen.`;
  // A plain copy of the log elsewhere, headed in English: choosing it clears the message and
  // shows its own column names before each selection.
  const [, ...logRows] = smallLogWithDanishHeaders;
  workbook.addSheet("Kopi").setValues("A1", [["Customer", "Date", "Amount"], ...logRows]);
  // A cell in the table, a block of it, a range around it, the blank row above it.
  for (const selection of ["B3", "A2:C4", "A1:C10", "A1"]) {
    workbook.select("Kopi", "A1");
    await session.page.getByTestId("use-selection").click();
    await session.page.getByText(hidden(table.name)).waitFor({ state: "detached" });
    await session.page.getByText("Rolle for kolonnen “Customer”").waitFor();
    workbook.select("Salg", selection);
    await session.page.getByTestId("use-selection").click();
    await session.page.getByText(hidden(table.name)).waitFor();
  }

  // The marketing spend step asks too, for a spend table hiding its header row.
  const spendSheet = workbook.addSheet("Omkostninger");
  spendSheet.setValues("A1", [
    ["Kanal", "Omkostning"],
    ["Google Ads", 150],
    ["Meta", 80],
  ]);
  const spend = workbook.addTable(
    spendSheet,
    { row: 0, column: 0, rowCount: 3, columnCount: 2 },
    true
  );
  spend.showHeaders = false;
  workbook.select("Omkostninger", "A2");
  await session.page.getByTestId("spend-use-selection").click();
  await session.page.getByText(hidden(spend.name)).waitFor();

  // Shown again, the table is taken as before.
  table.showHeaders = true;
  workbook.select("Salg", "B3");
  await clickUseSelection(session);
  expect(await runAnalysis(session)).toContain("3 kunder analyseret");
  expect(session.consoleErrors).toEqual([]);
});
