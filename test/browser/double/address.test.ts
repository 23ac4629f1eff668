import {
  columnIndex,
  columnLetters,
  formatAddress,
  parseAddress,
  qualifiedAddress,
  referenceSheetName,
} from "./address";

describe("A1 addresses", () => {
  test.each([
    ["A1", { row: 0, column: 0, rowCount: 1, columnCount: 1 }],
    ["B2:D10", { row: 1, column: 1, rowCount: 9, columnCount: 3 }],
    ["$B$2:$D$10", { row: 1, column: 1, rowCount: 9, columnCount: 3 }],
    ["d10:b2", { row: 1, column: 1, rowCount: 9, columnCount: 3 }],
    ["A:C", { row: 0, column: 0, rowCount: 1_048_576, columnCount: 3 }],
    ["3:5", { row: 2, column: 0, rowCount: 3, columnCount: 16_384 }],
    ["XFD1048576", { row: 1_048_575, column: 16_383, rowCount: 1, columnCount: 1 }],
  ])("%s covers the cells Excel means", (address, rectangle) => {
    expect(parseAddress(address)).toEqual({ sheetName: undefined, rectangle });
  });

  test("a sheet prefix is split off, quoted or not", () => {
    expect(parseAddress("'Sheet 1'!A1:B2").sheetName).toBe("Sheet 1");
    expect(parseAddress("'It''s'!A1").sheetName).toBe("It's");
    expect(parseAddress("Data!C3").sheetName).toBe("Data");
  });

  test.each(["", "A0", "XFE1", "A1048577", "A1:B2:C3", "1", "A", "A1,B2", "!A1", "Name"])(
    "%p is refused with InvalidArgument",
    (address) => {
      expect(() => parseAddress(address)).toThrow(
        expect.objectContaining({ code: "InvalidArgument" })
      );
    }
  );

  test("columns convert both ways up to XFD", () => {
    expect([0, 25, 26, 701, 702, 16_383].map(columnLetters)).toEqual([
      "A",
      "Z",
      "AA",
      "ZZ",
      "AAA",
      "XFD",
    ]);
    expect(["A", "z", "AA", "XFD"].map(columnIndex)).toEqual([0, 25, 26, 16_383]);
  });

  test("addresses are formatted the way Range.address reports them", () => {
    expect(formatAddress({ row: 0, column: 0, rowCount: 3, columnCount: 3 })).toBe("A1:C3");
    expect(formatAddress({ row: 4, column: 27, rowCount: 1, columnCount: 1 })).toBe("AB5");
    expect(formatAddress({ row: 0, column: 1, rowCount: 1_048_576, columnCount: 2 })).toBe("B:C");
    expect(formatAddress({ row: 2, column: 0, rowCount: 3, columnCount: 16_384 })).toBe("3:5");
    expect(qualifiedAddress("Q1 Sales", { row: 0, column: 0, rowCount: 2, columnCount: 2 })).toBe(
      "'Q1 Sales'!A1:B2"
    );
  });

  test("sheet names are quoted when Excel quotes them", () => {
    expect(
      ["Sheet1", "Data_2024", "Q1 Sales", "It's", "A1", "2024", "R1C1", "Kunder-Ø"].map(
        referenceSheetName
      )
    ).toEqual([
      "Sheet1",
      "Data_2024",
      "'Q1 Sales'",
      "'It''s'",
      "'A1'",
      "'2024'",
      "'R1C1'",
      "'Kunder-Ø'",
    ]);
  });
});
