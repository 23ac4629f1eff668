import {
  hypergeometric2F1,
  logHypergeometric2F1,
} from "../../../src/engine/numerics/hypergeometric2F1";

function relativeError(actual: number, expected: number): number {
  return Math.abs(actual - expected) / Math.abs(expected);
}

describe("hypergeometric2F1", () => {
  it.each([-20, -1, -0.5, 0.1, 0.5, 0.9, 0.99])("2F1(1, 1; 2; z) = −ln(1−z)/z at z = %p", (z) => {
    expect(relativeError(hypergeometric2F1(1, 1, 2, z), -Math.log1p(-z) / z)).toBeLessThan(1e-13);
  });

  it.each([
    [2.5, 0.7, -3],
    [0.3, 4, 0.95],
    [7, 1.2, -0.2],
  ])("2F1(a, b; b; z) = (1−z)^−a for a = %p, b = %p, z = %p", (a, b, z) => {
    expect(relativeError(hypergeometric2F1(a, b, b, z), Math.pow(1 - z, -a))).toBeLessThan(1e-13);
  });

  it("is 1 at z = 0 and a polynomial when a is a negative whole number", () => {
    expect(hypergeometric2F1(3, 4, 5, 0)).toBe(1);
    // 2F1(−3, 0.5; 2; z) = 1 − 3/4 z + 3/8 z² − 1/16 z³ ... checked against mpmath at z = 0.7
    expect(hypergeometric2F1(0.5, -3, 2, 0.7)).toBeCloseTo(0.631953125, 14);
  });

  // mpmath.hyp2f1 at 30 digits
  it.each([
    [500, 1, 501, 0.9, 9.826477531778867],
    [1.5, 2.5, 3.2, -3, 0.17890877850317424],
    [27.159, 1.606, 28.159, 0.6, 4.025961574002511],
    [3, 1, 4.5, 0.999, 6.387867875107306],
    [2.5, 1.5, 5, -50, 0.012476140409058863],
    [1, 16.2, 20, 1 / 1.1, 4.137273026281711],
    [300, 2, 1.5, -0.4, -1.799352086637359e-5],
  ])("2F1(%p, %p; %p; %p) = %p", (a, b, c, z, expected) => {
    expect(relativeError(hypergeometric2F1(a, b, c, z), expected)).toBeLessThan(1e-11);
  });

  // mpmath.hyp2f1 at 40 digits, where the series would need 40/(1 − z) terms
  it.each([
    [0.5, 3, 3.5, 1 - 1e-6, 12.845460911055989], // c − a − b = 0: a logarithm at z = 1
    [2.5, 1.5, 2, 1 - 1e-5, 8488284851.41927], // c − a − b = −2
    [1.5, 2.5, 7, 1 - 1e-7, 2.3651647153685644], // c − a − b = 3
    [1.2, 2.3, 3.50000001, 1 - 1e-6, 38.31431477294033], // c − a − b = 1e-8
    [2.243, 4.426, 4.219, 1 - 1e-3, 19296250.906926643],
    [-0.207, 1.976, 2.219, 1 - 1e-5, 0.4681454839118203],
    [-3, 2.5, 4, 1 - 1e-6, 0.10937523437532813], // a cubic
    [0.5, 1.5, 3, -1e7, 0.0005368442893020006], // Pfaff's w = z/(z − 1) within 1e-7 of 1
    [2.5, 1.5, 5, -1e5, 1.7172626256722277e-7],
  ])("2F1(%p, %p; %p; %p) = %p near z = 1", (a, b, c, z, expected) => {
    expect(relativeError(hypergeometric2F1(a, b, c, z), expected)).toBeLessThan(1e-13);
  });

  it("takes 1 − z from the caller, which z = 1 − 1e-9 rounded to a double leaves to 7 digits", () => {
    // mpmath at 40 digits with 1 − z exactly the double 1e-9 (or 1e-7)
    expect(
      relativeError(hypergeometric2F1(2.5, 1.5, 2, 1 - 1e-9, 1e-9), 8.488263633689816e17)
    ).toBeLessThan(1e-13);
    expect(
      relativeError(hypergeometric2F1(2.5, 1.5, 2, 1 - 1e-9), 8.488263633689816e17)
    ).toBeGreaterThan(1e-8);
    expect(
      relativeError(hypergeometric2F1(0.5, 3, 3.5, 1 - 1e-7, 1e-7), 15.004117840066)
    ).toBeLessThan(1e-13);
    // 2F1(a, b; b; z) = (1 − z)^−a
    expect(
      relativeError(hypergeometric2F1(2.5, 0.7, 0.7, 1 - 1e-9, 1e-9), 1e-9 ** -2.5)
    ).toBeLessThan(1e-13);
  });

  it("keeps to the series near 1 for an upper parameter far below 0, where the continuation would lose digits (mpmath, 40 digits)", () => {
    // At the double nearest 1 − 1.9e-4; the continuation gave 3e-5 off.
    expect(
      relativeError(hypergeometric2F1(-14.69, 29.23, 10.46, 1 - 1.9e-4), -2410.0892251594887)
    ).toBeLessThan(1e-11);
  });

  it("is NaN at and beyond z = 1", () => {
    expect(hypergeometric2F1(1, 1, 3, 1)).toBeNaN();
    expect(hypergeometric2F1(1, 1, 3, 2)).toBeNaN();
  });
});

describe("logHypergeometric2F1", () => {
  it("stays finite where 2F1 overflows a double", () => {
    // mpmath: ln 2F1(500, 500; 2; 0.5) = 1215.4262790159767
    expect(hypergeometric2F1(500, 500, 2, 0.5)).toBe(Infinity);
    expect(relativeError(logHypergeometric2F1(500, 500, 2, 0.5), 1215.4262790159767)).toBeLessThan(
      1e-13
    );
  });

  it("is ln of 2F1 for positive values and NaN for negative ones", () => {
    expect(logHypergeometric2F1(1, 1, 2, 0.5)).toBeCloseTo(Math.log(2 * Math.LN2), 14);
    expect(logHypergeometric2F1(500, 1, 501, 0.9)).toBeCloseTo(2.285080531362527, 13);
    expect(logHypergeometric2F1(300, 2, 1.5, -0.4)).toBeNaN();
  });

  it("stays finite near z = 1 with large parameters (mpmath, 40 digits)", () => {
    expect(
      relativeError(logHypergeometric2F1(150, 60, 200, 1 - 1e-4), 178.2182871002542)
    ).toBeLessThan(1e-13);
    expect(
      relativeError(logHypergeometric2F1(500, 500, 2, 1 - 1e-6), 14469.055502500058)
    ).toBeLessThan(1e-13);
  });
});
