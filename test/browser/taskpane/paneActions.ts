import { SheetSnapshot } from "../double/snapshot";
import { Workbook } from "../double/workbook";
import { AddinSession } from "../harness/openAddin";

/** Clicks "Use selection" once the pane shows the selection, and waits for the role dropdowns. */
export async function useSelection(session: AddinSession): Promise<void> {
  await session.page.getByTestId("selection-address").waitFor();
  await session.page.getByTestId("use-selection").click();
  await session.page.getByTestId("role-0").waitFor();
}

/** Opens the collapsed Options section, so that its fields can be filled in. */
export async function openOptions(session: AddinSession): Promise<void> {
  await session.page.getByTestId("options").click();
  await session.page.getByTestId("option-observationEnd").waitFor();
}

/** Clicks "Run analysis" and resolves to the text of the outcome or error it ends with. */
export async function runAnalysis(session: AddinSession): Promise<string> {
  await session.page.getByTestId("run-analysis").click();
  const finished = session.page
    .getByTestId("analysis-outcome")
    .or(session.page.getByTestId("analysis-error"));
  await finished.waitFor({ timeout: 180_000 });
  return (await finished.textContent()) ?? "";
}

/** The labels the role dropdowns of the first `columns` columns show. */
export function roleLabels(session: AddinSession, columns: number): Promise<(string | null)[]> {
  return Promise.all(
    Array.from({ length: columns }, (_, column) =>
      session.page.getByTestId(`role-${column}`).textContent()
    )
  );
}

/** The rows of a sheet below its header row, to the end of its used range, columns A to lastColumn. */
export function rowsBelowHeader(workbook: Workbook, sheetName: string, lastColumn: string) {
  const sheet = workbook.sheet(sheetName);
  return sheet.getValues(`A2:${lastColumn}${sheet.usedRange(true)?.rowCount ?? 1}`);
}

/** The value column of the Summary sheet's KPI table, keyed by the measure's label. */
export function kpiValues(workbook: Workbook, sheetName: string): Map<string, unknown> {
  const rows = workbook.sheet(sheetName).getValues("A2:B12");
  return new Map(rows.map(([label, value]) => [String(label), value]));
}

/**
 * Clicks "Run analysis", then Cancel as soon as the progress shows `progressLabel`, and expects
 * the run to end cancelled with the workbook as it was: only `sheetName`, as in `before`, and not
 * one cell written (the run stopped before the writing stage began).
 */
export async function expectCancelWritesNothing(
  session: AddinSession,
  workbook: Workbook,
  progressLabel: string,
  sheetName: string,
  before: SheetSnapshot
): Promise<void> {
  await session.page.getByTestId("run-analysis").click();
  await session.page.getByText(progressLabel).waitFor({ timeout: 120_000 });
  await session.page.getByTestId("cancel-analysis").click();
  await session.page.getByTestId("analysis-outcome").waitFor({ timeout: 120_000 });
  expect(await session.page.getByTestId("analysis-outcome").textContent()).toBe(
    "Analysis cancelled. Nothing was written."
  );
  expect(workbook.sheetNames()).toEqual([sheetName]);
  expect(workbook.syncLog.reduce((sum, sync) => sum + sync.cellsWritten, 0)).toBe(0);
  expect(workbook.snapshot(sheetName).differencesFrom(before)).toEqual([]);
  expect(session.consoleErrors).toEqual([]);
}
