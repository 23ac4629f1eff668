import { localAddress } from "../../excel/outputSheets";
import { regionAddress, type SheetRegion } from "../../excel/sheetRegion";
import type { PaneStrings } from "../i18n/paneStrings";

/**
 * How the dropdowns name each column of a selection: its header, or, where that would not tell
 * it apart, its sheet letters: "Column C" for a blank header, "Kanal (column D)" for a header
 * another column has too.
 * @example
 * columnLabels(["Kunde", "Kanal", "", "Kanal"], { sheetName: "Salg", rowIndex: 0, columnIndex: 0,
 *   rowCount: 9, columnCount: 4 }, stringsByLanguage.en)
 * // -> ["Kunde", "Kanal (column B)", "Column C", "Kanal (column D)"]
 */
export function columnLabels(
  header: readonly string[],
  region: SheetRegion,
  strings: PaneStrings
): string[] {
  const names = header.map((name) => name.trim());
  return names.map((name, column) => {
    // The header cell's address without its row: the column's letters as the sheet shows them.
    const cell = {
      ...region,
      columnIndex: region.columnIndex + column,
      rowCount: 1,
      columnCount: 1,
    };
    const letters = localAddress(regionAddress(cell)).replace(/\d+$/, "");
    if (name === "") return strings.blankColumn(letters);
    return names.indexOf(name) === names.lastIndexOf(name)
      ? header[column]
      : strings.duplicateColumn(name, letters);
  });
}
