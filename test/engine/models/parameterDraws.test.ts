import { logParamsAt, parameterDraws } from "../../../src/engine/models/parameterDraws";

describe("parameterDraws", () => {
  it("draws ln θ̂ + L z with L L' the covariance, and logParamsAt maps other points the same way", () => {
    // C = [[0.04, 0.01], [0.01, 0.02]]: L = [[0.2, 0], [0.05, √0.0175]].
    const covariance = Float64Array.of(0.04, 0.01, 0.01, 0.02);
    const draws = parameterDraws([2, 5], covariance, 3, 7);
    expect(draws.lower[0]).toBeCloseTo(0.2, 15);
    expect(draws.lower[2]).toBeCloseTo(0.05, 15);
    expect(draws.lower[3]).toBeCloseTo(Math.sqrt(0.0175), 15);
    for (let draw = 0; draw < 3; draw++) {
      const [z0, z1] = draws.standard.subarray(2 * draw, 2 * draw + 2);
      expect(draws.logParams[2 * draw]).toBeCloseTo(Math.log(2) + 0.2 * z0, 14);
      expect(draws.logParams[2 * draw + 1]).toBeCloseTo(
        Math.log(5) + 0.05 * z0 + Math.sqrt(0.0175) * z1,
        14
      );
    }
    const atPoints = logParamsAt([2, 5], draws.lower, Float64Array.of(1, 0, 0, -1), 2);
    expect(Array.from(atPoints)).toEqual([
      Math.log(2) + 0.2,
      Math.log(5) + draws.lower[2],
      Math.log(2),
      Math.log(5) - draws.lower[3],
    ]);
  });
});
