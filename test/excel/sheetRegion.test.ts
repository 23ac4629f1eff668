import { clipToUsedRows, sheetOfAddress } from "../../src/excel/sheetRegion";

const region = (rowIndex: number, rowCount: number) => ({
  sheetName: "Orders",
  rowIndex,
  columnIndex: 0,
  rowCount,
  columnCount: 3,
});

describe("clipToUsedRows", () => {
  test("cuts a whole-column selection to the used rows", () => {
    expect(clipToUsedRows(region(0, 1_048_576), region(0, 6920))).toEqual(region(0, 6920));
  });
  test("keeps a selection inside the used range unchanged", () => {
    expect(clipToUsedRows(region(10, 5), region(0, 6920))).toEqual(region(10, 5));
  });
  test("returns null when the selection lies below the data", () => {
    expect(clipToUsedRows(region(7000, 5), region(0, 6920))).toBeNull();
  });
});

describe("sheetOfAddress", () => {
  it("reads plain and quoted sheet names", () => {
    expect(sheetOfAddress("Orders!C3")).toBe("Orders");
    expect(sheetOfAddress("'CX Customers'!A1:B5")).toBe("CX Customers");
    expect(sheetOfAddress("'Kunde''s ark'!A:C")).toBe("Kunde's ark");
    expect(sheetOfAddress("'A!B'!A1")).toBe("A!B");
    expect(sheetOfAddress("A1")).toBe("");
  });
});
