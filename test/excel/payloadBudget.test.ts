import {
  payloadBudgetBytes,
  rowsPerReadBlock,
  writeBlockEnds,
} from "../../src/excel/payloadBudget";

describe("rowsPerReadBlock", () => {
  test("probes with 1000 rows before anything is measured", () => {
    expect(rowsPerReadBlock(3, 0)).toBe(1000);
  });
  test("fills the byte budget once the row size is known", () => {
    expect(rowsPerReadBlock(3, 40)).toBe(Math.floor(payloadBudgetBytes / 40));
  });
  test("never asks for more than a million cells at once", () => {
    expect(rowsPerReadBlock(100, 1)).toBe(10_000);
  });
  test("reads at least one row even when a row is larger than the budget", () => {
    expect(rowsPerReadBlock(3, payloadBudgetBytes * 4)).toBe(1);
  });
});

describe("writeBlockEnds", () => {
  test("cuts where the next row would pass the budget", () => {
    expect(writeBlockEnds([[1], [2], [3]], 8)).toEqual([2, 3]);
  });
  test("keeps every block of a large table under 5 MB of JSON", () => {
    const rows = Array.from({ length: 200_000 }, (_, index) => [
      `customer-${index}`,
      index * 1.25,
      "2024-01-01",
    ]);
    const ends = writeBlockEnds(rows);
    expect(ends[ends.length - 1]).toBe(rows.length);
    let start = 0;
    for (const end of ends) {
      expect(JSON.stringify(rows.slice(start, end)).length).toBeLessThanOrEqual(
        payloadBudgetBytes + 1
      );
      start = end;
    }
    expect(ends.length).toBeGreaterThan(1);
  });
  test("returns no blocks for no rows", () => {
    expect(writeBlockEnds([])).toEqual([]);
  });
});
