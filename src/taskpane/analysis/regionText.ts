import { regionAddress, type SheetRegion } from "../../excel/sheetRegion";
import type { CountFormat } from "../i18n/counted";
import type { PaneStrings } from "../i18n/paneStrings";

/**
 * What Use selection found to read, under the button: the range (the region around a single
 * cell, clipped to the used range) or the Excel table, with its rows under the header.
 * @example
 * regionText({ sheetName: "Data", rowIndex: 0, columnIndex: 0, rowCount: 6920, columnCount: 3 },
 *   stringsByLanguage.en, String) // -> "Reads Data!A1:C6920: 6919 rows under the header row."
 */
export function regionText(region: SheetRegion, strings: PaneStrings, format: CountFormat): string {
  const rows = region.rowCount - 1;
  return region.tableName
    ? strings.dataTable(region.tableName, rows, format)
    : strings.dataRange(regionAddress(region), rows, format);
}
