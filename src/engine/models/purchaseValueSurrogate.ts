import { exponential } from "../numerics/exponential";
import {
  coefficientSlot,
  paddedPoints,
  QUADRATIC_COEFFICIENTS,
  quadraticAtPoints,
} from "../numerics/quadratics";
import type { DiscountedPurchases, PurchasesAtDraws } from "./discountedPurchases";

/** The smallest value taken before a logarithm, so a customer long gone stays finite on the log scale. */
const TINY = 1e-300;
/** P(alive) is kept within [TINY, 1 − 2⁻⁵³] before its logit, so one certainly alive stays finite. */
const ALMOST_ONE = 1 - 2 ** -53;
/**
 * Design step in the whitened coordinates, √3 standard deviations: there the symmetric differences
 * absorb a cubic term as its least-squares projection under the normal draws does (E z⁴ = 3 E z²).
 */
const STEP = 1;

/**
 * D(θ) (see discountedPurchases) as P(alive) × the sum if alive, with the logit of P(alive) per
 * distinct (x, t_x, T) and ln of the sum per distinct (x, T) each a quadratic in the whitened
 * draw z, where ln θ = ln θ̂ + L z (coefficients in quadratics' layout). Both are smooth and
 * nearly linear in ln θ (BG/NBD's logit is −ln(a/(b + x − 1)) − (r + x) ln((alpha + T)/(alpha + t_x)),
 * FHL 2005 eq. 11), where ln D itself bends as P(alive) saturates. Each draw then costs a pattern
 * a quadratic and an exponential instead of a model evaluation per month.
 */
export interface PurchaseValueSurrogate {
  /** Per triple, blocks of QUADRATIC_COEFFICIENTS. */
  logitAlive: Float64Array;
  /** Per pair, blocks of QUADRATIC_COEFFICIENTS. */
  logIfAlive: Float64Array;
}

/**
 * Fits the quadratics of a PurchaseValueSurrogate at the estimates θ̂ from D at z = 0, ±e_j and
 * e_j + e_k (central, and forward mixed, differences at a step of one standard deviation, so the
 * fit is good over the range the draws cover): 1 + 2n + n(n − 1)/2 evaluations of the model on
 * the distinct patterns, for n ≤ 4 parameters.
 *
 * @example
 * const surrogate = purchaseValueSurrogate(purchases, [0.243, 4.414, 0.793, 2.426], draws.lower);
 * // P(alive) of the first distinct (x, t_x, T) at the estimates, exactly:
 * 1 / (1 + Math.exp(-surrogate.logitAlive[0]));
 */
export function purchaseValueSurrogate(
  purchases: DiscountedPurchases,
  params: ArrayLike<number>,
  lower: Float64Array
): PurchaseValueSurrogate {
  const size = params.length;
  const triples = purchases.patterns.triples.x.length;
  const pairs = purchases.patterns.pairs.x.length;
  const center = Float64Array.from(params, Math.log);
  const point = new Float64Array(size);
  const natural = new Float64Array(size);
  // Directions are 1-based so that −j means −e_j; gives [logit P(alive), ln sum if alive].
  const valuesAt = (directions: readonly number[]): [Float64Array, Float64Array] => {
    point.set(center);
    for (const direction of directions) {
      const sign = direction < 0 ? -1 : 1;
      const column = Math.abs(direction) - 1;
      for (let row = column; row < size; row++) {
        point[row] += sign * STEP * lower[row * size + column];
      }
    }
    for (let index = 0; index < size; index++) natural[index] = Math.exp(point[index]);
    const logit = new Float64Array(triples);
    const logIfAlive = new Float64Array(pairs);
    purchases.patternsAt(natural, logit, logIfAlive);
    for (let triple = 0; triple < triples; triple++) {
      const alive = Math.min(Math.max(logit[triple], TINY), ALMOST_ONE);
      logit[triple] = Math.log(alive) - Math.log1p(-alive);
    }
    for (let pair = 0; pair < pairs; pair++) {
      logIfAlive[pair] = Math.log(Math.max(logIfAlive[pair], TINY));
    }
    return [logit, logIfAlive];
  };
  const base = valuesAt([]);
  const plus = Array.from({ length: size }, (_, j) => valuesAt([j + 1]));
  const minus = Array.from({ length: size }, (_, j) => valuesAt([-(j + 1)]));
  const both: [Float64Array, Float64Array][][] = [];
  for (let j = 0; j < size; j++) {
    both.push([]);
    for (let k = j + 1; k < size; k++) both[j][k] = valuesAt([j + 1, k + 1]);
  }
  const quadratics = (part: 0 | 1, patterns: number): Float64Array => {
    const f0 = base[part];
    const coefficients = new Float64Array(patterns * QUADRATIC_COEFFICIENTS);
    for (let pattern = 0; pattern < patterns; pattern++) {
      const offset = pattern * QUADRATIC_COEFFICIENTS;
      const at = f0[pattern];
      coefficients[offset + coefficientSlot(-1, -1)] = at;
      for (let j = 0; j < size; j++) {
        const up = plus[j][part][pattern];
        const down = minus[j][part][pattern];
        coefficients[offset + coefficientSlot(j, -1)] = (up - down) / (2 * STEP);
        coefficients[offset + coefficientSlot(j, j)] = (up - 2 * at + down) / (STEP * STEP);
        for (let k = j + 1; k < size; k++) {
          coefficients[offset + coefficientSlot(j, k)] =
            (both[j][k][part][pattern] - up - plus[k][part][pattern] + at) / (STEP * STEP);
        }
      }
    }
    return coefficients;
  };
  return { logitAlive: quadratics(0, triples), logIfAlive: quadratics(1, pairs) };
}

/**
 * D through the surrogate at every draw of the whitened draws `standard` (draw-major, `size` a
 * draw): exp(ln sum if alive) / (1 + exp(−logit P(alive))), the sum if alive computed for every
 * pair up front and the logit per triple as asked.
 *
 * @example
 * const atDraws = surrogatePurchasesAtDraws(surrogate, purchases, draws.standard, 1000);
 * const row = new Float64Array(1000);
 * atDraws(purchases.patterns.tripleOfCustomer[0], row); // customer 1's D at each draw
 */
export function surrogatePurchasesAtDraws(
  surrogate: PurchaseValueSurrogate,
  purchases: DiscountedPurchases,
  standard: Float64Array,
  count: number
): PurchasesAtDraws {
  const { pairOfTriple } = purchases.patterns;
  const pairs = purchases.patterns.pairs.x.length;
  const padded = paddedPoints(standard, count, standard.length / count);
  const ifAliveAtDraws = new Float64Array(pairs * count);
  for (let pair = 0; pair < pairs; pair++) {
    const row = ifAliveAtDraws.subarray(pair * count, (pair + 1) * count);
    quadraticAtPoints(surrogate.logIfAlive, pair, padded, row);
    for (let draw = 0; draw < count; draw++) row[draw] = Math.exp(row[draw]);
  }
  return (triple, out) => {
    quadraticAtPoints(surrogate.logitAlive, triple, padded, out);
    const ifAliveOffset = pairOfTriple[triple] * count;
    for (let draw = 0; draw < count; draw++) {
      out[draw] = ifAliveAtDraws[ifAliveOffset + draw] / (1 + exponential(-out[draw]));
    }
  };
}
