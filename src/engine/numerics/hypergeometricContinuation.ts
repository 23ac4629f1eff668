/** ln |F| and the sign of F. */
export interface SignedLog {
  logAbs: number;
  sign: number;
}

/** Share of the remaining distance to z = 1 one Taylor step covers at most: its terms shrink like 2^−n. */
const STEP_SHARE = 0.5;

/** Relative size of a step's remaining tail at which its Taylor sum stops. */
const TOLERANCE = 1e-17;

/** Steps taken at most. */
const MAX_STEPS = 10_000;

/** Terms one step sums at most. */
const MAX_TERMS = 100_000;

/** Rescaling step that keeps a step's sum finite when large parameters make its terms huge. */
const RESCALE_ABOVE = 1e200;
const LOG_RESCALE = Math.log(RESCALE_ABOVE);

/**
 * Carries a solution F of Gauss's hypergeometric equation z(1 − z)F'' + [c − (a + b + 1)z]F'
 * − abF = 0 (DLMF 15.10.1) from z = 1 − fromDistance, where its log-derivative F'/F is
 * `logDerivative`, to z = 1 − toDistance nearer 1, where power series in z need some
 * 40/(1 − z) terms. Each step sums the solution's Taylor series about the current point, whose
 * radius is 1 − z (1 is the nearest singular point for z ≥ ½), over at most half the remaining
 * distance, and over at most z/((1 − z)|c − 1|) of it, as rounding excites the solution
 * z^(1 − c) whose Taylor terms there reach (1 − h/z)^−|c − 1| times its value. So some
 * log2(fromDistance/toDistance) steps of a few dozen terms for small c: 23 from z = ½ to
 * 1 − 1e-7. Stable for a solution that grows toward 1 at least as fast as the equation's other
 * one (see hypergeometric2F1). Distances rather than z keep 1 − z to full relative precision.
 * Returns ln |F(to)/F(from)| and the sign of F(to)/F(from); NaN when a step fails to converge.
 *
 * @param fromDistance 1 − z where the log-derivative is known, at most ½.
 * @param toDistance 1 − z wanted, in (0, fromDistance].
 *
 * @example
 * // F = 2F1(1, 1; 2; z) = −ln(1 − z)/z, whose F'/F at z = ½ is 2/ln 2 − 2:
 * hypergeometricContinuation(1, 1, 2, 0.5, 2 / Math.LN2 - 2, 1e-6);
 * // { logAbs: ln(F(1 − 1e-6)/F(½)) = ln(6 ln 10/((1 − 1e-6) 2 ln 2)) ≈ 2.2991586545, sign: 1 }
 */
export function hypergeometricContinuation(
  a: number,
  b: number,
  c: number,
  fromDistance: number,
  logDerivative: number,
  toDistance: number
): SignedLog {
  let logAbs = 0;
  let sign = 1;
  let distance = fromDistance;
  // (1 − z) F'/F at the current point.
  let scaledSlope = fromDistance * logDerivative;
  for (let step = 0; distance > toDistance; step++) {
    if (step === MAX_STEPS) return { logAbs: NaN, sign: NaN };
    const z = 1 - distance;
    // The solution z^(1 − c) about 0 has Taylor terms up to (1 − h/z)^−|c − 1| times its value.
    const share = Math.min(STEP_SHARE, z / (distance * Math.abs(c - 1)));
    const next = distance * (1 - share) > toDistance ? distance * (1 - share) : toDistance;
    const stepShare = 1 - next / distance;
    const result = taylorStep(a, b, c, distance, stepShare, stepShare * scaledSlope);
    if (!Number.isFinite(result.logValue)) return { logAbs: NaN, sign: NaN };
    logAbs += result.logValue;
    sign *= result.sign;
    scaledSlope = ((1 - stepShare) / stepShare) * result.slope;
    distance = next;
  }
  return { logAbs, sign };
}

/** F(z + h)/F(z) in log and sign, and h F'(z + h)/F(z + h), of one Taylor step. */
interface StepResult {
  logValue: number;
  sign: number;
  slope: number;
}

/**
 * Taylor series of F about z = 1 − distance, at h = share · distance, with terms e_n =
 * F^(n)(z) h^n / (n! F(z)): e_0 = 1, e_1 = h F'/F (`first`), and from the equation
 * e_{n+2} = [(n + a)(n + b) share² (1 − z)/z e_n − q_n (n + 1) share/z e_{n+1}] / ((n + 1)(n + 2))
 * with q_n = (1 − 2z)n + c − (a + b + 1)z. It stops when a bound on the tail, from
 * |e_{k+2}| ≤ θ max(|e_k|, |e_{k+1}|) for all k ≥ n, is below TOLERANCE of both sums.
 */
function taylorStep(
  a: number,
  b: number,
  c: number,
  distance: number,
  share: number,
  first: number
): StepResult {
  const z = 1 - distance;
  const curvature = (share * share * distance) / z;
  const drift = share / z;
  const slopeLimit = Math.abs(1 - 2 * z);
  const offset = c - (a + b + 1) * z - 2 * (1 - 2 * z);
  const firstBoundedTerm = Math.max(0, Math.ceil(-a), Math.ceil(-b));
  let previous = 1;
  let current = first;
  let sum = 1 + first;
  let weightedSum = first;
  let logScale = 0;
  for (let n = 0; n < MAX_TERMS; n++) {
    if (n >= firstBoundedTerm) {
      const theta =
        curvature * Math.max(1, (n + a) / (n + 1)) * Math.max(1, (n + b) / (n + 2)) +
        drift * (slopeLimit + Math.abs(offset) / (n + 2));
      if (theta < 1) {
        const largest = Math.max(Math.abs(previous), Math.abs(current));
        const geometric = theta / (1 - theta);
        const tail = 2 * largest * geometric;
        const weightedTail = largest * ((2 * n + 5) * geometric + 4 * geometric * geometric);
        const size = Math.abs(sum);
        if (
          tail <= TOLERANCE * size &&
          weightedTail <= TOLERANCE * (size + Math.abs(weightedSum))
        ) {
          return {
            logValue: Math.log(size) + logScale,
            sign: Math.sign(sum),
            slope: weightedSum / sum,
          };
        }
      }
    }
    const q = (1 - 2 * z) * n + c - (a + b + 1) * z;
    const nextTerm =
      ((n + a) * (n + b) * curvature * previous - q * (n + 1) * drift * current) /
      ((n + 1) * (n + 2));
    previous = current;
    current = nextTerm;
    sum += current;
    weightedSum += (n + 2) * current;
    if (Math.abs(current) > RESCALE_ABOVE) {
      previous /= RESCALE_ABOVE;
      current /= RESCALE_ABOVE;
      sum /= RESCALE_ABOVE;
      weightedSum /= RESCALE_ABOVE;
      logScale += LOG_RESCALE;
    }
  }
  return { logValue: NaN, sign: NaN, slope: NaN };
}
