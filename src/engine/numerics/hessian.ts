import { choleskyFactor, inverseFromCholesky } from "./cholesky";

/** Step of the central differences relative to max(1, |x_i|): about the cube root of machine epsilon. */
const RELATIVE_STEP = 6e-6;

/**
 * Hessian of a function from central differences of its analytic gradient,
 * H_ij ≈ (g_j(x + h_i e_i) − g_j(x − h_i e_i)) / (2 h_i), symmetrised.
 *
 * @example
 * // f(x, y) = x² y + y³ at (1, 2): H = [[2y, 2x], [2x, 6y]] = [[4, 2], [2, 12]]
 * hessianFromGradient((x, gradient) => {
 *   gradient[0] = 2 * x[0] * x[1];
 *   gradient[1] = x[0] * x[0] + 3 * x[1] * x[1];
 * }, Float64Array.of(1, 2)); // [Float64Array [4, 2], Float64Array [2, 12]] (to about 1e-9)
 */
export function hessianFromGradient(
  gradientAt: (x: Float64Array, gradient: Float64Array) => void,
  at: Float64Array
): Float64Array[] {
  const size = at.length;
  const point = Float64Array.from(at);
  const forward = new Float64Array(size);
  const backward = new Float64Array(size);
  const hessian: Float64Array[] = [];
  for (let row = 0; row < size; row++) {
    const step = RELATIVE_STEP * Math.max(1, Math.abs(at[row]));
    point[row] = at[row] + step;
    gradientAt(point, forward);
    point[row] = at[row] - step;
    gradientAt(point, backward);
    point[row] = at[row];
    const column = new Float64Array(size);
    for (let index = 0; index < size; index++) {
      column[index] = (forward[index] - backward[index]) / (2 * step);
    }
    hessian.push(column);
  }
  for (let row = 0; row < size; row++) {
    for (let column = 0; column < row; column++) {
      const average = 0.5 * (hessian[row][column] + hessian[column][row]);
      hessian[row][column] = average;
      hessian[column][row] = average;
    }
  }
  return hessian;
}

/**
 * Covariance of the estimates from the Hessian of the negative log-likelihood: its inverse (the
 * inverse of the observed information), row-major; null when the Hessian is not positive
 * definite, i.e. the point is not a proper maximum.
 *
 * @example
 * covarianceFromHessian([Float64Array.of(4, 2), Float64Array.of(2, 10)]); // Float64Array [10/36, −2/36, −2/36, 4/36]
 * covarianceFromHessian([Float64Array.of(1, 2), Float64Array.of(2, 1)]); // null
 */
export function covarianceFromHessian(
  negLogLikelihoodHessian: readonly Float64Array[]
): Float64Array | null {
  const lower = choleskyFactor(negLogLikelihoodHessian);
  return lower && inverseFromCholesky(lower);
}

/**
 * Asymptotic standard errors from the Hessian of the negative log-likelihood: the square roots
 * of the diagonal of its inverse (the observed information). All NaN when the Hessian is not
 * positive definite, i.e. the fit is not at a proper maximum.
 *
 * @example
 * standardErrors([Float64Array.of(4, 0), Float64Array.of(0, 25)]); // Float64Array [0.5, 0.2]
 * standardErrors([Float64Array.of(1, 2), Float64Array.of(2, 1)]); // Float64Array [NaN, NaN]
 */
export function standardErrors(negLogLikelihoodHessian: readonly Float64Array[]): Float64Array {
  const size = negLogLikelihoodHessian.length;
  const errors = new Float64Array(size).fill(NaN);
  const covariance = covarianceFromHessian(negLogLikelihoodHessian);
  if (!covariance) return errors;
  for (let index = 0; index < size; index++) {
    errors[index] = Math.sqrt(covariance[index * size + index]);
  }
  return errors;
}

/**
 * Standard errors of natural parameters θ = exp(u) from those of their logarithms u, by the
 * delta method: se(θ) = θ · se(ln θ).
 *
 * @example
 * naturalStandardErrors(Float64Array.of(Math.log(2)), Float64Array.of(0.1)); // Float64Array [0.2]
 */
export function naturalStandardErrors(
  logParameters: Float64Array,
  logStandardErrors: Float64Array
): Float64Array {
  const errors = new Float64Array(logParameters.length);
  for (let index = 0; index < errors.length; index++) {
    errors[index] = Math.exp(logParameters[index]) * logStandardErrors[index];
  }
  return errors;
}
