/** Terms summed at most; at z = 0.999 the series needs about 40 000. */
const MAX_TERMS = 1_000_000;

/** Relative size of the remaining tail at which the series stops. */
const RELATIVE_TOLERANCE = 1e-16;

/** Rescaling step that keeps the running sum of a series with huge terms finite. */
const RESCALE_ABOVE = 1e200;
const LOG_RESCALE = Math.log(RESCALE_ABOVE);

/** ln |2F1| and the sign of 2F1. */
interface SignedLog {
  logAbs: number;
  sign: number;
}

/**
 * Natural logarithm of the Gauss hypergeometric function ln 2F1(a, b; c; z) for real z < 1,
 * computed in log space so that parameters in the hundreds (Pareto/NBD with a = r + s + x)
 * neither overflow nor underflow. NaN when 2F1 ≤ 0, when z ≥ 1, or when the series fails to
 * converge within a million terms (z closer to 1 than about 4e-5; for z < 0, z below about −2.5e4).
 *
 * For z < 0 it uses Pfaff's transformation to w = z/(z − 1) in (0, 1); for 0 ≤ z < 1 Euler's
 * transformation when it makes the series terms shrink faster while keeping them positive.
 *
 * @example
 * logHypergeometric2F1(1, 1, 2, 0.5); // ln(−ln(0.5)/0.5) = ln(2 ln 2) ≈ 0.3266342599782
 * logHypergeometric2F1(500, 1, 501, 0.9); // ≈ 2.2850805313625
 * logHypergeometric2F1(500, 500, 2, 0.5); // ≈ 1215.42628 where 2F1 itself overflows a double
 */
export function logHypergeometric2F1(a: number, b: number, c: number, z: number): number {
  const result = signedLogHypergeometric2F1(a, b, c, z);
  return result.sign > 0 ? result.logAbs : NaN;
}

/**
 * The Gauss hypergeometric function 2F1(a, b; c; z) = Σ (a)_k (b)_k / ((c)_k k!) z^k for real
 * z < 1 (see logHypergeometric2F1 for the method). NaN for z ≥ 1 or when the series fails to
 * converge; ±Infinity when the value overflows a double.
 *
 * @example
 * hypergeometric2F1(1, 1, 2, -1); // ln 2 ≈ 0.6931471805599453
 * hypergeometric2F1(2, 3, 3, 0.5); // (1 − 0.5)^−2 = 4
 */
export function hypergeometric2F1(a: number, b: number, c: number, z: number): number {
  const result = signedLogHypergeometric2F1(a, b, c, z);
  return result.sign * Math.exp(result.logAbs);
}

function signedLogHypergeometric2F1(a: number, b: number, c: number, z: number): SignedLog {
  if (!(z < 1) || Number.isNaN(a + b + c)) return { logAbs: NaN, sign: NaN };
  if (z < 0) {
    // Pfaff: 2F1(a,b;c;z) = (1−z)^−a 2F1(a, c−b; c; z/(z−1)), or the same with a and b swapped;
    // keep the upper parameters positive when possible so the terms do not change sign.
    const w = z / (z - 1);
    const logOneMinusZ = Math.log1p(-z);
    const swap = c - b < 0 && c - a >= 0;
    const kept = swap ? b : a;
    const other = swap ? a : b;
    const result = seriesWithEuler(kept, c - other, c, w);
    result.logAbs -= kept * logOneMinusZ;
    return result;
  }
  return seriesWithEuler(a, b, c, z);
}

/** For 0 ≤ z < 1: the series itself, or Euler's (1−z)^(c−a−b) 2F1(c−a, c−b; c; z) when shorter. */
function seriesWithEuler(a: number, b: number, c: number, z: number): SignedLog {
  const excess = a + b - c;
  if (z > 0 && excess > 0 && c - a > 0 && c - b > 0) {
    const result = series(c - a, c - b, c, z);
    result.logAbs -= excess * Math.log1p(-z);
    return result;
  }
  return series(a, b, c, z);
}

/** The power series in scaled form: sum · e^logScale, rescaled whenever a term grows past 1e200. */
function series(a: number, b: number, c: number, z: number): SignedLog {
  let term = 1;
  let sum = 1;
  let logScale = 0;
  for (let k = 0; k < MAX_TERMS; k++) {
    const upperA = a + k;
    const upperB = b + k;
    const lower = c + k;
    const termRatio = ((upperA * upperB) / (lower * (k + 1))) * z;
    term *= termRatio;
    sum += term;
    if (term === 0 || !Number.isFinite(sum)) break;
    if (Math.abs(term) > RESCALE_ABOVE) {
      term /= RESCALE_ABOVE;
      sum /= RESCALE_ABOVE;
      logScale += LOG_RESCALE;
    }
    if (upperA > 0 && upperB > 0 && lower > 0) {
      // Every later ratio is at most z · max(1, (a+k)/(c+k)) · max(1, (b+k)/(k+1)).
      const bound =
        Math.abs(z) * Math.max(1, (upperA + 1) / (lower + 1)) * Math.max(1, (upperB + 1) / (k + 2));
      if (
        bound < 1 &&
        (Math.abs(term) * bound) / (1 - bound) <= RELATIVE_TOLERANCE * Math.abs(sum)
      ) {
        return { logAbs: Math.log(Math.abs(sum)) + logScale, sign: Math.sign(sum) };
      }
    }
  }
  if (term === 0) return { logAbs: Math.log(Math.abs(sum)) + logScale, sign: Math.sign(sum) };
  return { logAbs: NaN, sign: NaN };
}
