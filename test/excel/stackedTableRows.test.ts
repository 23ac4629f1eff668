import { stackedTableRows } from "../../src/excel/stackedTableRows";

describe("stackedTableRows", () => {
  test("the first table starts at A1", () => {
    expect(stackedTableRows([1_048_575])).toEqual([0]);
  });
  test("each further table starts after the header, the data rows and one blank row", () => {
    // Segments (11 rows) then the 5 × 5 R × F grid: the grid's header on sheet row 14.
    expect(stackedTableRows([11, 5, 3])).toEqual([0, 13, 20]);
  });
  test("a table without data rows takes the empty data row Excel gives it", () => {
    expect(stackedTableRows([0, 5])).toEqual([0, 3]);
  });
  test("no tables, no rows", () => {
    expect(stackedTableRows([])).toEqual([]);
  });
});
