import { predictedClv, type PredictedClvOptions } from "./predictedClv";
import type { PurchaseModel } from "./purchaseModel";
import type { PurchaseHistories } from "./purchaseHistories";
import { uniquePatterns } from "./uniquePatterns";

/** The smallest value taken before a logarithm, so a customer long gone stays finite on the log scale. */
const TINY = 1e-300;
/**
 * Design step in the whitened coordinates, √3 standard deviations: there the symmetric differences
 * absorb a cubic term as its least-squares projection under the normal draws does (E z⁴ = 3 E z²).
 */
const STEP = 1;

/**
 * Each customer's discounted expected purchases over the horizon, D(θ) = Σ_k w_k [E(t_k) − E(t_(k−1))]
 * (predictedClv with a spend of 1), factored as P(alive) × the same sum for a customer alive at T,
 * which depends on (x, T) only: so it is computed once per distinct (x, T) and P(alive) once per
 * distinct (x, t_x, T).
 */
export interface DiscountedPurchases {
  /** D(θ) of every customer into `out`; with `ifAlive`, the sum for a customer alive at T too. */
  at(params: ArrayLike<number>, out: Float64Array, ifAlive?: Float64Array): void;
  /** The same with the monthly discount rate replaced, e.g. by (1 + d)² − 1 for Σ w_k² ΔE. */
  withDiscountRate(monthlyDiscountRate: number): DiscountedPurchases;
}

/**
 * The discounted purchases of customers under a model, for evaluating at many parameter vectors.
 *
 * @example
 * const purchases = discountedPurchases(PURCHASE_MODELS.bgnbd, cdnowHistories, { horizonMonths: 12, timeUnit: "W" });
 * const out = new Float64Array(2357);
 * purchases.at([0.243, 4.414, 0.793, 2.426], out); // out[i] = CX.PCLV of customer i with a spend of 1, undiscounted
 */
export function discountedPurchases<P>(
  model: PurchaseModel<P>,
  histories: PurchaseHistories,
  options: PredictedClvOptions
): DiscountedPurchases {
  const { x, tx, T } = histories;
  const pairs = uniquePatterns([x, T]);
  const triples = uniquePatterns([x, tx, T]);
  const [pairX, pairT] = pairs.columns;
  const [tripleX, tripleTx, tripleT] = triples.columns;
  const pairValues = new Float64Array(pairX.length);
  const aliveValues = new Float64Array(tripleX.length);
  const symbols = model.symbols;
  const build = (rateOptions: PredictedClvOptions): DiscountedPurchases => ({
    at(params, out, ifAlive) {
      const named = {} as Record<string, number>;
      symbols.forEach((symbol, index) => (named[symbol] = params[index]));
      const fitted = named as P;
      for (let pair = 0; pair < pairX.length; pair++) {
        const purchases = pairX[pair];
        const age = pairT[pair];
        pairValues[pair] = predictedClv(
          (t) => model.expectedPurchasesIfAlive(fitted, t, purchases, age),
          1,
          rateOptions
        );
      }
      for (let triple = 0; triple < tripleX.length; triple++) {
        aliveValues[triple] = model.probabilityAlive(
          fitted,
          tripleX[triple],
          tripleTx[triple],
          tripleT[triple]
        );
      }
      for (let customer = 0; customer < x.length; customer++) {
        const value = pairValues[pairs.patternOfRow[customer]];
        out[customer] = aliveValues[triples.patternOfRow[customer]] * value;
        if (ifAlive) ifAlive[customer] = value;
      }
    },
    withDiscountRate: (monthlyDiscountRate) => build({ ...rateOptions, monthlyDiscountRate }),
  });
  return build(options);
}

/** A quadratic in the whitened draw z per customer: f0 + Σ g_j z_j + ½ Σ H_jj z_j² + Σ_(j<k) H_jk z_j z_k. */
export interface Quadratics {
  /** f0 per customer. */
  base: Float64Array;
  /** g, H_jj, H_jk per customer, customer-major: coefficients[customer · terms + term], in surrogateTerms' order. */
  coefficients: Float64Array;
}

/**
 * Each customer's D(θ) (see discountedPurchases) as P(alive) × the sum if alive, with the logit of
 * P(alive) and ln of the sum each a quadratic in the whitened draw z, where ln θ = ln θ̂ + L z.
 * Both are smooth and nearly linear in ln θ (BG/NBD's logit is −ln(a/(b + x − 1)) −
 * (r + x) ln((alpha + T)/(alpha + t_x)), FHL 2005 eq. 11), where ln D itself bends as P(alive)
 * saturates. Each draw then costs a customer two dot products and two exponentials instead of
 * a model evaluation per month.
 */
export interface PurchaseValueSurrogate {
  /** Terms per customer: n linear, n square, n(n − 1)/2 cross, for n parameters. */
  terms: number;
  logitAlive: Quadratics;
  logIfAlive: Quadratics;
}

/** P(alive) is kept within [TINY, 1 − 2⁻⁵³] before its logit, so one certainly alive stays finite. */
const ALMOST_ONE = 1 - 2 ** -53;

/**
 * Fits the quadratics of a PurchaseValueSurrogate at the estimates θ̂ from D at z = 0, ±e_j and
 * e_j + e_k (central, and forward mixed, differences at a step of one standard deviation, so the
 * fit is good over the range the draws cover): 1 + 2n + n(n − 1)/2 evaluations of D.
 *
 * @example
 * const surrogate = purchaseValueSurrogate(purchases, [0.243, 4.414, 0.793, 2.426], draws.lower, 2357);
 * // customer 1's D at the estimates, exactly:
 * Math.exp(surrogate.logIfAlive.base[0]) / (1 + Math.exp(-surrogate.logitAlive.base[0]));
 */
export function purchaseValueSurrogate(
  purchases: DiscountedPurchases,
  params: ArrayLike<number>,
  lower: Float64Array,
  customers: number
): PurchaseValueSurrogate {
  const size = params.length;
  const terms = 2 * size + (size * (size - 1)) / 2;
  const center = Float64Array.from(params, Math.log);
  const point = new Float64Array(size);
  const natural = new Float64Array(size);
  const expected = new Float64Array(customers);
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
    const logit = new Float64Array(customers);
    const logIfAlive = new Float64Array(customers);
    purchases.at(natural, expected, logIfAlive);
    for (let customer = 0; customer < customers; customer++) {
      const ifAlive = Math.max(logIfAlive[customer], TINY);
      const alive = Math.min(Math.max(expected[customer] / ifAlive, TINY), ALMOST_ONE);
      logit[customer] = Math.log(alive) - Math.log1p(-alive);
      logIfAlive[customer] = Math.log(ifAlive);
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
  const quadratics = (part: 0 | 1): Quadratics => {
    const f0 = base[part];
    const coefficients = new Float64Array(customers * terms);
    for (let customer = 0; customer < customers; customer++) {
      let term = customer * terms;
      const at = f0[customer];
      for (let j = 0; j < size; j++) {
        coefficients[term++] = (plus[j][part][customer] - minus[j][part][customer]) / (2 * STEP);
      }
      for (let j = 0; j < size; j++) {
        coefficients[term++] =
          (plus[j][part][customer] - 2 * at + minus[j][part][customer]) / (STEP * STEP);
      }
      for (let j = 0; j < size; j++) {
        for (let k = j + 1; k < size; k++) {
          coefficients[term++] =
            (both[j][k][part][customer] - plus[j][part][customer] - plus[k][part][customer] + at) /
            (STEP * STEP);
        }
      }
    }
    return { base: f0, coefficients };
  };
  return { terms, logitAlive: quadratics(0), logIfAlive: quadratics(1) };
}

/**
 * The surrogate's terms of each draw, draw-major, in its coefficients' order: z_j, ½ z_j², then
 * z_j z_k for j < k.
 *
 * @example
 * surrogateTerms(Float64Array.of(1, 2), 1, 2); // Float64Array [1, 2, 0.5, 2, 2]
 */
export function surrogateTerms(standard: Float64Array, count: number, size: number): Float64Array {
  const terms = 2 * size + (size * (size - 1)) / 2;
  const values = new Float64Array(count * terms);
  for (let draw = 0; draw < count; draw++) {
    const z = standard.subarray(draw * size, (draw + 1) * size);
    let term = draw * terms;
    for (let j = 0; j < size; j++) values[term++] = z[j];
    for (let j = 0; j < size; j++) values[term++] = 0.5 * z[j] * z[j];
    for (let j = 0; j < size; j++) for (let k = j + 1; k < size; k++) values[term++] = z[j] * z[k];
  }
  return values;
}
