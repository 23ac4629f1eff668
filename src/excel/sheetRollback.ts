import { excelRun } from "./excelRun";

/**
 * A worksheet a run added, or asked Excel to add: its name, and its id once Excel has answered.
 * The name alone finds it when the answer never came (it was chosen free in the workbook).
 */
export interface CreatedSheet {
  id?: string;
  name: string;
}

/**
 * A failed run whose own sheets could not all be removed afterwards: `cause` is why the run
 * failed, `cleanupError` why the removal failed, `sheetNames` every sheet the run added or asked
 * for, any of which may remain (the removal's own failure leaves unknown which).
 */
export class SheetsNotRemoved extends Error {
  constructor(
    readonly cause: unknown,
    readonly cleanupError: unknown,
    readonly sheetNames: readonly string[]
  ) {
    super(
      `${messageOf(cause)} Removing this run's sheets failed too (${messageOf(cleanupError)}); any of ${sheetNames.join(", ")} may remain.`
    );
    this.name = "SheetsNotRemoved";
  }
}

/**
 * Runs `work`, which adds every worksheet it creates to the list it is given; if `work` fails,
 * those sheets are deleted before the error is rethrown, so a failed or stopped run leaves the
 * workbook as it found it. When the deletion fails too, throws SheetsNotRemoved naming the
 * sheets, so that the user learns what is left.
 * @example
 * await withSheetRollback(async (created) => {
 *   created.push({ name: "CX Customers" }); const sheet = await addSheet("CX Customers");
 *   await writeRows(sheet); // throws -> "CX Customers" is deleted, the error propagates
 * });
 */
export async function withSheetRollback<T>(
  work: (createdSheets: CreatedSheet[]) => Promise<T>
): Promise<T> {
  const created: CreatedSheet[] = [];
  try {
    return await work(created);
  } catch (error) {
    try {
      await deleteSheets(created.map((sheet) => sheet.id ?? sheet.name));
    } catch (cleanupError) {
      throw new SheetsNotRemoved(
        error,
        cleanupError,
        created.map((sheet) => sheet.name)
      );
    }
    throw error;
  }
}

/**
 * Deletes the worksheets with these ids (or names), skipping any that do not exist.
 * @example
 * await deleteSheets(["{00000004-0001-0000-0000-000000000000}", "CX Summary (2)"]);
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

/** An error's message, or the value as text. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
