import { digamma, logGamma, logGammaRatio } from "../../../src/engine/numerics/logGamma";

/** Relative difference, with the absolute difference used near zero. */
function relativeError(actual: number, expected: number): number {
  return Math.abs(actual - expected) / Math.max(1, Math.abs(expected));
}

describe("logGamma", () => {
  // mpmath.loggamma at 30 digits
  it.each([
    [0.5, 0.5723649429247001],
    [1, 0],
    [1.5, -0.12078223763524522],
    [2, 0],
    [3.7, 1.428072326665388],
    [10, 12.801827480081469],
    [12.3, 18.238983407092245],
    [100.5, 361.4355404677776],
    [1e6, 12815504.569147611],
    [1e-8, 18.42068073818021],
    [0.001, 6.907178885383853],
  ])("ln Γ(%p) = %p to 1e-14", (x, expected) => {
    expect(relativeError(logGamma(x), expected)).toBeLessThan(1e-14);
  });

  it("matches ln((n−1)!) for whole numbers", () => {
    let logFactorial = 0;
    for (let n = 1; n <= 30; n++) {
      expect(relativeError(logGamma(n), logFactorial)).toBeLessThan(2e-15);
      logFactorial += Math.log(n);
    }
  });

  it("reflects for negative non-integers and is infinite at the poles", () => {
    // Γ(−0.5) = −2√π
    expect(logGamma(-0.5)).toBeCloseTo(Math.log(2 * Math.sqrt(Math.PI)), 14);
    expect(logGamma(0)).toBe(Infinity);
    expect(logGamma(-3)).toBe(Infinity);
    expect(logGamma(NaN)).toBeNaN();
  });
});

describe("digamma", () => {
  // mpmath.digamma at 30 digits
  it.each([
    [0.001, -1000.5755719318103],
    [0.5, -1.9635100260214235],
    [1, -0.5772156649015329],
    [2.5, 0.7031566406452432],
    [7, 1.8727843350984672],
    [10.5, 2.3030010342976865],
    [100, 4.600161852738087],
    [1e6, 13.815510057964191],
  ])("ψ(%p) = %p to 1e-14", (x, expected) => {
    expect(relativeError(digamma(x), expected)).toBeLessThan(1e-14);
  });

  it("is the derivative of logGamma", () => {
    const step = 1e-5;
    for (const x of [0.3, 2.2, 17]) {
      const difference = (logGamma(x + step) - logGamma(x - step)) / (2 * step);
      expect(digamma(x)).toBeCloseTo(difference, 8);
    }
  });

  it("reflects for negative non-integers and is NaN at the poles", () => {
    // ψ(−0.5) = ψ(1.5) + π cot(−π/2)... = 2 − γ − 2 ln 2 + 2 = 0.03649...
    expect(digamma(-0.5)).toBeCloseTo(0.03648997397857652, 13);
    expect(digamma(-2)).toBeNaN();
  });
});

describe("logGammaRatio", () => {
  // ln Γ(x + a) − ln Γ(x) from mpmath's loggamma at 40 digits, rounded to doubles.
  it.each([
    [8000, 100, 899.3358826659102],
    [10.5, 0.25, 0.5788470056567547],
    [1e5, 0.37, 4.25978125653848],
    [3, 2.5, 3.264666787058771],
    [25, 1e4, 82275.22125187362],
  ])("at x = %d, a = %d to 1e-14 of its size", (x, a, expected) => {
    expect(Math.abs(logGammaRatio(x, a) - expected)).toBeLessThan(1e-14 * Math.max(1, expected));
  });

  it("keeps the digits the plain difference loses at x = 8000", () => {
    const expected = 899.3358826659102;
    expect(Math.abs(logGamma(8100) - logGamma(8000) - expected)).toBeGreaterThan(1e-12);
    expect(Math.abs(logGammaRatio(8000, 100) - expected)).toBeLessThan(1e-12);
  });
});
