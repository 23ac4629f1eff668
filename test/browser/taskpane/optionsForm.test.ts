import type { CellValue } from "../double/column";
import { Workbook } from "../double/workbook";
import { cdnowSampleRows } from "../fixtures/cdnowSample";
import { smallLogWithDanishHeaders } from "../fixtures/smallLog";
import { setUpBuiltAddin } from "../harness/builtAddin";
import { openOptions, runAnalysis, useSelection as clickUseSelection } from "./paneActions";

jest.setTimeout(240_000);

const open = setUpBuiltAddin();

/** The Predicted CLV column of the Customers table, customer by customer. */
function predictedClv(workbook: Workbook): CellValue[] {
  const table = workbook.table("CX_customers");
  const [header] = table.sheet.readValues({ ...table.rectangle, rowCount: 1 });
  const column = header.indexOf("Forventet CLV, 12 måneder");
  expect(column).toBeGreaterThan(0);
  return table.sheet.readValues(table.dataBodyRectangle).map((row) => row[column]);
}

/** The CDNOW sample on a Danish sheet, chosen in a Danish pane with its options open. */
async function danishCdnowOptions() {
  const workbook = new Workbook(["Salg"]);
  workbook.sheet("Salg").setValues("A1", [["Kundenummer", "Dato", "Beløb"], ...cdnowSampleRows()]);
  workbook.select("Salg", "B2");
  const session = await open(workbook, "da-DK");
  await clickUseSelection(session);
  await openOptions(session);
  return { workbook, session };
}

test("a Danish analyst's 0,5 % monthly discount runs as 0.5 %, and text that is no number stays to be corrected", async () => {
  const { workbook, session } = await danishCdnowOptions();
  const discount = session.page.getByTestId("option-monthlyDiscountPercent");

  // Typed key by key, as the user does: a type="number" input drops the ",", leaving 5.
  await discount.fill("");
  await discount.pressSequentially("0,5");
  expect(await discount.inputValue()).toBe("0,5");
  expect(await runAnalysis(session)).toContain("2.357 kunder analyseret");
  const withComma = predictedClv(workbook);
  expect(workbook.settings.get("cxCustomerValue.analysisOptions")).toMatchObject({
    monthlyDiscountPercent: "0,5",
  });

  await discount.fill("0.5");
  expect(await runAnalysis(session)).toContain("2.357 kunder analyseret");
  expect(predictedClv(workbook)).toEqual(withComma);
  await discount.fill("5");
  expect(await runAnalysis(session)).toContain("2.357 kunder analyseret");
  const atFive = predictedClv(workbook);
  // Discounted ten times as steeply, every customer with a value is worth less.
  expect(atFive.filter((value, row) => (value as number) < (withComma[row] as number)).length).toBe(
    withComma.filter((value) => (value as number) > 0).length
  );

  // Text that is no number is kept as typed, the field says so, and Run names it.
  await discount.fill("0,5 pct");
  expect(await discount.inputValue()).toBe("0,5 pct");
  const invalid =
    "Kontrollér indstillingen “Månedlig diskonteringsrente %”: et tal fra 0 til under 100.";
  expect(await session.page.getByText(invalid).count()).toBe(1);
  expect(await discount.getAttribute("aria-invalid")).toBe("true");
  expect(await runAnalysis(session)).toBe(invalid);
  expect(session.consoleErrors).toEqual([]);
});

test("breaks CLV down by the column the dropdown shows, telling blank and repeated headers apart", async () => {
  // Each customer's region, channel and segment: D has no header, E and F the same one.
  const regions: Record<string, string> = { A: "Nord", B: "Syd", C: "Vest" };
  const channels: Record<string, string> = { A: "Web", B: "Butik", C: "Web" };
  const workbook = new Workbook(["Salg"]);
  workbook.sheet("Salg").setValues("A1", [
    [...smallLogWithDanishHeaders[0], "", "Kanal", "Kanal"],
    ...smallLogWithDanishHeaders.slice(1).map((row) => {
      const customer = String(row[0]);
      return [
        ...row,
        `Segment ${customer}`,
        channels[customer] ?? "Web",
        regions[customer] ?? "Øst",
      ];
    }),
  ]);
  workbook.select("Salg", "A1:F10");
  const session = await open(workbook, "da-DK");
  await clickUseSelection(session);
  expect(await session.page.getByText("Rolle for kolonnen “Kolonne D”").count()).toBe(1);
  expect(await session.page.getByText("Rolle for kolonnen “Kanal (kolonne F)”").count()).toBe(1);
  await openOptions(session);
  await session.page.getByTestId("option-model").selectOption("none");
  const breakdown = session.page.getByTestId("option-breakdown");
  expect(await breakdown.locator("option").allTextContents()).toEqual([
    "Intet",
    "Kolonne D",
    "Kanal (kolonne E)",
    "Kanal (kolonne F)",
  ]);

  // "Intet" shown, nothing broken down: no By Attribute sheet, though D's header is blank.
  expect(await breakdown.inputValue()).toBe("-1");
  expect(await runAnalysis(session)).toContain("3 kunder analyseret");
  expect(workbook.sheetNames()).not.toContain("CX Efter egenskab");

  // The second of the two Kanal columns: F's regions, not E's channels (nor D's segments).
  await breakdown.selectOption({ label: "Kanal (kolonne F)" });
  expect(await runAnalysis(session)).toContain("3 kunder analyseret");
  const byAttribute = workbook.table("CX_attribute");
  const groups = byAttribute.sheet.readValues(byAttribute.dataBodyRectangle).map((row) => row[0]);
  expect([...groups].sort()).toEqual(["Nord", "Syd", "Vest"]);
  expect(workbook.settings.get("cxCustomerValue.analysisOptions")).toMatchObject({
    breakdownColumn: 5,
  });
  expect(session.consoleErrors).toEqual([]);
});

test("a Danish analyst's observation end before the first purchase stops the run with the reason in Danish", async () => {
  const { workbook, session } = await danishCdnowOptions();
  await session.page.getByTestId("option-observationEnd").fill("1996-12-31");

  // The engine says why in English (observation_end: is before the first purchase …).
  expect(await runAnalysis(session)).toBe(
    "Observationsslut ligger før det første køb (1997-01-01)."
  );
  expect(workbook.sheetNames()).toEqual(["Salg"]);
  expect(session.consoleErrors).toEqual([]);
});

test.each(["da-DK", "de-DE", "nb-NO", "nl-NL", "en-US"])(
  "in a pane 350 px wide, every choice of every dropdown fits its box unclipped (%s)",
  async (locale) => {
    const workbook = new Workbook(["Salg"]);
    workbook.sheet("Salg").setValues("A1", [["Kunde", "Dato", "Beløb"], ...cdnowSampleRows()]);
    workbook.select("Salg", "B2");
    const session = await open(workbook, locale);
    // Excel's task pane opens about 350 px wide.
    await session.page.setViewportSize({ width: 350, height: 900 });
    await clickUseSelection(session);
    await openOptions(session);
    await session.page.getByTestId("option-holdoutCheck").check();
    const clipped = await session.page.evaluate(() => {
      const context = document.createElement("canvas").getContext("2d")!;
      return Array.from(document.querySelectorAll("select")).flatMap((select) => {
        const style = getComputedStyle(select);
        context.font = style.font;
        const room =
          select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        return Array.from(select.options)
          .filter((option) => context.measureText(option.text).width > room)
          .map((option) => `${select.dataset.testid}: ${option.text}`);
      });
    });
    expect(clipped).toEqual([]);
  }
);
