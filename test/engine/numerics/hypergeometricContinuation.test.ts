import { hypergeometricContinuation } from "../../../src/engine/numerics/hypergeometricContinuation";

describe("hypergeometricContinuation", () => {
  it("carries 2F1(1, 1; 2; z) = −ln(1 − z)/z from z = ½ to 1 − 1e-12", () => {
    const atHalf = 2 * Math.LN2;
    // F'/F at ½ of −ln(1 − z)/z: (z/(1 − z) + ln(1 − z))/(z² F) = 2/ln 2 − 2.
    const result = hypergeometricContinuation(1, 1, 2, 0.5, 2 / Math.LN2 - 2, 1e-12);
    const expected = Math.log(-Math.log(1e-12) / (1 - 1e-12) / atHalf);
    expect(result.sign).toBe(1);
    expect(Math.abs(result.logAbs - expected) / expected).toBeLessThan(1e-14);
  });

  it("carries 2F1(a, b; b; z) = (1 − z)^−a, whose log-derivative is a/(1 − z)", () => {
    const [a, b] = [2.5, 0.7];
    const result = hypergeometricContinuation(a, b, b, 0.1, a / 0.1, 1e-9);
    const expected = a * Math.log(0.1 / 1e-9);
    expect(Math.abs(result.logAbs - expected) / expected).toBeLessThan(1e-14);
  });

  it("carries any solution of the equation, here 1/z = z^(1 − c) at a = b = 1, c = 2", () => {
    const result = hypergeometricContinuation(1, 1, 2, 0.5, -2, 1e-6);
    expect(result.logAbs).toBeCloseTo(Math.log(0.5 / (1 - 1e-6)), 14);
  });

  it("keeps track of the sign of a solution that changes sign on the way", () => {
    // 2F1(−1, 1; 0.95; z) = 1 − z/0.95, zero at 0.95; F'/F = −1/(0.95 − z) = −20 at z = 0.9.
    const result = hypergeometricContinuation(-1, 1, 0.95, 0.1, -20, 1e-3);
    expect(result.sign).toBe(-1);
    expect(result.logAbs).toBeCloseTo(Math.log((0.999 - 0.95) / (0.95 - 0.9)), 13);
  });

  it("is NaN rather than a guess when it cannot get there in its steps", () => {
    // Steps shrink like z/((1 − z)|c − 1|) of the distance: far too many for c = 1e9.
    expect(hypergeometricContinuation(1, 1, 1e9, 0.5, 0, 1e-3).logAbs).toBeNaN();
  });
});
