import { emptyTail, logTailIntegral } from "../../../src/engine/models/paretoNbdTailIntegral";

/**
 * ln ∫_0^∞ g(σ) dσ by the exp-sinh rule (σ = e^{π/2 sinh t}, trapezoids in t), with g given by
 * its logarithm and a scale the nodes are centred on: an independent quadrature of the tail
 * integral, in logs as K underflows a double at the edge (e^−5600).
 */
function logExpSinhIntegral(logIntegrand: (sigma: number) => number, scale: number): number {
  const step = 1 / 128;
  const logs: number[] = [];
  for (let t = -6; t <= 6; t += step) {
    const sigma = scale * Math.exp((Math.PI / 2) * Math.sinh(t));
    if (!(sigma > 0) || !Number.isFinite(sigma)) continue;
    logs.push(logIntegrand(sigma) + Math.log(sigma * (Math.PI / 2) * Math.cosh(t) * step));
  }
  const largest = Math.max(...logs);
  return Math.log(logs.reduce((sum, value) => sum + Math.exp(value - largest), 0)) + largest;
}

/** ln K(p, q, y) = ln ∫_y^∞ (u + τ)^−p (v + τ)^−q dτ, with an extra factor of the integrand, by quadrature. */
function logQuadratureTail(
  u: number,
  p: number,
  v: number,
  q: number,
  y: number,
  logFactor: (tau: number) => number = () => 0
): number {
  const log = (sigma: number) =>
    -p * Math.log(u + y + sigma) - q * Math.log(v + y + sigma) + logFactor(y + sigma);
  // Centred on the scale over which the faster-falling factor halves.
  const scale = Math.min((u + y) / p, (v + y) / q);
  return logExpSinhIntegral(log, scale);
}

describe("logTailIntegral", () => {
  it("is the closed form when u = v", () => {
    const tail = emptyTail();
    logTailIntegral(2, 1.5, 2, 1, 0, tail);
    expect(tail.value).toBeCloseTo(Math.log(2 ** -1.5 / 1.5), 14);
  });

  it.each([
    // CDNOW-like parameters: r 0.55, alpha 10.58, s 0.61, beta 11.67, the alive and dropped parts.
    [10.58, 0.55 + 2 + 1, 11.67, 0.61, 38.86],
    [10.58, 0.55 + 2, 11.67, 0.61 + 1, 30.43],
    // The no-dropout edge of the bench's log: s → 0 with r, alpha → ∞, so z = 0.974 for α ≫ β.
    [6640.9, 631.11 + 5 + 1, 133.28, 1.65e-7, 60],
    [6640.9, 631.11 + 5, 133.28, 1 + 1.65e-7, 55],
    // The other edge: beta → ∞ at s fixed, so 1 − z = 4e-5 for β ≫ α.
    [10, 0.5 + 0 + 1, 1e6, 0.6, 30],
    [10, 0.5 + 3, 1e6, 1.6, 20],
  ])(
    "agrees with a quadrature of the integral at u %p, p %p, v %p, q %p, y %p",
    (u, p, v, q, y) => {
      const tail = emptyTail();
      logTailIntegral(u, p, v, q, y, tail);
      const logIntegral = logQuadratureTail(u, p, v, q, y);
      // ln K to 1e-12 absolute is K to 1e-12 relative.
      expect(Math.abs(tail.value - logIntegral)).toBeLessThan(1e-12);
      // ∂K/∂u = −p K(p + 1, q), ∂K/∂v = −q K(p, q + 1), ∂K/∂p = −∫ ln(u + τ) (…) dτ.
      const share = (logPart: number) => Math.exp(logPart - logIntegral);
      // Relative to the derivative or, where its parts cancel to nearly 0, to the size of a part.
      const within = (expected: number, partSize: number) =>
        1e-10 * Math.max(Math.abs(expected), partSize);
      const derivativeU = -p * share(logQuadratureTail(u, p + 1, v, q, y));
      const derivativeV = -q * share(logQuadratureTail(u, p, v, q + 1, y));
      const logWeighted = (scale: number) => (tau: number) => Math.log(Math.log(scale + tau));
      const derivativeP = -share(logQuadratureTail(u, p, v, q, y, logWeighted(u)));
      const derivativeQ = -share(logQuadratureTail(u, p, v, q, y, logWeighted(v)));
      expect(Math.abs(tail.u - derivativeU)).toBeLessThan(within(derivativeU, 1 / (u + y)));
      expect(Math.abs(tail.v - derivativeV)).toBeLessThan(within(derivativeV, 1 / (v + y)));
      expect(Math.abs(tail.p - derivativeP)).toBeLessThan(within(derivativeP, 1));
      expect(Math.abs(tail.q - derivativeQ)).toBeLessThan(within(derivativeQ, 1));
    }
  );
});
