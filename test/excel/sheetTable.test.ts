import { rowsFromColumns } from "../../src/excel/sheetTable";

describe("rowsFromColumns", () => {
  const rows = rowsFromColumns([
    ["C1", "C2", "C3"],
    Float64Array.of(0.9, 0.4, 0.1),
    Int32Array.of(3, 0, 7),
  ]);

  test("builds the rows of one block from the columns", () => {
    expect(rows(1, 3)).toEqual([
      ["C2", 0.4, 0],
      ["C3", 0.1, 7],
    ]);
  });
  test("an empty block has no rows", () => {
    expect(rows(2, 2)).toEqual([]);
  });
  test("each call builds fresh arrays, so a block can be sent and dropped", () => {
    expect(rows(0, 1)).not.toBe(rows(0, 1));
    expect(rows(0, 1)).toEqual([["C1", 0.9, 3]]);
  });
});
