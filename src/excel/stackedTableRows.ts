/**
 * The zero-based sheet row of each table's header when tables with these numbers of data rows are
 * stacked from row 1 down, one blank row apart. A table without data rows still takes two rows:
 * Excel gives a header-only table one empty data row.
 * @example
 * stackedTableRows([11, 5]) // -> [0, 13]: the second header sits on row 14, below 1 + 11 rows and a blank one
 * stackedTableRows([0, 5]) // -> [0, 3]
 */
export function stackedTableRows(dataRowCounts: readonly number[]): number[] {
  const startRows: number[] = [];
  let nextRow = 0;
  for (const dataRowCount of dataRowCounts) {
    startRows.push(nextRow);
    nextRow += 1 + Math.max(1, dataRowCount) + 1;
  }
  return startRows;
}
