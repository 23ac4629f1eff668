/**
 * A failure the user can act on, already worded in their language: the pane shows its message
 * as it is.
 * @example
 * throw new PaneMessageError(stringsByLanguage.de.needRoles("Datum")); // "Wählen Sie eine Spalte für: Datum."
 */
export class PaneMessageError extends Error {}
