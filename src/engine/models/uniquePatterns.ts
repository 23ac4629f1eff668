/**
 * Collapses identical rows of equally long columns (e.g. x, t_x, T) into unique patterns with
 * weights = how many rows (or how much of the given row weights) each pattern carries.
 * Likelihoods then sum once per pattern, weighted, which makes fits on a million customers
 * cost what a few thousand patterns cost. The rows are put in order by a radix sort on the
 * numbers' bits, last column first (sortedRecords): patterns come out in ascending
 * lexicographic order, and `patternOfRow` gives each input row's pattern. NaN ranks above every number and equals itself. Rows that are
 * already in strictly ascending order (unique patterns, as this returns them) are taken as they
 * are, so a caller may collapse a log's histories once and hand the patterns on.
 *
 * @example
 * uniquePatterns([Float64Array.of(1, 0, 1), Float64Array.of(5, 2, 5)]);
 * // { columns: [Float64Array [0, 1], Float64Array [2, 5]], weights: Float64Array [1, 2],
 * //   patternOfRow: Uint32Array [1, 0, 1] }
 */
export function uniquePatterns(
  columns: Float64Array[],
  weights?: Float64Array
): { columns: Float64Array[]; weights: Float64Array; patternOfRow: Uint32Array } {
  const rows = columns.length === 0 ? 0 : columns[0].length;
  if (strictlyAscending(columns, rows)) {
    // Already unique patterns (as this returns them): each row is its own pattern.
    const patternOfRow = new Uint32Array(rows);
    for (let row = 0; row < rows; row++) patternOfRow[row] = row;
    return {
      columns: columns.map((column) => column.slice()),
      weights: weights ? weights.slice() : new Float64Array(rows).fill(1),
      patternOfRow,
    };
  }
  const records = sortedRecords(columns, rows);
  const stride = 1 + 2 * columns.length;
  // Patterns are runs of equal keys in the sorted records; each takes its values back from its key.
  const patternOfRow = new Uint32Array(rows);
  const patternKeys = new Uint32Array(2 * columns.length * rows);
  const patternWeights = new Float64Array(rows);
  let patterns = 0;
  for (let index = 0; index < rows; index++) {
    const at = index * stride;
    if (index === 0 || !sameKeys(records, at - stride, at, stride)) {
      const to = (stride - 1) * patterns++;
      for (let part = 1; part < stride; part++) patternKeys[to + part - 1] = records[at + part];
    }
    const row = records[at];
    patternOfRow[row] = patterns - 1;
    patternWeights[patterns - 1] += weights ? weights[row] : 1;
  }
  const patternColumns = columns.map((_, column) =>
    valuesOfKeys(patternKeys, column, columns.length, patterns)
  );
  return {
    columns: patternColumns,
    weights: patternWeights.slice(0, patterns),
    patternOfRow,
  };
}

/**
 * Bits sorted on per pass: 16 for many rows (at most four passes a number), 8 for fewer than
 * 2^16, where clearing and summing 65,536 counts a pass would cost more than the passes saved.
 */
function digitBits(rows: number): 8 | 16 {
  return rows < 1 << 16 ? 8 : 16;
}

/**
 * The rows as records [row, then each column's 64-bit key as high word, low word], in
 * ascending lexicographic order of the keys. A key's unsigned order is the number's order (the
 * sign bit flipped for a positive number, every bit for a negative one), −0 is keyed as 0 and
 * every NaN as the largest key. The sort is a least-significant-digit radix sort, a digit
 * (digitBits) a pass from the last column's low word to the first column's high word, each pass a stable
 * counting sort that moves whole records, so every pass reads and writes memory in sequence. A
 * digit all rows share (the low words of whole numbers) takes no pass; all digits are counted
 * in one pass first. A million distinct amounts so sort in a few tenths of a second, where
 * hashing and ranking them took seconds.
 */
function sortedRecords(columns: Float64Array[], rows: number): Uint32Array {
  const stride = 1 + 2 * columns.length;
  let records = new Uint32Array(stride * rows);
  const value = new Float64Array(1);
  const words = new Uint32Array(value.buffer); // little-endian: words[1] is the high word
  for (let row = 0; row < rows; row++) {
    const at = row * stride;
    records[at] = row;
    for (let column = 0; column < columns.length; column++) {
      const number = columns[column][row];
      value[0] = number + 0; // −0 + 0 is 0
      const high = words[1];
      const negative = high >>> 31 === 1;
      const nan = number !== number;
      records[at + 1 + 2 * column] = nan ? 0xffffffff : negative ? ~high : high | 0x80000000;
      records[at + 2 + 2 * column] = nan ? 0xffffffff : negative ? ~words[0] : words[0];
    }
  }
  const wordCount = stride - 1;
  const bits = digitBits(rows);
  const mask = (1 << bits) - 1;
  const digitsPerWord = 32 / bits;
  const counts = digitCounts(records, stride, bits);
  let sorted = new Uint32Array(records.length);
  const next = new Uint32Array(1 << bits);
  for (let word = wordCount - 1; word >= 0; word--) {
    for (let digit = 0; digit < digitsPerWord; digit++) {
      const first = word * digitsPerWord + digit;
      const count = counts.subarray(first << bits, (first + 1) << bits);
      if (count.includes(rows)) continue; // every row has this digit
      let position = 0;
      for (let bucket = 0; bucket < next.length; bucket++) {
        next[bucket] = position;
        position += count[bucket] * stride;
      }
      const shift = digit * bits;
      for (let at = 0; at < records.length; at += stride) {
        const bucket = (records[at + 1 + word] >>> shift) & mask;
        const to = next[bucket];
        next[bucket] = to + stride;
        for (let part = 0; part < stride; part++) sorted[to + part] = records[at + part];
      }
      [records, sorted] = [sorted, records];
    }
  }
  return records;
}

/** How many records have each value of each digit: 2^bits counts per digit, digits in key order. */
function digitCounts(records: Uint32Array, stride: number, bits: number): Uint32Array {
  const wordCount = stride - 1;
  const digitsPerWord = 32 / bits;
  const mask = (1 << bits) - 1;
  const counts = new Uint32Array((wordCount * digitsPerWord) << bits);
  for (let at = 0; at < records.length; at += stride) {
    for (let word = 0; word < wordCount; word++) {
      const key = records[at + 1 + word];
      for (let digit = 0; digit < digitsPerWord; digit++) {
        counts[((word * digitsPerWord + digit) << bits) + ((key >>> (digit * bits)) & mask)]++;
      }
    }
  }
  return counts;
}

/** Column `column`'s numbers back from the first `count` keys (of `columnCount` columns each). */
function valuesOfKeys(
  keys: Uint32Array,
  column: number,
  columnCount: number,
  count: number
): Float64Array {
  const values = new Float64Array(count);
  const words = new Uint32Array(values.buffer);
  for (let pattern = 0; pattern < count; pattern++) {
    const at = 2 * (pattern * columnCount + column);
    const high = keys[at];
    if (high === 0xffffffff && keys[at + 1] === 0xffffffff) {
      values[pattern] = NaN;
      continue;
    }
    const positive = high >>> 31 === 1;
    words[2 * pattern + 1] = positive ? high & 0x7fffffff : ~high;
    words[2 * pattern] = positive ? keys[at + 1] : ~keys[at + 1];
  }
  return values;
}

/** Whether every row is lexicographically above the one before it (false if any value is NaN). */
function strictlyAscending(columns: Float64Array[], rows: number): boolean {
  for (let row = 1; row < rows; row++) {
    let above = false;
    for (let column = 0; column < columns.length; column++) {
      const previous = columns[column][row - 1];
      const value = columns[column][row];
      if (value > previous) {
        above = true;
        break;
      }
      if (!(value === previous)) return false;
    }
    if (!above) return false;
  }
  for (let column = 0; column < columns.length; column++) {
    if (rows > 0 && Number.isNaN(columns[column][0])) return false;
  }
  return true;
}

/** Whether the records at `left` and `right` have the same keys. */
function sameKeys(records: Uint32Array, left: number, right: number, stride: number): boolean {
  for (let part = 1; part < stride; part++) {
    if (records[left + part] !== records[right + part]) return false;
  }
  return true;
}
