import {
  coefficientSlot,
  paddedPoints,
  QUADRATIC_COEFFICIENTS,
  quadraticAtPoints,
} from "../../../src/engine/numerics/quadratics";

describe("quadratics", () => {
  it("puts every coefficient in its own slot", () => {
    const slots = new Set([coefficientSlot(-1, -1)]);
    for (let j = 0; j < 4; j++)
      for (let k = -1; k < 4; k++) if (k < 0 || k >= j) slots.add(coefficientSlot(j, k));
    expect(slots.size).toBe(QUADRATIC_COEFFICIENTS);
    expect(Math.max(...slots)).toBe(QUADRATIC_COEFFICIENTS - 1);
  });

  it("evaluates c + g·z + ½ zᵀHz at every point, fewer variables padded with zeros", () => {
    // Two quadratics in 3 variables; the second is c = 2, g = (1, −1, 0.5), H = [[2, 1, 0], [1, 4, −2], [0, −2, 6]].
    const coefficients = new Float64Array(2 * QUADRATIC_COEFFICIENTS);
    const offset = QUADRATIC_COEFFICIENTS;
    const g = [1, -1, 0.5];
    const H = [
      [2, 1, 0],
      [1, 4, -2],
      [0, -2, 6],
    ];
    coefficients[offset + coefficientSlot(-1, -1)] = 2;
    for (let j = 0; j < 3; j++) {
      coefficients[offset + coefficientSlot(j, -1)] = g[j];
      for (let k = j; k < 3; k++) coefficients[offset + coefficientSlot(j, k)] = H[j][k];
    }
    const points = Float64Array.of(0, 0, 0, 1, 2, 3, -0.5, 0.25, 2);
    const out = new Float64Array(3);
    quadraticAtPoints(coefficients, 1, paddedPoints(points, 3, 3), out);
    for (let point = 0; point < 3; point++) {
      const z = points.subarray(3 * point, 3 * point + 3);
      let expected = 2;
      for (let j = 0; j < 3; j++) {
        expected += g[j] * z[j];
        for (let k = 0; k < 3; k++) expected += 0.5 * H[j][k] * z[j] * z[k];
      }
      expect(out[point]).toBeCloseTo(expected, 12);
    }
  });

  it("takes at most four variables", () => {
    expect(() => paddedPoints(new Float64Array(5), 1, 5)).toThrow(RangeError);
  });
});
