import {
  acrossRemovableSingularity,
  isNearSingularity,
} from "../../../src/engine/numerics/removableSingularity";

describe("acrossRemovableSingularity", () => {
  const quotient = (x: number) => (x * x - 1) / (x - 1); // x + 1, and 0 / 0 at 1

  it("gives the smooth function's value at the point where its formula is 0 / 0", () => {
    expect(Number.isNaN(quotient(1))).toBe(true);
    expect(acrossRemovableSingularity(quotient, 1, 1)).toBeCloseTo(2, 12);
  });

  it("beats the formula's own cancellation just off the point", () => {
    // expm1(u) / u near u = 0: the formula written as (exp(u) − 1) / u loses about 1e-4 at 1e-12.
    const formula = (u: number) => (Math.exp(u) - 1) / u;
    const exact = Math.expm1(1e-12) / 1e-12;
    expect(Math.abs(formula(1e-12) / exact - 1)).toBeGreaterThan(1e-6);
    expect(acrossRemovableSingularity(formula, 1e-12, 0)).toBeCloseTo(exact, 12);
    expect(acrossRemovableSingularity(formula, -7e-4, 0)).toBeCloseTo(
      Math.expm1(-7e-4) / -7e-4,
      12
    );
  });

  it("uses the formula itself away from the point, and for NaN", () => {
    expect(acrossRemovableSingularity(quotient, 3, 1)).toBe(4);
    expect(Number.isNaN(acrossRemovableSingularity(quotient, NaN, 1))).toBe(true);
    expect([isNearSingularity(1.0009, 1), isNearSingularity(1.0011, 1)]).toEqual([true, false]);
  });
});
