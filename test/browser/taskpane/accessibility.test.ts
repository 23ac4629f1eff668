import type { AxeResults } from "axe-core";
import { Workbook } from "../double/workbook";
import { cdnowSampleRows } from "../fixtures/cdnowSample";
import { smallLogWithDanishHeaders } from "../fixtures/smallLog";
import { setUpBuiltAddin } from "../harness/builtAddin";
import { AddinSession } from "../harness/openAddin";
import { openOptions, useSelection } from "./paneActions";

jest.setTimeout(180_000);

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

/** The page's window with the announcements recordAnnouncements keeps. */
interface AnnouncingWindow {
  announcements: string[];
}

/**
 * Records what the page announces to screen readers from now on, whichever way Fluent's
 * AriaLiveAnnouncer speaks in this Chromium: document.ariaNotify where there is one, else the
 * live region it appends to the body (outside the pane's own markup).
 */
async function recordAnnouncements(session: AddinSession): Promise<void> {
  await session.page.evaluate(() => {
    const page = window as unknown as AnnouncingWindow;
    page.announcements = [];
    const speaking = document as unknown as { ariaNotify?: (message: string) => void };
    const ariaNotify = speaking.ariaNotify;
    if (typeof ariaNotify === "function")
      speaking.ariaNotify = function (this: Document, message: string, ...rest: unknown[]) {
        page.announcements.push(message);
        return (ariaNotify as (...args: unknown[]) => void).call(this, message, ...rest);
      };
    new MutationObserver((changes) => {
      for (const change of changes) {
        const region = (change.target as Element).closest?.("[aria-live]");
        if (!region || region.closest("#root") || !region.textContent) continue;
        page.announcements.push(region.textContent);
      }
    }).observe(document.body, { childList: true, subtree: true });
  });
}

/** What was announced since recordAnnouncements. */
function announcements(session: AddinSession): Promise<string[]> {
  return session.page.evaluate(() => (window as unknown as AnnouncingWindow).announcements);
}

/** The test id of the element that has the keyboard focus; "" for none (the page itself). */
function focused(session: AddinSession): Promise<string> {
  return session.page.evaluate(() => document.activeElement?.getAttribute("data-testid") ?? "");
}

test("keeps the keyboard focus on Run through a run and a Cancel, and announces how each ended", async () => {
  const workbook = new Workbook(["Orders"]);
  workbook.sheet("Orders").setValues("A1", [["Customer", "Date", "Amount"], ...cdnowSampleRows()]);
  workbook.select("Orders", "A1");
  const session = await open(workbook, "en-US");
  const { page } = session;
  await useSelection(session);
  await openOptions(session);
  await page.getByTestId("option-model").selectOption("none");
  await recordAnnouncements(session);

  // Run from the keyboard: it stays focused, though it cannot be pressed again, while it runs.
  const run = page.getByTestId("run-analysis");
  await run.focus();
  await page.keyboard.press("Enter");
  await page.getByTestId("analysis-progress").waitFor();
  expect(await run.getAttribute("aria-disabled")).toBe("true");
  expect(await focused(session)).toBe("run-analysis");
  const outcome = page.getByTestId("analysis-outcome");
  await outcome.waitFor({ timeout: 120_000 });
  expect(await focused(session)).toBe("run-analysis");
  const done = (await outcome.textContent()) ?? "";
  expect(done).toMatch(/^2,357 customers analyzed\. Sheets: CX Summary, /);
  await page.waitForFunction(
    (text) =>
      (window as unknown as AnnouncingWindow).announcements.some((said) => said.includes(text)),
    done
  );

  // Cancel from the keyboard: the button goes with the run, the focus back to Run.
  await page.getByTestId("option-model").selectOption("bgnbd+gg");
  await run.focus();
  await page.keyboard.press("Enter");
  await page.getByText("Fitting the models…").waitFor({ timeout: 120_000 });
  await page.getByTestId("cancel-analysis").focus();
  await page.keyboard.press("Enter");
  await page.getByText("Analysis cancelled. Nothing was written.").waitFor({ timeout: 120_000 });
  expect(await focused(session)).toBe("run-analysis");
  await page.waitForFunction(() =>
    (window as unknown as AnnouncingWindow).announcements.some((said) =>
      said.includes("Analysis cancelled. Nothing was written.")
    )
  );
  expect((await announcements(session)).length).toBeGreaterThanOrEqual(2);
  expect(session.consoleErrors).toEqual([]);
});
