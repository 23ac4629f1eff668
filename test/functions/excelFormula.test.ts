import { CustomFunctionsError, thrownBy } from "./customFunctionsStub";
import { averageOrderValue } from "../../src/engine/formulas/orderKpis";
import { excelFormula } from "../../src/functions/excelFormula";

const withDefault = (value: number, scale = 10) => value * scale;

describe("excelFormula", () => {
  const aovCells = excelFormula(averageOrderValue, ["revenue", "orders"]);
  const scaled = excelFormula(withDefault, ["value"], ["scale"]);

  it("computes each cell and gives a bad cell its own error", () => {
    expect(aovCells([[10000], [900], ["x"]], [[200], [0], [3]])).toEqual([
      [50],
      [new CustomFunctionsError("#DIV/0!")],
      [new CustomFunctionsError("#VALUE!", 'revenue: "x" is not a number')],
    ]);
  });

  it("passes undefined for an optional argument left out, so the formula's default applies", () => {
    expect(scaled([[2], [3]], undefined)).toEqual([[20], [30]]);
    expect(scaled([[2], [3]], null)).toEqual([[20], [30]]);
    // A single blank cell is the argument left out (isOmitted).
    expect(scaled([[2], [3]], [[null]])).toEqual([[20], [30]]);
    expect(scaled([[2], [3]], [[""]])).toEqual([[20], [30]]);
  });

  it("gives a blank cell in a range given for an optional argument #VALUE!, not the default", () => {
    expect(scaled([[2], [3], [4]], [[5], [""], [null]])).toEqual([
      [10],
      [
        new CustomFunctionsError(
          "#VALUE!",
          "scale: the cell is blank; fill every cell of the range, or leave scale out for its default"
        ),
      ],
      [
        new CustomFunctionsError(
          "#VALUE!",
          "scale: the cell is blank; fill every cell of the range, or leave scale out for its default"
        ),
      ],
    ]);
    expect(scaled([[2], [3]], [[5, null]])).toEqual([
      [10, new CustomFunctionsError("#VALUE!", expect.stringMatching(/^scale: the cell is blank/))],
      [15, new CustomFunctionsError("#VALUE!", expect.stringMatching(/^scale: the cell is blank/))],
    ]);
  });

  it("drops blank rows at the bottom of whole columns", () => {
    const revenue = [[100], [300], ...Array.from({ length: 5000 }, () => [null])];
    const orders = [[4], [6], ...Array.from({ length: 5000 }, () => [""])];
    expect(aovCells(revenue, orders)).toEqual([[25], [50]]);
  });

  it("makes a result Excel cannot show #NUM!", () => {
    expect(aovCells([[1e308]], [[1e-10]])).toEqual([[new CustomFunctionsError("#NUM!")]]);
  });

  it("throws #N/A for blank columns and an empty range", () => {
    expect(thrownBy(() => aovCells([[null], [null]], [[1]]))).toEqual(
      new CustomFunctionsError("#N/A", "revenue: no data: the ranges are blank")
    );
    expect(thrownBy(() => aovCells([], [[1]]))).toEqual(
      new CustomFunctionsError("#N/A", "revenue: the range is empty")
    );
  });
});
