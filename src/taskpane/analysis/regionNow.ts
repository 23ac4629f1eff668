import { readRegionTop } from "../../excel/readRows";
import type { SheetRegion } from "../../excel/sheetRegion";
import { currentTableRegion } from "../../excel/tableRegion";
import type { PaneStrings } from "../i18n/paneStrings";
import { PaneMessageError } from "./paneMessageError";

/**
 * The region a run reads: the range chosen as it was chosen, or a chosen Excel table as it is
 * now, so the rows typed under the table since (which Excel makes the table's own) are read.
 * @throws PaneMessageError when the table is gone, hides its header row, or its columns are no
 * longer those the roles were chosen for.
 * @example
 * // The table Orders was chosen on A1:C2358; 52 orders have been typed under it since.
 * await regionNow({ region, header: ["Customer", "Date", "Amount"] }, stringsByLanguage.en);
 * // -> { sheetName: "Sales", rowIndex: 0, columnIndex: 0, rowCount: 2410, columnCount: 3, tableName: "Orders" }
 */
export async function regionNow(
  chosen: { readonly region: SheetRegion; readonly header: readonly string[] },
  strings: PaneStrings
): Promise<SheetRegion> {
  const { tableName } = chosen.region;
  if (tableName === undefined) return chosen.region;
  const region = await currentTableRegion(chosen.region);
  if (region === "gone") throw new PaneMessageError(strings.tableGone(tableName));
  if (region === "headerHidden") throw new PaneMessageError(strings.tableHeaderHidden(tableName));
  const [header] =
    region.columnCount === chosen.header.length ? await readRegionTop(region, 1) : [];
  if (!header || header.some((cell, column) => String(cell) !== chosen.header[column])) {
    throw new PaneMessageError(strings.tableChanged(tableName));
  }
  return region;
}
