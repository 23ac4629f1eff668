import { overlaps } from "../../src/excel/placedRange";

const range = (rowIndex: number, columnIndex: number, rowCount: number, columnCount: number) => ({
  rowIndex,
  columnIndex,
  rowCount,
  columnCount,
});

describe("overlaps", () => {
  test("two ranges sharing one cell overlap, either way round", () => {
    // A1:B3 and B3:F7 share B3.
    expect(overlaps(range(0, 0, 3, 2), range(2, 1, 5, 5))).toBe(true);
    expect(overlaps(range(2, 1, 5, 5), range(0, 0, 3, 2))).toBe(true);
  });

  test("ranges that only touch, by a row or a column, do not", () => {
    expect(overlaps(range(0, 0, 3, 2), range(3, 0, 1, 2))).toBe(false); // A4:B4, the row below
    expect(overlaps(range(0, 0, 3, 2), range(0, 2, 3, 1))).toBe(false); // C1:C3, the column beside
  });

  test("a range inside another overlaps it", () => {
    expect(overlaps(range(1, 1, 1, 1), range(0, 0, 10, 3))).toBe(true);
  });
});
