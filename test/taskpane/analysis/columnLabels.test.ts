import { columnLabels } from "../../../src/taskpane/analysis/columnLabels";
import { stringsByLanguage } from "../../../src/taskpane/i18n/stringsByLanguage";

/** A selection of `columnCount` columns from `columnIndex` (0 is A) on the sheet Salg. */
const region = (columnIndex: number, columnCount: number) => ({
  sheetName: "Salg",
  rowIndex: 4,
  columnIndex,
  rowCount: 10,
  columnCount,
});

describe("columnLabels", () => {
  it("names a column by its header while no other column has it", () => {
    expect(columnLabels(["Kunde", "Dato", "Beløb"], region(0, 3), stringsByLanguage.da)).toEqual([
      "Kunde",
      "Dato",
      "Beløb",
    ]);
  });

  it("names blank and repeated headers by the letters of their sheet columns", () => {
    // Columns Y, Z, AA and AB: the letters run on past Z, the header row (5) dropped.
    expect(
      columnLabels(["Kanal", " ", "kanal", "Kanal "], region(24, 4), stringsByLanguage.da)
    ).toEqual(["Kanal (kolonne Y)", "Kolonne Z", "kanal", "Kanal (kolonne AB)"]);
    expect(columnLabels(["", ""], region(2, 2), stringsByLanguage.de)).toEqual([
      "Spalte C",
      "Spalte D",
    ]);
  });
});
