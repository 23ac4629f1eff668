import { Workbook } from "../double/workbook";
import { cdnowSampleRows } from "../fixtures/cdnowSample";
import { setUpBuiltAddin } from "../harness/builtAddin";

jest.setTimeout(120_000);

const open = setUpBuiltAddin();

test("detects the CDNOW sample's columns, writes the PostgreSQL query and copies it", async () => {
  const workbook = new Workbook(["Salg"]);
  workbook.sheet("Salg").setValues("A1", [["Kundenummer", "Dato", "Beløb"], ...cdnowSampleRows()]);
  workbook.select("Salg", "A1:C30");
  const session = await open(workbook, "en-US");
  const { page } = session;
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"], {
    origin: new URL(page.url()).origin,
  });

  await page.getByTestId("selection-address").waitFor();
  await page.getByTestId("sql").click();
  await page.getByTestId("sql-detect").click();
  await page.getByTestId("sql-dialect").selectOption("postgresql");
  expect(await page.getByTestId("sql-missing").textContent()).toBe("Fill in: Table.");
  await page.getByTestId("sql-table").fill("shop.orders");

  const query = await page.getByTestId("sql-query").inputValue();
  expect(await page.getByTestId("sql-customerColumn").inputValue()).toBe("Kundenummer");
  expect(query).toContain('"Kundenummer" AS customer_key');
  expect(query).toContain('CAST("Dato" AS DATE) AS order_day');
  expect(query).toContain('"Beløb" AS amount_value');
  expect(query).toContain("FROM shop.orders");
  expect(query).toContain("AS DOUBLE PRECISION) / 7)");

  await page.getByTestId("sql-copy").click();
  const outcome = await page.getByTestId("sql-copy-outcome").textContent();
  const clipboard = await page.evaluate(() => navigator.clipboard.readText().catch(() => null));
  // With the permission granted, as a user's click grants it in Chromium, the text is copied.
  expect(outcome).toBe("The query is on the clipboard.");
  expect(clipboard).toBe(query);
  expect(session.consoleErrors).toEqual([]);
});

test("says an observation end no query can hold is no date, in Danish, while the user types it", async () => {
  const workbook = new Workbook(["Salg"]);
  workbook.sheet("Salg").setValues("A1", [["Kundenummer", "Dato", "Beløb"], ...cdnowSampleRows()]);
  workbook.select("Salg", "A1:C30");
  const session = await open(workbook, "da-DK");
  const { page } = session;
  await page.getByTestId("selection-address").waitFor();
  await page.getByTestId("sql").click();
  await page.getByTestId("sql-detect").click();
  await page.getByTestId("sql-table").fill("salg.ordrer");
  await page.getByTestId("sql-query").waitFor();

  // Chromium's date input reports 0002-12-31 once the first digit of the year is typed.
  for (const partlyTyped of ["0002-12-31", "1899-12-31"]) {
    await page.getByTestId("sql-observationEnd").fill(partlyTyped);
    expect(await page.getByTestId("sql-missing").textContent()).toBe(
      "Observationens slutning er ikke en dato fra 1900-03-01 til 9999-12-31."
    );
  }
  await page.getByTestId("sql-observationEnd").fill("1997-09-30");
  expect(await page.getByTestId("sql-query").inputValue()).toContain("DATE '1997-09-30'");
  expect(await page.getByTestId("pane-error").count()).toBe(0);
  expect(session.consoleErrors).toEqual([]);
});
