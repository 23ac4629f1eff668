import type { ColumnRole } from "../../engine/read/columnRoles";
import type { PaneStrings } from "../i18n/paneStrings";
import { PaneMessageError } from "./paneMessageError";

/**
 * Throws the pane's message naming the roles that have no column, if any.
 * @example
 * requireRoles(["end"], stringsByLanguage.en); // throws PaneMessageError "Choose a column for: End date."
 * requireRoles([], stringsByLanguage.en); // returns
 */
export function requireRoles(missing: readonly ColumnRole[], strings: PaneStrings): void {
  if (missing.length > 0)
    throw new PaneMessageError(
      strings.needRoles(missing.map((role) => strings.roles[role]).join(", "))
    );
}
