import { uniqueSheetName } from "../../src/excel/uniqueSheetName";
import { uniqueTableName } from "../../src/excel/uniqueTableName";

describe("uniqueSheetName", () => {
  test("keeps a free name", () => {
    expect(uniqueSheetName("CX Summary", ["Sheet1"])).toBe("CX Summary");
  });
  test("numbers a clash, comparing case-insensitively like Excel", () => {
    expect(uniqueSheetName("CX Summary", ["cx summary", "CX Summary (2)"])).toBe("CX Summary (3)");
  });
  test("stays within 31 characters and drops characters Excel forbids", () => {
    const long = "Customer lifetime value summary: all/regions";
    const name = uniqueSheetName(long, [long.slice(0, 31)]);
    expect(name.length).toBeLessThanOrEqual(31);
    expect(name).not.toMatch(/[:\\/?*[\]]/);
    expect(uniqueSheetName("a".repeat(40), ["a".repeat(31)])).toBe(`${"a".repeat(27)} (2)`);
  });
});

describe("uniqueTableName", () => {
  test("appends the first free number", () => {
    expect(uniqueTableName("CX_Summary", ["cx_summary", "CX_Summary2"])).toBe("CX_Summary3");
    expect(uniqueTableName("CX_Summary", [])).toBe("CX_Summary");
  });
});
