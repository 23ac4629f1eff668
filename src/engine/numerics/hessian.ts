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
 * Asymptotic standard errors from the Hessian of the negative log-likelihood: the square roots
 * of the diagonal of its inverse (the observed information). All NaN when the Hessian is not
 * positive definite, i.e. the fit is not at a proper maximum.
 *
 * @example
 * standardErrors([Float64Array.of(4, 0), Float64Array.of(0, 25)]); // Float64Array [0.5, 0.2]
 * standardErrors([Float64Array.of(1, 2), Float64Array.of(2, 1)]); // Float64Array [NaN, NaN]
 */
export function standardErrors(negLogLikelihoodHessian: Float64Array[]): Float64Array {
  const size = negLogLikelihoodHessian.length;
  const errors = new Float64Array(size).fill(NaN);
  const lower = cholesky(negLogLikelihoodHessian);
  if (!lower) return errors;
  // diag(H⁻¹)_i = ‖L⁻¹ e_i‖², solving L v = e_i by forward substitution.
  const solution = new Float64Array(size);
  for (let unit = 0; unit < size; unit++) {
    let squaredNorm = 0;
    for (let row = 0; row < size; row++) {
      let sum = row === unit ? 1 : 0;
      for (let column = 0; column < row; column++)
        sum -= lower[row * size + column] * solution[column];
      solution[row] = sum / lower[row * size + row];
      squaredNorm += solution[row] * solution[row];
    }
    errors[unit] = Math.sqrt(squaredNorm);
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

/** Lower Cholesky factor of a symmetric matrix (row-major), or null when not positive definite. */
function cholesky(matrix: Float64Array[]): Float64Array | null {
  const size = matrix.length;
  const lower = new Float64Array(size * size);
  for (let row = 0; row < size; row++) {
    for (let column = 0; column <= row; column++) {
      let sum = matrix[row][column];
      for (let inner = 0; inner < column; inner++) {
        sum -= lower[row * size + inner] * lower[column * size + inner];
      }
      if (row === column) {
        if (!(sum > 0)) return null;
        lower[row * size + row] = Math.sqrt(sum);
      } else {
        lower[row * size + column] = sum / lower[column * size + column];
      }
    }
  }
  return lower;
}
