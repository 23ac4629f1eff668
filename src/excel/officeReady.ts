/**
 * Resolves once Office.js has initialised the add-in in its host, so the pane can start.
 * @example
 * await officeReady(); // then read the selection, the display language, …
 */
export async function officeReady(): Promise<void> {
  await Office.onReady();
}
