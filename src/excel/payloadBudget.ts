/**
 * Excel on the web rejects a request or response over 5 MB and a range read over 5 M cells
 * (learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins).
 * The 5 MB are bytes on the wire, where the JSON travels as UTF-8. We aim well below both so
 * that JSON overhead and number formats never tip a block over.
 */
export const payloadBudgetBytes = 2 * 1024 * 1024;
export const cellBudgetPerBlock = 1_000_000;

/**
 * How many rows of `columnCount` cells to read or write next, given the largest JSON size per
 * row seen so far (UTF-8 bytes, see jsonBytes). Starts small when nothing has been measured yet.
 * @example
 * rowsPerBlock(3, 0)    // -> 1000  (first, probing block)
 * rowsPerBlock(3, 40)   // -> 52428 (2 MiB / 40 bytes per row)
 */
export function rowsPerBlock(columnCount: number, bytesPerRow: number): number {
  const byCells = Math.floor(cellBudgetPerBlock / Math.max(1, columnCount));
  if (bytesPerRow <= 0) return Math.min(1000, byCells);
  return Math.max(1, Math.min(byCells, Math.floor(payloadBudgetBytes / bytesPerRow)));
}

/**
 * The UTF-8 bytes of `value` as JSON, as it goes over the wire: `JSON.stringify(...).length`
 * counts UTF-16 units, a third of the bytes of a Chinese name (3 bytes a character) and half
 * of an emoji's (4 bytes for 2 units).
 * @example
 * jsonBytes(["Ana"]) // -> 7
 * jsonBytes(["王伟"]) // -> 10, where JSON.stringify(["王伟"]).length is 6
 */
export function jsonBytes(value: unknown): number {
  return utf8Bytes(JSON.stringify(value) ?? "");
}

/**
 * The UTF-8 length of a string, counted without encoding it.
 * @example
 * utf8Bytes("aé中😀") // -> 1 + 2 + 3 + 4 = 10
 */
export function utf8Bytes(text: string): number {
  let bytes = text.length;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x80) continue;
    if (code < 0x800) bytes += 1;
    else if (code >= 0xd800 && code < 0xdc00 && isLowSurrogate(text.charCodeAt(index + 1))) {
      bytes += 2; // the pair's two units make one 4-byte character
      index++;
    } else bytes += 2; // 3 bytes; a lone surrogate becomes U+FFFD, also 3
  }
  return bytes;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code < 0xe000;
}
