/**
 * A value this add-in stored in the workbook (`Office.context.document.settings`), or undefined
 * when there is none. Settings travel with the file and are private to the add-in.
 * @example
 * readDocumentSetting<string[]>("cxCustomerValue.outputSheets") // -> [...] or undefined
 */
export function readDocumentSetting<T>(name: string): T | undefined {
  const value: unknown = Office.context.document.settings.get(name);
  return value === null || value === undefined ? undefined : (value as T);
}

/** Office's InvalidApiCallInContext: a common API refused while the user edits a cell. */
const IN_CELL_EDIT = 5004;
/** How often a save refused in cell-edit mode is tried again, and for how long at most. */
const RETRY_MILLISECONDS = 250;
const GIVE_UP_AFTER_MILLISECONDS = 10 * 60 * 1000;

/**
 * Stores a JSON-serialisable value in the workbook's add-in settings and saves them into the
 * document; rejects with Office's message when the save fails, after putting the previous value
 * back in the in-memory copy, so that a later save of another setting does not write it after all.
 * While the user edits a cell the save is refused (error 5004), and Excel's delayForCellEdit
 * does not apply to settings (office-js#761): it is tried again until they leave the cell, as
 * the Excel batches wait.
 * @example
 * await saveDocumentSetting("cxCustomerValue.outputSheets", [{ id: "{…}", name: "CX Summary" }]);
 */
export async function saveDocumentSetting(name: string, value: unknown): Promise<void> {
  const settings = Office.context.document.settings;
  const previous: unknown = settings.get(name);
  settings.set(name, value);
  const giveUpAt = Date.now() + GIVE_UP_AFTER_MILLISECONDS;
  for (;;) {
    const result = await new Promise<Office.AsyncResult<void>>((resolve) =>
      settings.saveAsync(resolve)
    );
    if (result.status === Office.AsyncResultStatus.Succeeded) return;
    if (result.error?.code !== IN_CELL_EDIT || Date.now() > giveUpAt) {
      if (previous === null || previous === undefined) settings.remove(name);
      else settings.set(name, previous);
      throw new Error(result.error?.message ?? "The add-in settings could not be saved.");
    }
    await new Promise((resolve) => setTimeout(resolve, RETRY_MILLISECONDS));
  }
}
