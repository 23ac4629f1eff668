import { coefficientSlot, QUADRATIC_COEFFICIENTS, QUADRATIC_VARIABLES } from "./quadratics";

/** Scratch for one quadratic's g and full H, reused across calls: they run once per customer. */
const GRADIENT = new Float64Array(QUADRATIC_VARIABLES);
const HESSIAN = new Float64Array(QUADRATIC_VARIABLES * QUADRATIC_VARIABLES);
/** coefficientSlot(min(j, k), max(j, k)) at j · QUADRATIC_VARIABLES + k. */
const HESSIAN_SLOTS = Int32Array.from({ length: QUADRATIC_VARIABLES ** 2 }, (_, at) => {
  const j = Math.floor(at / QUADRATIC_VARIABLES);
  const k = at % QUADRATIC_VARIABLES;
  return coefficientSlot(Math.min(j, k), Math.max(j, k));
});

/**
 * Adds the first three cumulants of q(z) = c + g·z + ½ zᵀHz, z standard normal in `size`
 * variables (quadratic `index` of `coefficients`, quadratics' layout), to `cumulants` at
 * `offset`: mean c + ½ tr H, variance g·g + ½ tr H², third cumulant 3 gᵀHg + tr H³ (the cumulants
 * of a quadratic form zᵀAz + bᵀz in normals, Mathai & Provost 1992, with A = H/2 and b = g). The cumulants of a sum of quadratics in independent
 * variables are the sums, so one call per part.
 *
 * @example
 * // q = z_0 + ½ z_0²: mean 0.5, variance 1 + 0.5, third cumulant 3 + 1
 * const coefficients = new Float64Array(15);
 * coefficients[1] = 1; coefficients[5] = 1;
 * const cumulants = new Float64Array(3);
 * addQuadraticCumulants(coefficients, 0, 1, cumulants, 0); // [0.5, 1.5, 4]
 */
export function addQuadraticCumulants(
  coefficients: Float64Array,
  index: number,
  size: number,
  cumulants: Float64Array,
  offset: number
): void {
  const block = index * QUADRATIC_COEFFICIENTS;
  const g = GRADIENT;
  const H = HESSIAN;
  for (let j = 0; j < size; j++) {
    g[j] = coefficients[block + coefficientSlot(j, -1)];
    for (let k = 0; k < size; k++) {
      H[j * size + k] = coefficients[block + HESSIAN_SLOTS[j * QUADRATIC_VARIABLES + k]];
    }
  }
  let trace = 0;
  let gg = 0;
  let gHg = 0;
  let traceSquare = 0;
  let traceCube = 0;
  for (let j = 0; j < size; j++) {
    trace += H[j * size + j];
    gg += g[j] * g[j];
    for (let k = 0; k < size; k++) {
      const Hjk = H[j * size + k];
      gHg += g[j] * Hjk * g[k];
      traceSquare += Hjk * Hjk;
      for (let l = 0; l < size; l++) traceCube += Hjk * H[k * size + l] * H[l * size + j];
    }
  }
  cumulants[offset] += coefficients[block + coefficientSlot(-1, -1)] + trace / 2;
  cumulants[offset + 1] += gg + traceSquare / 2;
  cumulants[offset + 2] += 3 * gHg + traceCube;
}

/**
 * The Cornish-Fisher quantile from a mean, variance and third cumulant (`cumulants` at
 * `offset`) at the standard normal quantile `normal`: mean + sd (u + (u² − 1) γ₁ / 6), γ₁ the
 * skewness (Cornish & Fisher 1937, to the first correction).
 *
 * @example
 * cornishFisherQuantile(Float64Array.of(1, 4, 0), 0, 1.6448536); // 1 + 2 · 1.645 = 4.29
 */
export function cornishFisherQuantile(
  cumulants: Float64Array,
  offset: number,
  normal: number
): number {
  const sd = Math.sqrt(cumulants[offset + 1]);
  const skewness = sd > 0 ? cumulants[offset + 2] / (sd * sd * sd) : 0;
  return cumulants[offset] + sd * (normal + ((normal * normal - 1) * skewness) / 6);
}
