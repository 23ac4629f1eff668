import { readFixture } from "../fixtures/readFixture";

/** Values as a custom function receives a column: one row of one cell each. */
export function sheetColumn(values: ArrayLike<unknown>): unknown[][] {
  return Array.from(values, (value) => [value]);
}

/** The columns of a comma-separated reference data file (test/fixtures) (header row dropped) as sheet columns of numbers. */
export function csvSheetColumns(fileName: string): unknown[][][] {
  const rows = readFixture(fileName)
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((row) => row.split(",").map(Number));
  return rows[0].map((_, column) => rows.map((cells) => [cells[column]]));
}

/** The first number of a custom function's single-cell result. */
export function onlyValue(result: unknown[][]): number {
  expect(result).toHaveLength(1);
  expect(result[0]).toHaveLength(1);
  return result[0][0] as number;
}
