import { normalQuantile } from "../../../src/engine/numerics/normalQuantile";

describe("normalQuantile", () => {
  // Reference values: Python's statistics.NormalDist().inv_cdf.
  it.each([
    [1e-10, -6.361340902404056],
    [0.001, -3.090232306167813],
    [0.025, -1.9599639845400538],
    [0.05, -1.6448536269514726],
    [0.3, -0.5244005127080407],
    [0.5, 0],
    [0.95, 1.6448536269514715],
    [0.999, 3.090232306167813],
  ])("Φ⁻¹(%p) = %p", (probability, expected) => {
    expect(normalQuantile(probability)).toBeCloseTo(expected, 13);
  });

  it("is ±Infinity at 0 and 1 and NaN outside", () => {
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
    expect(normalQuantile(1.5)).toBeNaN();
  });
});
