import {
  hessianFromGradient,
  naturalStandardErrors,
  standardErrors,
} from "../../../src/engine/numerics/hessian";

describe("hessianFromGradient", () => {
  it("differentiates the gradient of x²y + y³ + e^x at (1, 2)", () => {
    // H = [[2y + e^x, 2x], [2x, 6y]]
    const hessian = hessianFromGradient(
      (x, gradient) => {
        gradient[0] = 2 * x[0] * x[1] + Math.exp(x[0]);
        gradient[1] = x[0] * x[0] + 3 * x[1] * x[1];
      },
      Float64Array.of(1, 2)
    );
    expect(hessian[0][0]).toBeCloseTo(4 + Math.E, 8);
    expect(hessian[0][1]).toBeCloseTo(2, 8);
    expect(hessian[1][0]).toBe(hessian[0][1]);
    expect(hessian[1][1]).toBeCloseTo(12, 8);
  });
});

describe("standardErrors", () => {
  it("is the square root of the diagonal of the inverse", () => {
    // [[2, 1], [1, 2]]⁻¹ = [[2, −1], [−1, 2]] / 3
    const errors = standardErrors([Float64Array.of(2, 1), Float64Array.of(1, 2)]);
    expect(errors[0]).toBeCloseTo(Math.sqrt(2 / 3), 14);
    expect(errors[1]).toBeCloseTo(Math.sqrt(2 / 3), 14);
    expect(Array.from(standardErrors([Float64Array.of(4, 0), Float64Array.of(0, 25)]))).toEqual([
      0.5, 0.2,
    ]);
  });

  it("is NaN when the Hessian is not positive definite", () => {
    const errors = standardErrors([Float64Array.of(1, 2), Float64Array.of(2, 1)]);
    expect(Array.from(errors)).toEqual([NaN, NaN]);
  });
});

describe("naturalStandardErrors", () => {
  it("applies the delta method se(θ) = θ · se(ln θ)", () => {
    const errors = naturalStandardErrors(
      Float64Array.of(Math.log(2), 0),
      Float64Array.of(0.1, 0.3)
    );
    expect(errors[0]).toBeCloseTo(0.2, 15);
    expect(errors[1]).toBeCloseTo(0.3, 15);
  });
});
