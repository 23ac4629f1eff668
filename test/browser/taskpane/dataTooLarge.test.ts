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
