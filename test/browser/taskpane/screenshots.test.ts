import { mkdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { Workbook } from "../double/workbook";
import { cdnowSampleRows } from "../fixtures/cdnowSample";
import { setUpBuiltAddin } from "../harness/builtAddin";

jest.setTimeout(180_000);

const open = setUpBuiltAddin();
const screenshots = join(__dirname, "../screenshots");
/** Excel's default task pane is about 350 CSS pixels wide. */
const PANE_VIEWPORT = { width: 350, height: 900 };
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const headersByLanguage: Record<string, string[]> = {
  "en-US": ["Customer", "Date", "Amount"],
  "de-DE": ["Kunde", "Datum", "Betrag"],
};
/** The pane's size line once the run has selected A1 of the Customers sheet. */
const singleCellByLanguage: Record<string, string> = {
  "en-US": "1 row × 1 column",
  "de-DE": "1 Zeile × 1 Spalte",
};

test.each(Object.keys(headersByLanguage))(
  "takes a full-page screenshot of the pane after an analysis in %s",
  async (language) => {
    const workbook = new Workbook(["Data"]);
    const rows = cdnowSampleRows();
    workbook.sheet("Data").setValues("A1", [headersByLanguage[language], ...rows]);
    workbook.select("Data", `A1:C${rows.length + 1}`);
    const session = await open(workbook, language);
    const { page } = session;
    await page.setViewportSize(PANE_VIEWPORT);
    await page.emulateMedia({ reducedMotion: "reduce" });
    await page.getByTestId("use-selection").click();
    await page.getByTestId("role-0").waitFor();
    await page.getByTestId("run-analysis").click();
    await page.getByTestId("analysis-outcome").waitFor({ timeout: 120_000 });

    await page.getByText(singleCellByLanguage[language]).waitFor();

    mkdirSync(screenshots, { recursive: true });
    const path = join(screenshots, `taskpane-${language}.png`);
    const png = await page.screenshot({ path, fullPage: true });

    expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect(statSync(path).size).toBeGreaterThan(10_000);
    // Nothing sticks out sideways: the pane never needs a horizontal scroll bar.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      PANE_VIEWPORT.width
    );
    expect(session.consoleErrors).toEqual([]);
  }
);

test("takes a screenshot of the pane reading a customer table in nl-NL", async () => {
  const workbook = new Workbook(["Klanten"]);
  workbook.sheet("Klanten").setValues("A1", [
    ["Klant", "x", "t_x", "T", "zbar"],
    [1, 2, 30.43, 38.86, 22.35],
    [2, 1, 1.71, 38.86, 11.77],
    [3, 0, 0, 38.86, 0],
  ]);
  workbook.select("Klanten", "A1:E4");
  const session = await open(workbook, "nl-NL");
  const { page } = session;
  await page.setViewportSize(PANE_VIEWPORT);
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.getByTestId("use-selection").click();
  await page.getByTestId("customer-table-hint").waitFor();

  mkdirSync(screenshots, { recursive: true });
  const path = join(screenshots, "taskpane-nl-NL-customer-table.png");
  const png = await page.screenshot({ path, fullPage: true });
  expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    PANE_VIEWPORT.width
  );
  expect(session.consoleErrors).toEqual([]);
});
