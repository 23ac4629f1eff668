import { logGamma } from "./logGamma";

/**
 * Natural logarithm of the beta function, ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b),
 * for a, b > 0.
 *
 * @example
 * logBeta(1, 1); // 0
 * logBeta(2, 3); // ln(1/12) ≈ −2.4849066497880004
 */
export function logBeta(a: number, b: number): number {
  return logGamma(a) + logGamma(b) - logGamma(a + b);
}
