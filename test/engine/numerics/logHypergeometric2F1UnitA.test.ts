import {
  logHypergeometric2F1UnitA,
  type LogHypergeometricGradient,
} from "../../../src/engine/numerics/logHypergeometric2F1UnitA";

function at(b: number, c: number, z: number): LogHypergeometricGradient {
  const out = { value: NaN, b: NaN, c: NaN, z: NaN };
  logHypergeometric2F1UnitA(b, c, z, out);
  return out;
}

function relativeError(actual: number, expected: number): number {
  return Math.abs(actual - expected) / Math.abs(expected);
}

describe("logHypergeometric2F1UnitA", () => {
  it.each([
    [0.3, 1e-12],
    [0.6, 1e-12],
    [0.61, 1e-12],
    [0.9, 1e-12],
    // 1 − z exact, so that the test does not measure how rounding z moves 2F1 near 1.
    [1 - 2 ** -10, 1e-12],
    // Thousands of continued-fraction steps (the series would take millions of terms) each add
    // their rounding: about 3e-12 at 1 − z = 8e-6, 1e-11 at 1e-6.
    [1 - 2 ** -17, 5e-12],
    [1 - 2 ** -20, 2e-11],
  ])(
    "gives 2F1(1, 1; 2; z) = −ln(1 − z)/z and 2F1(1, 1/2; 3/2; z) = atanh(√z)/√z at z = %p",
    (z, tolerance) => {
      expect(Math.abs(at(1, 2, z).value - Math.log(-Math.log1p(-z) / z))).toBeLessThan(tolerance);
      // atanh √z = ln(1 + √z) − ln(1 − z)/2, which needs no 1 − √z.
      const root = Math.sqrt(z);
      const atanhRoot = Math.log1p(root) - Math.log1p(-z) / 2;
      expect(Math.abs(at(0.5, 1.5, z).value - Math.log(atanhRoot / root))).toBeLessThan(tolerance);
    }
  );

  it("gives 2F1(1, b; b; z) = 1/(1 − z), where the series would need thousands of terms", () => {
    // c − b = 1e-7, the Pareto/NBD likelihood's s near its no-dropout edge: 1/(1 − z) up to 1e-7.
    expect(Math.abs(at(800, 800 + 1e-7, 0.974).value + Math.log(0.026))).toBeLessThan(1e-7);
  });

  // mpmath 1.3 at 40 digits: log(hyp2f1(1, b, c, z)) and its derivatives by mpmath.diff
  it.each([
    [
      0.553, 2.159, 0.3, 0.08692706582698215, 0.15992747416639308, -0.043323027979945285,
      0.3305059239389629,
    ],
    [2, 3, 0.8, 0.9280190757216472, 0.6000550222504689, -0.43954319767074296, 2.441700825417733],
    [
      800, 800.0000001, 0.974, 3.649658736478934, 0.044817216780301705, -0.04481721677493055,
      38.46153829186887,
    ],
    [
      30, 30.5, 0.99, 4.0541444240583795, 0.9949174067532436, -0.9856466911024776,
      71.90246376999795,
    ],
    [
      5, 50, 0.99, 0.10646885715734114, 0.022468057579399174, -0.0022921144525709625,
      0.11608247954184342,
    ],
    [
      0.6, 5.6, 0.999, 0.1395620819958068, 0.24960041832611451, -0.03254214829048812,
      0.19972113220475968,
    ],
    [
      1.5, 2.5, 0.9999, 2.5569917484664817, 4.339589208574898, -3.7815507535980193,
      1161.6808083696435,
    ],
  ])(
    "ln 2F1(1, %p; %p; %p) = %p with derivatives %p, %p, %p in b, c, z",
    (b, c, z, value, derivativeB, derivativeC, derivativeZ) => {
      const result = at(b, c, z);
      // ln 2F1 to 1e-12 absolute is 2F1 to 1e-12 relative.
      expect(Math.abs(result.value - value)).toBeLessThan(1e-12);
      expect(relativeError(result.b, derivativeB)).toBeLessThan(1e-10);
      expect(relativeError(result.c, derivativeC)).toBeLessThan(1e-10);
      expect(relativeError(result.z, derivativeZ)).toBeLessThan(1e-9);
    }
  );

  it.each([
    [0.7, 1.9, 0.45],
    [0.7, 1.9, 0.95],
    [120, 121.5, 0.9],
  ])("has derivatives that agree with central differences at (%p, %p, %p)", (b, c, z) => {
    const result = at(b, c, z);
    const step = 1e-6;
    const difference = (shifted: (h: number) => number): number =>
      (shifted(step) - shifted(-step)) / (2 * step);
    expect(
      relativeError(
        result.b,
        difference((h) => at(b + h, c, z).value)
      )
    ).toBeLessThan(1e-6);
    expect(
      relativeError(
        result.c,
        difference((h) => at(b, c + h, z).value)
      )
    ).toBeLessThan(1e-6);
    expect(
      relativeError(
        result.z,
        difference((h) => at(b, c, z + h).value)
      )
    ).toBeLessThan(1e-6);
  });

  it("is continuous where the power series hands over to the continued fraction", () => {
    const below = at(1.3, 2.2, 0.6);
    const above = at(1.3, 2.2, 0.6 + 1e-12);
    expect(Math.abs(above.value - below.value)).toBeLessThan(1e-11);
    expect(relativeError(above.b, below.b)).toBeLessThan(1e-11);
    expect(relativeError(above.z, below.z)).toBeLessThan(1e-10);
  });
});
