import { coefficientSlot, QUADRATIC_COEFFICIENTS, QUADRATIC_VARIABLES } from "./quadratics";

/**
 * Design step in whitened coordinates, √3: there a central difference takes a cubic term as the
 * least-squares line under standard normal z does (E z⁴ = 3 E z²), which is what quantiles read.
 */
export const DESIGN_STEP = Math.sqrt(3);

/** Points of the design for `size` variables: 1 + 2n + n(n − 1)/2. */
export function designPointCount(size: number): number {
  return 1 + 2 * size + (size * (size - 1)) / 2;
}

/**
 * The points z at which quadraticsFromDesign reads a function, point-major, `size` a point:
 * 0, then h e_j and −h e_j for j = 0..n − 1, then h (e_j + e_k) for j < k, with h = DESIGN_STEP.
 *
 * @example
 * designPoints(2); // Float64Array [0, 0, h, 0, −h, 0, 0, h, 0, −h, h, h], h = √3
 */
export function designPoints(size: number): Float64Array {
  if (size > QUADRATIC_VARIABLES) {
    throw new RangeError(`a quadratic here takes at most ${QUADRATIC_VARIABLES} variables`);
  }
  const points = new Float64Array(designPointCount(size) * size);
  for (let j = 0; j < size; j++) {
    points[(1 + 2 * j) * size + j] = DESIGN_STEP;
    points[(2 + 2 * j) * size + j] = -DESIGN_STEP;
  }
  let point = 1 + 2 * size;
  for (let j = 0; j < size; j++) {
    for (let k = j + 1; k < size; k++, point++) {
      points[point * size + j] = DESIGN_STEP;
      points[point * size + k] = DESIGN_STEP;
    }
  }
  return points;
}

/**
 * Per item, the quadratic c + g·z + ½ zᵀHz through a function's values at designPoints(size)
 * (`values[point][item]`): c the value at 0, g_j and H_jj central differences, H_jk forward mixed
 * differences; in blocks of QUADRATIC_COEFFICIENTS (quadratics' layout). Exact for a quadratic.
 *
 * @example
 * // f(z) = 1 + 2 z_0 + z_0 z_1 at the 6 points of designPoints(2), one item:
 * const values = [1, 1 + 2h, 1 − 2h, 1, 1, 1 + 2h + h²].map((value) => Float64Array.of(value));
 * quadraticsFromDesign(values, 2); // c 1, g (2, 0), H_00 = H_11 = 0, H_01 = 1
 */
export function quadraticsFromDesign(values: readonly Float64Array[], size: number): Float64Array {
  const items = values[0].length;
  const stride = QUADRATIC_COEFFICIENTS;
  const coefficients = new Float64Array(items * stride);
  const center = values[0];
  const squared = DESIGN_STEP * DESIGN_STEP;
  // Coefficient by coefficient, each a plain loop over the items (one pass per coefficient).
  const constant = coefficientSlot(-1, -1);
  for (let item = 0; item < items; item++) coefficients[item * stride + constant] = center[item];
  let point = 1 + 2 * size;
  for (let j = 0; j < size; j++) {
    const up = values[1 + 2 * j];
    const down = values[2 + 2 * j];
    const linear = coefficientSlot(j, -1);
    const square = coefficientSlot(j, j);
    for (let item = 0; item < items; item++) {
      coefficients[item * stride + linear] = (up[item] - down[item]) / (2 * DESIGN_STEP);
      coefficients[item * stride + square] = (up[item] - 2 * center[item] + down[item]) / squared;
    }
    for (let k = j + 1; k < size; k++, point++) {
      const both = values[point];
      const upK = values[1 + 2 * k];
      const cross = coefficientSlot(j, k);
      for (let item = 0; item < items; item++) {
        coefficients[item * stride + cross] =
          (both[item] - up[item] - upK[item] + center[item]) / squared;
      }
    }
  }
  return coefficients;
}
