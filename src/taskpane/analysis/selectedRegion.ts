import { resolveDataRegion } from "../../excel/readRows";
import { MultipleAreasSelected } from "../../excel/selection";
import type { SheetRegion } from "../../excel/sheetRegion";
import { TableHeaderHidden } from "../../excel/tableRegion";
import type { PaneStrings } from "../i18n/paneStrings";
import { PaneMessageError } from "./paneMessageError";

/**
 * The region the user's selection means (resolveDataRegion: an Excel table, the selected range
 * or the current region around one cell), for the log and the marketing spend alike.
 * @throws PaneMessageError, in the user's language, when several areas are selected, when the
 * selection lies in a table that hides its header row, or when there is no header and data row.
 * @example
 * await selectedRegion(stringsByLanguage.en);
 * // -> { sheetName: "Orders", rowIndex: 0, columnIndex: 0, rowCount: 6920, columnCount: 3 }
 */
export async function selectedRegion(strings: PaneStrings): Promise<SheetRegion> {
  const region = await resolveDataRegion().catch((error: unknown) => {
    if (error instanceof MultipleAreasSelected) throw new PaneMessageError(strings.selectOneRange);
    if (error instanceof TableHeaderHidden)
      throw new PaneMessageError(strings.selectedTableHeaderHidden(error.tableName));
    throw error;
  });
  if (!region || region.rowCount < 2) throw new PaneMessageError(strings.errorNoData);
  return region;
}
