import { excelRun } from "./excelRun";

/**
 * Runs `work`, which adds the id of every worksheet it creates to the list it is given; if
 * `work` fails, those sheets are deleted before the error is rethrown, so a failed or stopped
 * run leaves the workbook as it found it.
 * @example
 * await withSheetRollback(async (createdSheetIds) => {
 *   const sheet = await addSheet("CX Customers"); createdSheetIds.push(sheet.id);
 *   await writeRows(sheet); // throws -> "CX Customers" is deleted, the error propagates
 * });
 */
export async function withSheetRollback<T>(
  work: (createdSheetIds: string[]) => Promise<T>
): Promise<T> {
  const createdSheetIds: string[] = [];
  try {
    return await work(createdSheetIds);
  } catch (error) {
    // The caller needs the original error; a failed clean-up must not replace it.
    await deleteSheets(createdSheetIds).catch(() => undefined);
    throw error;
  }
}

/**
 * Deletes the worksheets with these ids, skipping any that no longer exist.
 * @example
 * await deleteSheets(["{00000004-0001-0000-0000-000000000000}"]);
 */
export async function deleteSheets(ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await excelRun(async (context) => {
    const sheets = ids.map((id) => context.workbook.worksheets.getItemOrNullObject(id));
    sheets.forEach((sheet) => sheet.load("id"));
    await context.sync();
    sheets.filter((sheet) => !sheet.isNullObject).forEach((sheet) => sheet.delete());
    await context.sync();
  });
}
