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

/**
 * Stores a JSON-serialisable value in the workbook's add-in settings and saves them into the
 * document; rejects with Office's message when the save fails, after putting the previous value
 * back in the in-memory copy, so that a later save of another setting does not write it after all.
 * @example
 * await saveDocumentSetting("cxCustomerValue.outputSheets", [{ id: "{…}", name: "CX Summary" }]);
 */
export function saveDocumentSetting(name: string, value: unknown): Promise<void> {
  const settings = Office.context.document.settings;
  const previous: unknown = settings.get(name);
  settings.set(name, value);
  return new Promise((resolve, reject) =>
    settings.saveAsync((result) => {
      if (result.status === Office.AsyncResultStatus.Succeeded) return resolve();
      if (previous === null || previous === undefined) settings.remove(name);
      else settings.set(name, previous);
      reject(new Error(result.error?.message ?? "The add-in settings could not be saved."));
    })
  );
}
