import type { AxeResults } from "axe-core";
import { Workbook } from "../double/workbook";
import { smallLogWithDanishHeaders } from "../fixtures/smallLog";
import { setUpBuiltAddin } from "../harness/builtAddin";
import { AddinSession } from "../harness/openAddin";

jest.setTimeout(120_000);

const open = setUpBuiltAddin();
const axePath = require.resolve("axe-core/axe.min.js");

/** axe-core's serious and critical violations on the page, as "rule: target" lines. */
async function seriousViolations(session: AddinSession): Promise<string[]> {
  await session.page.addScriptTag({ path: axePath });
  const results = await session.page.evaluate(() =>
    (window as unknown as { axe: { run(): Promise<AxeResults> } }).axe.run()
  );
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .flatMap((violation) =>
      violation.nodes.map((node) => `${violation.id}: ${node.target.join(" ")}`)
    );
}

test.each(["en-US", "de-DE"])(
  "the pane has no serious or critical axe violations before and after Use selection and with the options open (%s)",
  async (language) => {
    const workbook = new Workbook(["Salg"]);
    workbook.sheet("Salg").setValues("A1", smallLogWithDanishHeaders);
    workbook.select("Salg", "A1:C10");
    const session = await open(workbook, language);
    // Colour contrast is checked on settled colours, not halfway through Fluent's button transitions.
    await session.page.emulateMedia({ reducedMotion: "reduce" });
    await session.page.getByTestId("selection-address").waitFor();

    expect(await seriousViolations(session)).toEqual([]);

    await session.page.getByTestId("use-selection").click();
    await session.page.getByTestId("role-0").waitFor();
    expect(await session.page.getByTestId("run-analysis").isEnabled()).toBe(true);
    expect(await seriousViolations(session)).toEqual([]);

    // The options open under their header, which says so to assistive technology.
    const header = session.page.getByTestId("options").getByRole("button");
    expect(await header.getAttribute("aria-expanded")).toBe("false");
    await header.click();
    await session.page.getByTestId("option-model").waitFor();
    expect(await header.getAttribute("aria-expanded")).toBe("true");
    expect(await seriousViolations(session)).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  }
);
