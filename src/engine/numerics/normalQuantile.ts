/** Acklam's rational approximations to the standard normal quantile, central and tail regions. */
const CENTRAL_NUMERATOR = [
  -3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2,
  -3.066479806614716e1, 2.506628277459239,
];
const CENTRAL_DENOMINATOR = [
  -5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1,
  -1.328068155288572e1,
];
const TAIL_NUMERATOR = [
  -7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734,
  4.374664141464968, 2.938163982698783,
];
const TAIL_DENOMINATOR = [
  7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416,
];
const CENTRAL_LIMIT = 0.02425;

/**
 * The standard normal quantile Φ⁻¹(probability): Acklam's approximation (relative error about
 * 1e-9), then one Halley step on erfc, which takes it to about machine precision.
 *
 * @example
 * normalQuantile(0.95); // ≈ 1.6448536269514722
 * normalQuantile(0.5); // 0
 */
export function normalQuantile(probability: number): number {
  if (!(probability > 0 && probability < 1)) {
    return probability === 0 ? -Infinity : probability === 1 ? Infinity : NaN;
  }
  let x: number;
  if (probability < CENTRAL_LIMIT || probability > 1 - CENTRAL_LIMIT) {
    const tail = Math.sqrt(-2 * Math.log(Math.min(probability, 1 - probability)));
    x = polynomial(TAIL_NUMERATOR, tail) / (polynomial(TAIL_DENOMINATOR, tail) * tail + 1);
    if (probability > 0.5) x = -x;
  } else {
    const centred = probability - 0.5;
    const square = centred * centred;
    x =
      (centred * polynomial(CENTRAL_NUMERATOR, square)) /
      (polynomial(CENTRAL_DENOMINATOR, square) * square + 1);
  }
  const error = 0.5 * erfc(-x / Math.SQRT2) - probability;
  const step = error * Math.sqrt(2 * Math.PI) * Math.exp(0.5 * x * x);
  return x - step / (1 + 0.5 * x * step);
}

/** Horner's rule with coefficients from the highest power down. */
function polynomial(coefficients: readonly number[], x: number): number {
  let value = 0;
  for (const coefficient of coefficients) value = value * x + coefficient;
  return value;
}

/** Complementary error function: erf's Taylor series below 2, the continued fraction (Lentz) above. */
function erfc(x: number): number {
  if (x < 0) return 2 - erfc(-x);
  if (x < 2) {
    // erf(x) = 2/√π Σ (−1)^n x^(2n+1) / (n! (2n+1))
    let term = x;
    let sum = x;
    for (let n = 1; n < 100 && Math.abs(term) > 1e-17 * Math.abs(sum); n++) {
      term *= (-x * x) / n;
      sum += term / (2 * n + 1);
    }
    return 1 - (2 / Math.sqrt(Math.PI)) * sum;
  }
  // erfc(x) = e^(−x²)/√π · 1/(x + 1/2/(x + 1/(x + 3/2/(x + …)))), by Lentz's method.
  const tiny = 1e-300;
  let f = x;
  let c = x;
  let d = 0;
  for (let n = 1; n < 200; n++) {
    const a = n / 2;
    d = x + a * d;
    d = Math.abs(d) < tiny ? tiny : d;
    c = x + a / c;
    c = Math.abs(c) < tiny ? tiny : c;
    d = 1 / d;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return Math.exp(-x * x) / (f * Math.sqrt(Math.PI));
}
