/** Variables of a quadratic here: every purchase model has at most four parameters. */
export const QUADRATIC_VARIABLES = 4;

/** Coefficients per quadratic: the constant, 4 linear, 4 halved squares, 6 cross products. */
export const QUADRATIC_COEFFICIENTS = 15;

/**
 * Where a quadratic's coefficient sits in its block of QUADRATIC_COEFFICIENTS: the constant at
 * (−1, −1), g_j (of z_j) at (j, −1), H_jj (of ½ z_j²) at (j, j) and H_jk (of z_j z_k) at (j, k)
 * for j < k.
 *
 * @example
 * coefficientSlot(-1, -1); // 0
 * coefficientSlot(2, -1); // 3
 * coefficientSlot(0, 0); // 5
 * coefficientSlot(2, 3); // 14
 */
export function coefficientSlot(j: number, k: number): number {
  if (j < 0) return 0;
  if (k < 0) return 1 + j;
  if (k === j) return 5 + j;
  // Cross terms follow the upper triangle row by row: (0,1), (0,2), (0,3), (1,2), (1,3), (2,3).
  return 9 + (j * (2 * QUADRATIC_VARIABLES - j - 1)) / 2 + (k - j - 1);
}

/**
 * Points of fewer than four coordinates padded with zeros to four, point-major, as
 * quadraticAtPoints reads them.
 *
 * @example
 * paddedPoints(Float64Array.of(1, 2, 3, 4), 2, 2); // Float64Array [1, 2, 0, 0, 3, 4, 0, 0]
 */
export function paddedPoints(points: Float64Array, count: number, size: number): Float64Array {
  if (size > QUADRATIC_VARIABLES) {
    throw new RangeError(`a quadratic here takes at most ${QUADRATIC_VARIABLES} variables`);
  }
  const padded = new Float64Array(count * QUADRATIC_VARIABLES);
  for (let point = 0; point < count; point++) {
    for (let index = 0; index < size; index++) {
      padded[point * QUADRATIC_VARIABLES + index] = points[point * size + index];
    }
  }
  return padded;
}

/**
 * The quadratic `index` of `coefficients` (blocks of QUADRATIC_COEFFICIENTS, see
 * coefficientSlot) at every point of `padded` (see paddedPoints) into `out`:
 * c + Σ g_j z_j + Σ ½ H_jj z_j² + Σ_(j<k) H_jk z_j z_k, grouped by z_j as
 * c + Σ_j z_j (g_j + ½ H_jj z_j + Σ_(k>j) H_jk z_k). Written out for four variables so the
 * coefficients stay in registers: the loop runs patterns × draws times.
 *
 * @example
 * // 1 + 2 z_0 + ½·4 z_0² + 3 z_0 z_1 at (1, 2):
 * const coefficients = new Float64Array(15);
 * coefficients[0] = 1; coefficients[1] = 2; coefficients[5] = 4; coefficients[9] = 3;
 * const out = new Float64Array(1);
 * quadraticAtPoints(coefficients, 0, Float64Array.of(1, 2, 0, 0), out); // out = [11]
 */
export function quadraticAtPoints(
  coefficients: Float64Array,
  index: number,
  padded: Float64Array,
  out: Float64Array
): void {
  const offset = index * QUADRATIC_COEFFICIENTS;
  const constant = coefficients[offset];
  const g0 = coefficients[offset + 1];
  const g1 = coefficients[offset + 2];
  const g2 = coefficients[offset + 3];
  const g3 = coefficients[offset + 4];
  const q00 = 0.5 * coefficients[offset + 5];
  const q11 = 0.5 * coefficients[offset + 6];
  const q22 = 0.5 * coefficients[offset + 7];
  const q33 = 0.5 * coefficients[offset + 8];
  const h01 = coefficients[offset + 9];
  const h02 = coefficients[offset + 10];
  const h03 = coefficients[offset + 11];
  const h12 = coefficients[offset + 12];
  const h13 = coefficients[offset + 13];
  const h23 = coefficients[offset + 14];
  const points = out.length;
  for (let point = 0; point < points; point++) {
    const at = point * QUADRATIC_VARIABLES;
    const z0 = padded[at];
    const z1 = padded[at + 1];
    const z2 = padded[at + 2];
    const z3 = padded[at + 3];
    out[point] =
      constant +
      z0 * (g0 + q00 * z0 + h01 * z1 + h02 * z2 + h03 * z3) +
      z1 * (g1 + q11 * z1 + h12 * z2 + h13 * z3) +
      z2 * (g2 + q22 * z2 + h23 * z3) +
      z3 * (g3 + q33 * z3);
  }
}
