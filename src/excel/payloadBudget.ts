/**
 * Excel on the web rejects a request or response over 5 MB and a range read over 5 M cells.
 * We aim well below both so that JSON overhead and number formats never tip a block over.
 */
export const payloadBudgetBytes = 2 * 1024 * 1024;
export const cellBudgetPerBlock = 1_000_000;

/**
 * How many rows of `columnCount` cells to read or write next, given the largest JSON size per
 * row seen so far (bytes). Starts small when nothing has been measured yet.
 * @example
 * rowsPerBlock(3, 0)    // -> 1000  (first, probing block)
 * rowsPerBlock(3, 40)   // -> 52428 (2 MiB / 40 bytes per row)
 */
export function rowsPerBlock(columnCount: number, bytesPerRow: number): number {
  const byCells = Math.floor(cellBudgetPerBlock / Math.max(1, columnCount));
  if (bytesPerRow <= 0) return Math.min(1000, byCells);
  return Math.max(1, Math.min(byCells, Math.floor(payloadBudgetBytes / bytesPerRow)));
}
