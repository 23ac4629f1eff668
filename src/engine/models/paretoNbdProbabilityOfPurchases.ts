import type { ParetoNbdParameters } from "./paretoNbd";
import { logGamma } from "../numerics/logGamma";

/** Simpson intervals over the dropout time; the integrand is smooth, so this is far below a customer's worth of error. */
const INTERVALS = 256;

/**
 * Probability that a Pareto/NBD customer just acquired makes exactly n repeat purchases in
 * (0, t]. With λ ~ Gamma(r, alpha) the count up to τ is NBD, and the lifetime τ has survival
 * (beta/(beta + τ))^s, so P(X(t) = n) = S(t) NBD(n; t) + ∫_0^t f(τ) NBD(n; τ) dτ (Fader & Hardie
 * note 012 before its closed form, whose difference of 2F1 terms cancels badly); the integral
 * is summed by Simpson's rule on √τ, which smooths the τ^n start.
 *
 * @example
 * const cdnow = { r: 0.553, alpha: 10.578, s: 0.606, beta: 11.669 };
 * paretoNbdProbabilityOfPurchases(cdnow, 39, 0); // ≈ 0.61, the share expected to make no repeat purchase in 39 weeks
 */
export function paretoNbdProbabilityOfPurchases(
  params: ParetoNbdParameters,
  t: number,
  n: number
): number {
  const { r, alpha, s, beta } = params;
  const logCount = logGamma(r + n) - logGamma(r) - logGamma(n + 1);
  const nbd = (time: number): number =>
    time === 0
      ? n === 0
        ? 1
        : 0
      : Math.exp(
          logCount + r * Math.log(alpha / (alpha + time)) + n * Math.log(time / (alpha + time))
        );
  const survival = Math.pow(beta / (beta + t), s);
  // τ = u², dτ = 2u du, u in [0, √t]; f(τ) = s beta^s / (beta + τ)^(s + 1).
  const root = Math.sqrt(t);
  const step = root / INTERVALS;
  let integral = 0;
  for (let index = 0; index <= INTERVALS; index++) {
    const u = index * step;
    const tau = u * u;
    const weight = index === 0 || index === INTERVALS ? 1 : index % 2 === 1 ? 4 : 2;
    const density = (s / beta) * Math.pow(beta / (beta + tau), s + 1);
    integral += weight * density * nbd(tau) * 2 * u;
  }
  return survival * nbd(t) + (integral * step) / 3;
}
