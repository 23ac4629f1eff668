/**
 * Lower Cholesky factor L of a symmetric positive definite matrix, A = L Lᵀ, row-major in one
 * array (L[row · size + column]); null when A is not positive definite.
 *
 * @example
 * choleskyFactor([Float64Array.of(4, 2), Float64Array.of(2, 10)]); // Float64Array [2, 0, 1, 3]
 * choleskyFactor([Float64Array.of(1, 2), Float64Array.of(2, 1)]); // null
 */
export function choleskyFactor(matrix: readonly Float64Array[]): Float64Array | null {
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

/**
 * Inverse of a symmetric positive definite matrix from its Cholesky factor L (see
 * choleskyFactor): A⁻¹ = L⁻ᵀ L⁻¹, row-major.
 *
 * @example
 * inverseFromCholesky(Float64Array.of(2, 0, 1, 3)); // A = [[4, 2], [2, 10]]: Float64Array [10/36, −2/36, −2/36, 4/36]
 */
export function inverseFromCholesky(lower: Float64Array): Float64Array {
  const size = Math.round(Math.sqrt(lower.length));
  // Columns of L⁻¹ by forward substitution, then A⁻¹_ij = Σ_k (L⁻¹)_ki (L⁻¹)_kj.
  const lowerInverse = new Float64Array(size * size);
  for (let unit = 0; unit < size; unit++) {
    for (let row = unit; row < size; row++) {
      let sum = row === unit ? 1 : 0;
      for (let column = unit; column < row; column++) {
        sum -= lower[row * size + column] * lowerInverse[column * size + unit];
      }
      lowerInverse[row * size + unit] = sum / lower[row * size + row];
    }
  }
  const inverse = new Float64Array(size * size);
  for (let row = 0; row < size; row++) {
    for (let column = 0; column <= row; column++) {
      let sum = 0;
      for (let inner = row; inner < size; inner++) {
        sum += lowerInverse[inner * size + row] * lowerInverse[inner * size + column];
      }
      inverse[row * size + column] = sum;
      inverse[column * size + row] = sum;
    }
  }
  return inverse;
}
