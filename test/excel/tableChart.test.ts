import { chartPlacement } from "../../src/excel/tableChart";

describe("chartPlacement", () => {
  test("the first chart starts on row 2, one empty column right of the table", () => {
    expect(chartPlacement(3, 0)).toEqual({ row: 1, column: 4, rowCount: 18, columnCount: 8 });
  });
  test("later charts stack below with one empty row between them", () => {
    const first = chartPlacement(5, 0);
    const second = chartPlacement(5, 1);
    expect(second.row).toBe(first.row + first.rowCount + 1);
    expect(second.column).toBe(6);
  });
});
