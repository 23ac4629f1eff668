import {
  logHypergeometric2F1UnitA,
  type LogHypergeometricGradient,
} from "../numerics/logHypergeometric2F1UnitA";

/** ln K and its partial derivatives in p, q, u, v (see logTailIntegral). */
export interface LogTail {
  value: number;
  p: number;
  q: number;
  u: number;
  v: number;
}

/**
 * A LogTail to write into.
 *
 * @example
 * const tail = emptyTail(); // { value: 0, p: 0, q: 0, u: 0, v: 0 }
 */
export function emptyTail(): LogTail {
  return { value: 0, p: 0, q: 0, u: 0, v: 0 };
}

const hypergeometric: LogHypergeometricGradient = { value: 0, b: 0, c: 0, z: 0 };

/**
 * ln K(p, q, y) = ln ∫_y^∞ (u + τ)^−p (v + τ)^−q dτ, the integral the Pareto/NBD likelihood is
 * made of (p + q > 1), and, into `out`, its derivatives in p, q, u and v. For u ≥ v it is
 * (u + y)^−p (v + y)^(1−q) 2F1(1, p; p + q; (u − v)/(u + y)) / (p + q − 1), Fader & Hardie's
 * α ≥ β branch (note 2005, eq. 22) after Euler's transformation; the α < β branch swaps the roles.
 * 2F1(1, b; c; z) comes with its derivatives from logHypergeometric2F1UnitA, which stays fast as
 * z nears 1, where the likelihood goes near its no-dropout edge.
 *
 * @example
 * const tail = emptyTail();
 * logTailIntegral(2, 1.5, 2, 1, 0, tail); // ∫_0^∞ (2 + τ)^−2.5 dτ = 2^−1.5/1.5
 * tail.value; // ln(2^−1.5/1.5) ≈ −1.4452
 */
export function logTailIntegral(
  u: number,
  p: number,
  v: number,
  q: number,
  y: number,
  out: LogTail
): void {
  if (u < v) {
    logTailIntegral(v, q, u, p, y, out);
    const { p: derivativeP, u: derivativeU } = out;
    out.p = out.q;
    out.q = derivativeP;
    out.u = out.v;
    out.v = derivativeU;
    return;
  }
  const c = p + q;
  const z = (u - v) / (u + y);
  logHypergeometric2F1UnitA(p, c, z, hypergeometric);
  const logUy = Math.log(u + y);
  const logVy = Math.log(v + y);
  const derivativeC = hypergeometric.c;
  const derivativeZ = hypergeometric.z;
  out.value = -p * logUy - (q - 1) * logVy - Math.log(c - 1) + hypergeometric.value;
  out.p = -logUy - 1 / (c - 1) + hypergeometric.b + derivativeC;
  out.q = -logVy - 1 / (c - 1) + derivativeC;
  out.u = -p / (u + y) + (derivativeZ * (v + y)) / ((u + y) * (u + y));
  out.v = -(q - 1) / (v + y) - derivativeZ / (u + y);
}
