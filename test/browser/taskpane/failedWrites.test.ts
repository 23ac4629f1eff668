import type { BatchRequest } from "../double/protocol";
import { Workbook } from "../double/workbook";
import { smallLogWithDanishHeaders } from "../fixtures/smallLog";
import { setUpBuiltAddin } from "../harness/builtAddin";
// Aliased: it clicks the pane's "Use selection" button and is no React hook.
import { openOptions, runAnalysis, useSelection as clickUseSelection } from "./paneActions";

jest.setTimeout(180_000);

const open = setUpBuiltAddin();

/** The small log on "Orders", selected. */
function ordersWorkbook(): Workbook {
  const workbook = new Workbook(["Orders"]);
  workbook.sheet("Orders").setValues("A1", smallLogWithDanishHeaders);
  workbook.select("Orders", "A1");
  return workbook;
}

/** The pane on the small log in `language`, its columns read and the model off, ready to run. */
async function paneReadyToRun(workbook: Workbook, language: string) {
  const session = await open(workbook, language);
  await clickUseSelection(session);
  await openOptions(session);
  await session.page.getByTestId("option-model").selectOption("none");
  return session;
}

/** Whether a batch calls `method` on some object. */
const calls = (request: BatchRequest, method: string) =>
  request.operations.some((operation) => operation.type === "call" && operation.method === method);

/** Fails the first sync that calls `method` and every sync after it, as a connection lost then would. */
function loseConnectionAt(workbook: Workbook, method: string): void {
  let lost = false;
  workbook.injectSyncFaults((_, request) => {
    lost ||= calls(request, method);
    return lost ? { message: "The connection to Excel was lost." } : undefined;
  });
}

test("the connection lost while the previous run's sheets are removed: the new results stay, and the pane names the sheets left", async () => {
  const workbook = ordersWorkbook();
  const session = await paneReadyToRun(workbook, "en-US");
  expect(await runAnalysis(session)).toContain("3 customers analyzed");
  // The History sheet is no run's output: it stays, last, and is not replaced.
  const firstRun = workbook
    .sheetNames()
    .filter((name) => name.startsWith("CX ") && name !== "CX History");

  // The run's last batch deletes the previous sheets and renames the new ones.
  loseConnectionAt(workbook, "delete");
  const outcome = await runAnalysis(session);

  expect(await session.page.getByTestId("analysis-outcome").count()).toBe(1);
  expect(outcome).toContain(
    `The previous run's sheets ${firstRun.join(", ")} could not be removed (The connection to Excel was lost.)`
  );
  expect(outcome).toContain("Some result sheets keep a numbered name");
  // Both runs' sheets are whole: the first run's as it left them, the second under numbered names.
  const secondRun = firstRun.map((name) => `${name} (2)`);
  // The lost connection refuses the second run's history row too: its sheet stays where it was.
  expect(workbook.sheetNames()).toEqual(["Orders", ...firstRun, "CX History", ...secondRun]);
  expect(outcome).toContain(`Sheets: ${secondRun.join(", ")}.`);
  firstRun.forEach((name, index) =>
    expect(workbook.sheet(secondRun[index]).getValues("A1:B1")).toEqual(
      workbook.sheet(name).getValues("A1:B1")
    )
  );
});

test("the connection lost while writing, before the rollback: the pane says which unfinished sheets may remain", async () => {
  const workbook = ordersWorkbook();
  const session = await paneReadyToRun(workbook, "de-DE");

  // Each table's last batch freezes its header row; the first of them fails, and so does the rollback.
  loseConnectionAt(workbook, "freezeRows");
  await session.page.getByTestId("run-analysis").click();
  const error = session.page.getByTestId("analysis-error");
  await error.waitFor({ timeout: 120_000 });

  const left = workbook.sheetNames().filter((name) => name !== "Orders");
  expect(left.length).toBeGreaterThan(0);
  const message = (await error.textContent()) ?? "";
  expect(message).toContain(
    "Die Ergebnisse konnten nicht geschrieben werden (The connection to Excel was lost.)"
  );
  expect(message).toContain("ließen sich auch nicht entfernen: Löschen Sie");
  for (const name of left) expect(message).toContain(name);
});
