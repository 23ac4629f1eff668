/**
 * Excel's display language tag, such as "de-DE", read from Office.js in the shared runtime;
 * undefined where Office is not loaded (Node tests) or has no context yet.
 *
 * @example
 * displayLanguage(); // "da-DK" in a Danish Excel, undefined under Jest
 */
export function displayLanguage(): string | undefined {
  try {
    return typeof Office === "undefined" ? undefined : Office.context?.displayLanguage;
  } catch {
    return undefined; // Office.context throws before Office.onReady in some hosts
  }
}
