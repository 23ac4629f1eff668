import { Workbook } from "../double/workbook";
import { smallLogWithDanishHeaders } from "../fixtures/smallLog";
import { setUpBuiltAddin } from "../harness/builtAddin";

jest.setTimeout(120_000);

const open = setUpBuiltAddin();

test("an error while the pane renders shows the user's language and the error, not a blank pane", async () => {
  const workbook = new Workbook(["Salg"]);
  workbook.sheet("Salg").setValues("A1", smallLogWithDanishHeaders);
  workbook.select("Salg", "A1:C10");
  // A display language Intl cannot read: German to languageFor, a RangeError to Intl.NumberFormat
  // as the pane renders its counts.
  const session = await open(workbook, "de-DE_x");

  const message = session.page.getByTestId("pane-error");
  await message.waitFor();
  // The error's own words, as Chromium gives them for that tag.
  const detail = await session.page.evaluate(() => {
    try {
      return new Intl.NumberFormat("de-DE_x").format(1);
    } catch (error) {
      return (error as Error).message;
    }
  });
  expect(detail).toBe("Invalid language tag: de-DE_x");
  expect(await message.getByText(/^Der Aufgabenbereich/).textContent()).toBe(
    `Der Aufgabenbereich wurde durch einen Fehler angehalten: ${detail}. Starten Sie ihn neu, um fortzufahren.`
  );
  expect(
    await session.page.getByRole("button", { name: "Aufgabenbereich neu starten" }).count()
  ).toBe(1);
});
