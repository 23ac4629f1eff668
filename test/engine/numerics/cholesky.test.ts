import { choleskyFactor, inverseFromCholesky } from "../../../src/engine/numerics/cholesky";

describe("choleskyFactor and inverseFromCholesky", () => {
  it("factor [[4, 2], [2, 10]] as [[2, 0], [1, 3]] and invert it to [[10, −2], [−2, 4]] / 36", () => {
    const lower = choleskyFactor([Float64Array.of(4, 2), Float64Array.of(2, 10)]);
    expect(Array.from(lower!)).toEqual([2, 0, 1, 3]);
    const inverse = inverseFromCholesky(lower!);
    [10 / 36, -2 / 36, -2 / 36, 4 / 36].forEach((value, index) =>
      expect(inverse[index]).toBeCloseTo(value, 14)
    );
  });

  it("inverts a 3 × 3 matrix: A · A⁻¹ is the identity", () => {
    const matrix = [Float64Array.of(6, 2, 1), Float64Array.of(2, 5, 2), Float64Array.of(1, 2, 4)];
    const inverse = inverseFromCholesky(choleskyFactor(matrix)!);
    for (let row = 0; row < 3; row++) {
      for (let column = 0; column < 3; column++) {
        let sum = 0;
        for (let inner = 0; inner < 3; inner++)
          sum += matrix[row][inner] * inverse[inner * 3 + column];
        expect(sum).toBeCloseTo(row === column ? 1 : 0, 14);
      }
    }
  });

  it("refuses a matrix that is not positive definite", () => {
    expect(choleskyFactor([Float64Array.of(1, 2), Float64Array.of(2, 1)])).toBeNull();
  });
});
