import { minimize } from "../../../src/engine/numerics/minimize";

/** Rosenbrock's banana valley, minimum 0 at (1, 1). */
function rosenbrock(x: Float64Array, gradient: Float64Array): number {
  const [u, v] = x;
  gradient[0] = -2 * (1 - u) - 400 * u * (v - u * u);
  gradient[1] = 200 * (v - u * u);
  return (1 - u) ** 2 + 100 * (v - u * u) ** 2;
}

describe("minimize (BFGS)", () => {
  it("finds the minimum of a quadratic", () => {
    const result = minimize(
      (x, gradient) => {
        gradient[0] = 2 * (x[0] - 3);
        gradient[1] = 20 * (x[1] + 1);
        return (x[0] - 3) ** 2 + 10 * (x[1] + 1) ** 2;
      },
      [0, 0]
    );
    expect(result.converged).toBe(true);
    expect(result.x[0]).toBeCloseTo(3, 8);
    expect(result.x[1]).toBeCloseTo(-1, 8);
  });

  it("follows Rosenbrock's valley from (−1.2, 1) to (1, 1)", () => {
    const result = minimize(rosenbrock, [-1.2, 1]);
    expect(result.converged).toBe(true);
    expect(result.x[0]).toBeCloseTo(1, 6);
    expect(result.x[1]).toBeCloseTo(1, 6);
    expect(result.iterations).toBeLessThan(100);
  });

  it("steps back from points where the objective is infinite or NaN", () => {
    // −ln x − ln(1 − x) on (0, 1): minimum at ½; outside the interval the logarithms are NaN.
    const result = minimize(
      (x, gradient) => {
        gradient[0] = -1 / x[0] + 1 / (1 - x[0]);
        return -Math.log(x[0]) - Math.log(1 - x[0]);
      },
      [0.001]
    );
    expect(result.converged).toBe(true);
    expect(result.x[0]).toBeCloseTo(0.5, 8);
  });

  it("reports a function without a minimum as not converged", () => {
    const result = minimize(
      (x, gradient) => {
        gradient[0] = -Math.exp(-x[0]) - 1;
        return Math.exp(-x[0]) - x[0];
      },
      [0],
      { maxIterations: 50 }
    );
    expect(result.converged).toBe(false);
    expect(result.message).toMatch(/iteration limit|no lower value/);
  });

  it("reports a start where the objective is not finite", () => {
    const result = minimize(
      (_x, gradient) => {
        gradient[0] = 0;
        return NaN;
      },
      [1]
    );
    expect(result.converged).toBe(false);
    expect(result.iterations).toBe(0);
  });

  it("stops unconverged at the first accepted point stopWhen refuses, and only there", () => {
    const visited: number[] = [];
    const result = minimize(rosenbrock, [-1.2, 1], {
      stopWhen: (x) => {
        visited.push(x[0]);
        return x[0] > 0;
      },
    });
    expect(result.converged).toBe(false);
    expect(result.message).toBe("stopped by stopWhen");
    expect(result.x[0]).toBeGreaterThan(0);
    expect(result.x[0]).toBeLessThan(1);
    expect(visited).toHaveLength(result.iterations);
    expect(visited.slice(0, -1).every((u) => u <= 0)).toBe(true);
  });

  it("counts as converged a stall where its quasi-Newton model promises less than the value resolves", () => {
    // A ridge, stiff across x − y and flat along it, at a value of 10⁶ whose gradient is off by
    // 0.05 (as rounding leaves a sum over a million customers): no step lowers the value, and
    // the identity's ½ gᵀg (1e-3) would call that a failure; the BFGS model's ½ gᵀH⁻¹g does not.
    const result = minimize(
      (x, gradient) => {
        const across = x[0] - x[1];
        const along = x[0] + x[1] - 2;
        gradient[0] = 2e4 * across + 2e-2 * along + 0.05;
        gradient[1] = -2e4 * across + 2e-2 * along;
        return 1e6 + 1e4 * across * across + 1e-2 * along * along;
      },
      [3, -1],
      { gradientTolerance: 1e-8 }
    );
    expect(result.converged).toBe(true);
    expect(result.message).toBe("no further improvement within floating-point resolution");
    expect(result.x[0]).toBeCloseTo(1, 4);
    expect(result.x[1]).toBeCloseTo(1, 4);
  });
});
