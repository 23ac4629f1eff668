/** The R, F and M scores of RFM codes, each 1..bins (0 for an incomplete row's code 0). */
export interface RfmScoreParts {
  recency: Uint8Array;
  frequency: Uint8Array;
  monetary: Uint8Array;
}

/**
 * Splits RFM codes 100·R + 10·F + M back into their scores. Each score is at least 1, so the
 * split holds for 10 bins too, where a 10 carries into the next digit (210 is R 1, F 10, M 10).
 *
 * @example
 * rfmScoreParts(Int32Array.of(545, 210, 0));
 * // { recency: [5, 1, 0], frequency: [4, 10, 0], monetary: [5, 10, 0] }
 */
export function rfmScoreParts(codes: Int32Array): RfmScoreParts {
  const parts: RfmScoreParts = {
    recency: new Uint8Array(codes.length),
    frequency: new Uint8Array(codes.length),
    monetary: new Uint8Array(codes.length),
  };
  for (let row = 0; row < codes.length; row++) {
    const code = codes[row];
    if (code <= 0) continue;
    const monetary = ((code - 1) % 10) + 1;
    const rest = (code - monetary) / 10;
    const frequency = ((rest - 1) % 10) + 1;
    parts.recency[row] = (rest - frequency) / 10;
    parts.frequency[row] = frequency;
    parts.monetary[row] = monetary;
  }
  return parts;
}
