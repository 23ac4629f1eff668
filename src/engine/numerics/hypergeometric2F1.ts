import { hypergeometricContinuation, type SignedLog } from "./hypergeometricContinuation";

/** Terms summed at most; at z = 0.999 the series needs about 40 000. */
const MAX_TERMS = 1_000_000;

/** Above this z the series, which needs some 40/(1 − z) terms, gives way to the continuation. */
const NEAR_ONE = 0.99;

/** z at which the continuation toward 1 takes the series' value and slope. */
const CONTINUE_FROM = 0.9;

/** Relative size of the remaining tail at which the series stops. */
const RELATIVE_TOLERANCE = 1e-16;

/** Rescaling step that keeps the running sum of a series with huge terms finite. */
const RESCALE_ABOVE = 1e200;
const LOG_RESCALE = Math.log(RESCALE_ABOVE);

/**
 * Natural logarithm of the Gauss hypergeometric function ln 2F1(a, b; c; z) for real z < 1,
 * computed in log space so that parameters in the hundreds (Pareto/NBD with a = r + s + x)
 * neither overflow nor underflow. NaN when 2F1 ≤ 0, when z ≥ 1, or when the series fails to
 * converge within a million terms or the continuation within its steps.
 *
 * For z < 0 it uses Pfaff's transformation to w = z/(z − 1) in (0, 1); for 0 ≤ z ≤ 0.99 the
 * power series, after Euler's transformation when that makes its terms shrink faster while
 * keeping them positive; above 0.99, where the series needs some 40/(1 − z) terms, the series'
 * value and slope at 0.9 carried toward 1 along the hypergeometric equation
 * (hypergeometricContinuation), which has no special case where c − a − b is a whole number,
 * for upper parameters above −1 (the models'; below, the series as up to 0.99). Relative error
 * near 1 some 1e-14 against mpmath, a few 1e-12 where |c − a − b| ln(1 − z) is in the thousands
 * or c is (DERL's), where the value itself is that sensitive to the parameters' rounding.
 *
 * @example
 * logHypergeometric2F1(1, 1, 2, 0.5); // ln(−ln(0.5)/0.5) = ln(2 ln 2) ≈ 0.3266342599782
 * logHypergeometric2F1(500, 1, 501, 0.9); // ≈ 2.2850805313625
 * logHypergeometric2F1(500, 500, 2, 0.5); // ≈ 1215.42628 where 2F1 itself overflows a double
 */
export function logHypergeometric2F1(a: number, b: number, c: number, z: number): number {
  const result = signedLogHypergeometric2F1(a, b, c, z, 1 - z);
  return result.sign > 0 ? result.logAbs : NaN;
}

/**
 * The Gauss hypergeometric function 2F1(a, b; c; z) = Σ (a)_k (b)_k / ((c)_k k!) z^k for real
 * z < 1 (see logHypergeometric2F1 for the method). NaN for z ≥ 1 or when the series fails to
 * converge; ±Infinity when the value overflows a double.
 *
 * @param oneMinusZ 1 − z, when the caller has it more precisely than by subtracting z: near
 * z = 1 the value can depend on 1 − z like (1 − z)^(c − a − b), and z = 1 − 1e-7 rounded to a
 * double leaves 1 − z only some 1e-9 relative precision.
 *
 * @example
 * hypergeometric2F1(1, 1, 2, -1); // ln 2 ≈ 0.6931471805599453
 * hypergeometric2F1(2, 3, 3, 0.5); // (1 − 0.5)^−2 = 4
 * hypergeometric2F1(1, 1, 2, 1 - 1e-7, 1e-7); // −ln(1e-7)/(1 − 1e-7) ≈ 16.11809726
 */
export function hypergeometric2F1(
  a: number,
  b: number,
  c: number,
  z: number,
  oneMinusZ: number = 1 - z
): number {
  const result = signedLogHypergeometric2F1(a, b, c, z, oneMinusZ);
  return result.sign * Math.exp(result.logAbs);
}

function signedLogHypergeometric2F1(
  a: number,
  b: number,
  c: number,
  z: number,
  oneMinusZ: number
): SignedLog {
  if (!(z < 1) || Number.isNaN(a + b + c)) return { logAbs: NaN, sign: NaN };
  if (z < 0) {
    // Pfaff: 2F1(a,b;c;z) = (1−z)^−a 2F1(a, c−b; c; z/(z−1)), or the same with a and b swapped;
    // keep the upper parameters positive when possible so the terms do not change sign.
    const w = z / (z - 1);
    const logOneMinusZ = Math.log1p(-z);
    const swap = c - b < 0 && c - a >= 0;
    const kept = swap ? b : a;
    const other = swap ? a : b;
    // 1 − w = 1/(1 − z) keeps its relative precision as w nears 1.
    const result = onUnitInterval(kept, c - other, c, w, 1 / oneMinusZ);
    result.logAbs -= kept * logOneMinusZ;
    return result;
  }
  return onUnitInterval(a, b, c, z, oneMinusZ);
}

/**
 * Upper parameters below this keep to the series near 1: with one far below 0 (and the other
 * large) the continuation was measured to lose digits (3e-5 at 2F1(−14.69, 29.23; 10.46;
 * 1 − 1.9e-4), where the series gives 3e-13), and the models' never go below −1 (BG/NBD's a − 1).
 */
const LOWEST_CONTINUED = -1;

/** For 0 ≤ z = 1 − distance < 1: the series, or near 1 the continuation. */
function onUnitInterval(a: number, b: number, c: number, z: number, distance: number): SignedLog {
  return z > NEAR_ONE && Math.min(a, b) > LOWEST_CONTINUED
    ? nearOne(a, b, c, distance)
    : seriesWithEuler(a, b, c, z);
}

/**
 * 2F1 at z = 1 − distance near 1: the series' value and slope (ab/c) 2F1(a + 1, b + 1; c + 1; z)
 * at CONTINUE_FROM, carried to z along the hypergeometric equation. In Euler's form
 * (1 − z)^(c − a − b) 2F1(c − a, c − b; c; z) when a + b < c, so that what is carried grows like
 * (1 − z)^−|c − a − b| toward 1: the continuation is stable for the equation's solution that
 * dominates there. A polynomial (a or b a whole number ≤ 0) is the series' few terms instead.
 */
function nearOne(a: number, b: number, c: number, distance: number): SignedLog {
  if (isNonPositiveInteger(a) || isNonPositiveInteger(b)) return series(a, b, c, 1 - distance);
  if (a + b < c) {
    const result = nearOne(c - a, c - b, c, distance);
    result.logAbs += (c - a - b) * Math.log(distance);
    return result;
  }
  const start = seriesWithEuler(a, b, c, CONTINUE_FROM);
  const slope = seriesWithEuler(a + 1, b + 1, c + 1, CONTINUE_FROM);
  const logDerivative =
    ((a * b) / c) * slope.sign * start.sign * Math.exp(slope.logAbs - start.logAbs);
  const continued = hypergeometricContinuation(a, b, c, 1 - CONTINUE_FROM, logDerivative, distance);
  return { logAbs: start.logAbs + continued.logAbs, sign: start.sign * continued.sign };
}

/** Whether an upper parameter is −n for a whole n ≥ 0, which ends the series after n + 1 terms. */
function isNonPositiveInteger(upper: number): boolean {
  return upper <= 0 && Number.isInteger(upper);
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
