/**
 * Excel on the web rejects a request or response over 5 MB and a range read over 5 M cells.
 * We aim well below both so that JSON overhead and number formats never tip a block over.
 */
export const payloadBudgetBytes = 2 * 1024 * 1024;
export const cellBudgetPerRead = 1_000_000;

/**
 * How many rows of `columnCount` cells to read next, given the largest JSON size per row seen
 * so far (bytes). Starts small when nothing has been measured yet.
 * @example
 * rowsPerReadBlock(3, 0)    // -> 1000  (first, probing block)
 * rowsPerReadBlock(3, 40)   // -> 52428 (2 MiB / 40 bytes per row)
 */
export function rowsPerReadBlock(columnCount: number, bytesPerRow: number): number {
  const byCells = Math.floor(cellBudgetPerRead / Math.max(1, columnCount));
  if (bytesPerRow <= 0) return Math.min(1000, byCells);
  return Math.max(1, Math.min(byCells, Math.floor(payloadBudgetBytes / bytesPerRow)));
}

/**
 * Splits rows into consecutive blocks whose JSON stays under the payload budget, returning the
 * end index (exclusive) of each block.
 * @example
 * writeBlockEnds([[1], [2], [3]], 8) // -> [2, 3]  ("[1]," and "[2]," fit in 8 bytes; "[3]" starts a new block)
 */
export function writeBlockEnds(
  rows: readonly (readonly unknown[])[],
  budgetBytes = payloadBudgetBytes
): number[] {
  const ends: number[] = [];
  let bytes = 0;
  for (let index = 0; index < rows.length; index++) {
    const rowBytes = JSON.stringify(rows[index]).length + 1;
    if (bytes > 0 && bytes + rowBytes > budgetBytes) {
      ends.push(index);
      bytes = 0;
    }
    bytes += rowBytes;
  }
  if (rows.length > 0) ends.push(rows.length);
  return ends;
}
