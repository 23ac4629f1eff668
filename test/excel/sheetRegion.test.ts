import { clipToUsedRange, regionAddress, sheetOfAddress } from "../../src/excel/sheetRegion";

const region = (rowIndex: number, rowCount: number) => ({
  sheetName: "Orders",
  rowIndex,
  columnIndex: 0,
  rowCount,
  columnCount: 3,
});

describe("clipToUsedRange", () => {
  test("cuts a whole-column selection to the used rows", () => {
    expect(clipToUsedRange(region(0, 1_048_576), region(0, 6920))).toEqual(region(0, 6920));
  });
  test("keeps a selection inside the used range unchanged", () => {
    expect(clipToUsedRange(region(10, 5), region(0, 6920))).toEqual(region(10, 5));
  });
  test("returns null when the selection lies below the data", () => {
    expect(clipToUsedRange(region(7000, 5), region(0, 6920))).toBeNull();
  });
  test("cuts whole rows (or the whole sheet) to the used columns, as 16,384 would be some 10 MB a read", () => {
    const wholeRows = { ...region(0, 301), columnCount: 16_384 };
    const used = { ...region(0, 101), columnIndex: 1, columnCount: 5 };
    expect(clipToUsedRange(wholeRows, used)).toEqual(used);
    expect(clipToUsedRange({ ...region(0, 1_048_576), columnCount: 16_384 }, used)).toEqual(used);
    expect(clipToUsedRange({ ...region(0, 50), columnIndex: 2, columnCount: 2 }, used)).toEqual({
      ...region(0, 50),
      columnIndex: 2,
      columnCount: 2,
    });
    expect(clipToUsedRange({ ...region(0, 50), columnIndex: 9, columnCount: 2 }, used)).toBeNull();
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

describe("regionAddress", () => {
  it("writes a region in A1 notation, quoting a sheet name that is not a plain word", () => {
    const at = (
      sheetName: string,
      rowIndex: number,
      columnIndex: number,
      rowCount: number,
      columnCount: number
    ) => regionAddress({ sheetName, rowIndex, columnIndex, rowCount, columnCount });
    expect(at("Spend", 0, 0, 13, 3)).toBe("Spend!A1:C13");
    expect(at("Spend 2024", 4, 25, 1, 2)).toBe("'Spend 2024'!Z5:AA5");
    expect(at("Kunde's ark", 0, 701, 1, 2)).toBe("'Kunde''s ark'!ZZ1:AAA1");
    expect(at("S", 9, 0, 1, 1)).toBe("S!A10");
    expect(sheetOfAddress(at("Kunde's ark", 0, 0, 2, 2))).toBe("Kunde's ark");
  });
});
