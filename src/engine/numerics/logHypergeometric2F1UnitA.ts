/** ln 2F1(1, b; c; z) and its partial derivatives in b, c and z. */
export interface LogHypergeometricGradient {
  value: number;
  b: number;
  c: number;
  z: number;
}

/** Above this z Gauss's continued fraction takes fewer steps than the power series takes terms. */
const CONTINUED_FRACTION_FROM = 0.6;

/** Steps or terms at most; the continued fraction needs about 18/√(1 − z), 57 000 at z = 1 − 1e-7. */
const MAX_STEPS = 1_000_000;

/** Relative size of the last series term at which the sum stops. */
const SERIES_TOLERANCE = 1e-17;

/** Distance from 1 of the last continued-fraction factor, and relative size of the derivatives' last step, at which it stops. */
const FRACTION_TOLERANCE = 1e-16;

/**
 * ln 2F1(1, b; c; z) for c > b > 0 and 0 ≤ z < 1, and into `out` its partial derivatives in b,
 * c and z, which the general 2F1 does not give. Up to z = 0.6 it sums the power series, whose
 * terms are positive and fall at least like z^k; above, where the series needs about
 * 40/(1 − z) terms, Gauss's continued fraction for 2F1(1, b; c; z) = 2F1(0 + 1, b; (c − 1) + 1; z)
 * / 2F1(0, b; c − 1; z) (DLMF 15.7.5), evaluated by the modified Lentz method with its
 * derivatives carried along: at most about 18/√(1 − z) steps, and a few dozen when b is large
 * (the Pareto/NBD likelihood near its no-dropout edge, where the series needs thousands).
 * Relative error about 1e-14, growing with the steps to some 1e-11 at 1 − z = 1e-6.
 *
 * @example
 * const out = { value: 0, b: 0, c: 0, z: 0 };
 * logHypergeometric2F1UnitA(1, 2, 0.5, out);
 * out.value; // ln(−ln(0.5)/0.5) = ln(2 ln 2) ≈ 0.3266342599782
 * logHypergeometric2F1UnitA(800, 800 + 1e-7, 0.974, out);
 * out.value; // ≈ ln(1/0.026) = 3.6496: 2F1(1, b; b; z) = 1/(1 − z)
 */
export function logHypergeometric2F1UnitA(
  b: number,
  c: number,
  z: number,
  out: LogHypergeometricGradient
): void {
  if (z > CONTINUED_FRACTION_FROM) continuedFraction(b, c, z, out);
  else powerSeries(b, c, z, out);
}

/** Σ t_k with t_{k+1} = t_k (b + k)/(c + k) z; ∂t_k/∂b = t_k Σ_{j<k} 1/(b + j), likewise for c. */
function powerSeries(b: number, c: number, z: number, out: LogHypergeometricGradient): void {
  let term = 1;
  let sum = 1;
  let sumB = 0;
  let sumC = 0;
  let sumZ = 0;
  let harmonicB = 0;
  let harmonicC = 0;
  for (let k = 0; k < MAX_STEPS && term > SERIES_TOLERANCE * sum * (1 - z); k++) {
    harmonicB += 1 / (b + k);
    harmonicC += 1 / (c + k);
    term *= ((b + k) / (c + k)) * z;
    sum += term;
    sumB += term * harmonicB;
    sumC += term * harmonicC;
    sumZ += term * (k + 1);
  }
  out.value = Math.log(sum);
  out.b = sumB / sum;
  out.c = -sumC / sum;
  out.z = z > 0 ? sumZ / z / sum : b / c;
}

/**
 * 2F1(1, b; c; z) = 1/(1 + e_1 z/(1 + e_2 z/(1 + …))) with DLMF 15.7.5's coefficients at a = 0,
 * c − 1 for c: e_{2m+1} = −(c + m − 1)(b + m)/((c + 2m − 1)(c + 2m)), e_{2m} = −m(c − b + m −
 * 1)/((c + 2m − 2)(c + 2m − 1)). Lentz's C_n and D_n are differentiated along (∂a_n = z ∂e_n,
 * ∂a_n/∂z = e_n), so ∂ ln g = Σ ∂C_n/C_n + ∂D_n/D_n for the reciprocal g = 1/2F1 = Π C_n D_n.
 * The two parts of a step nearly cancel once C_n D_n is near 1, so a derivative has converged
 * when its step is below the rounding of its parts.
 */
function continuedFraction(b: number, c: number, z: number, out: LogHypergeometricGradient): void {
  let reciprocal = 1;
  let gradientB = 0;
  let gradientC = 0;
  let gradientZ = 0;
  // Lentz's C_{n−1}, D_{n−1} and their derivatives in b, c, z; C_0 = 1 and D_0 = 0 are constants.
  let C = 1;
  let D = 0;
  let cB = 0;
  let cC = 0;
  let cZ = 0;
  let dB = 0;
  let dC = 0;
  let dZ = 0;
  for (let n = 1; n <= MAX_STEPS; n++) {
    let e: number;
    let eB: number;
    let eC: number;
    if (n === 1) {
      e = -b / c;
      eB = -1 / c;
      eC = b / (c * c);
    } else if (n % 2 === 1) {
      const m = (n - 1) / 2;
      const denominator = (c + 2 * m - 1) * (c + 2 * m);
      e = (-(c + m - 1) * (b + m)) / denominator;
      eB = -(c + m - 1) / denominator;
      eC = -(b + m) / denominator - e * (1 / (c + 2 * m - 1) + 1 / (c + 2 * m));
    } else {
      const m = n / 2;
      const denominator = (c + 2 * m - 2) * (c + 2 * m - 1);
      e = (-m * (c - b + m - 1)) / denominator;
      eB = m / denominator;
      eC = -m / denominator - e * (1 / (c + 2 * m - 2) + 1 / (c + 2 * m - 1));
    }
    const a = e * z;
    // D_n = 1/(1 + a D_{n−1}), C_n = 1 + a/C_{n−1}; both stay positive, as every e_n z > −1.
    const nextD = 1 / (1 + a * D);
    const squaredD = nextD * nextD;
    dB = -squaredD * (eB * z * D + a * dB);
    dC = -squaredD * (eC * z * D + a * dC);
    dZ = -squaredD * (e * D + a * dZ);
    const inverseC = 1 / C;
    cB = inverseC * (eB * z - a * cB * inverseC);
    cC = inverseC * (eC * z - a * cC * inverseC);
    cZ = inverseC * (e - a * cZ * inverseC);
    C = 1 + a * inverseC;
    D = nextD;
    const delta = C * D;
    reciprocal *= delta;
    const inverseD = 1 / D;
    const inverseNextC = 1 / C;
    const partsB = Math.abs(cB * inverseNextC) + Math.abs(dB * inverseD);
    const partsC = Math.abs(cC * inverseNextC) + Math.abs(dC * inverseD);
    const partsZ = Math.abs(cZ * inverseNextC) + Math.abs(dZ * inverseD);
    const stepB = cB * inverseNextC + dB * inverseD;
    const stepC = cC * inverseNextC + dC * inverseD;
    const stepZ = cZ * inverseNextC + dZ * inverseD;
    gradientB += stepB;
    gradientC += stepC;
    gradientZ += stepZ;
    if (
      Math.abs(delta - 1) <= FRACTION_TOLERANCE &&
      Math.abs(stepB) <= FRACTION_TOLERANCE * (partsB + Math.abs(gradientB)) &&
      Math.abs(stepC) <= FRACTION_TOLERANCE * (partsC + Math.abs(gradientC)) &&
      Math.abs(stepZ) <= FRACTION_TOLERANCE * (partsZ + Math.abs(gradientZ))
    ) {
      break;
    }
  }
  out.value = -Math.log(reciprocal);
  out.b = -gradientB;
  out.c = -gradientC;
  out.z = -gradientZ;
}
