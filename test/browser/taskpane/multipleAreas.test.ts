import { stringsByLanguage } from "../../../src/taskpane/i18n/stringsByLanguage";
import { Workbook } from "../double/workbook";
import { smallLogWithDanishHeaders } from "../fixtures/smallLog";
import { setUpBuiltAddin } from "../harness/builtAddin";

jest.setTimeout(120_000);

const open = setUpBuiltAddin();

/** The small log on "Orders", with `address` selected. */
function ordersWorkbook(address: string): Workbook {
  const workbook = new Workbook(["Orders"]);
  workbook.sheet("Orders").setValues("A1", smallLogWithDanishHeaders);
  workbook.select("Orders", address);
  return workbook;
}

// Workbook.getSelectedRange throws on a selection of several areas (office-js-docs-pr#2477).
test("a Ctrl+click selection of several areas asks for one range, in the selection and on Use selection, instead of a stale address or a generic error", async () => {
  const session = await open(ordersWorkbook("A1:C10"), "en-US");
  await session.page.getByTestId("selection-address").waitFor();

  await session.select("Orders", "A1:A10,C1:C10");
  const areas = session.page.getByTestId("selection-areas");
  await areas.waitFor();
  expect(await areas.textContent()).toBe(stringsByLanguage.en.selectOneRange);
  expect(await session.page.getByTestId("selection-address").count()).toBe(0);

  await session.page.getByTestId("use-selection").click();
  const error = session.page.getByTestId("analysis-error");
  await error.waitFor();
  expect(await error.textContent()).toBe(stringsByLanguage.en.selectOneRange);

  await session.select("Orders", "A1:C10");
  await session.page.getByTestId("selection-address").waitFor();
  expect(await session.page.getByTestId("selection-address").textContent()).toBe("Orders!A1:C10");
  expect(session.consoleErrors).toEqual([]);
});

test("a pane opened on a selection of several areas says so in the user's language", async () => {
  const session = await open(ordersWorkbook("A1:A10,C1:C10"), "nl-NL");
  const areas = session.page.getByTestId("selection-areas");
  await areas.waitFor();
  expect(await areas.textContent()).toBe(stringsByLanguage.nl.selectOneRange);
  expect(session.consoleErrors).toEqual([]);
});
