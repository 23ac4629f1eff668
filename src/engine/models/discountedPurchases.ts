import {
  clvHorizon,
  discountedPurchaseSum,
  type ClvHorizon,
  type PredictedClvOptions,
} from "./predictedClv";
import type { PurchaseHistories } from "./purchaseHistories";
import type { PurchaseModel } from "./purchaseModel";
import { uniquePatterns } from "./uniquePatterns";

/**
 * The distinct histories of a set of customers: P(alive) depends on (x, t_x, T), the sum if
 * alive on (x, T) only, so a model is evaluated once per distinct triple and pair.
 */
export interface PurchasePatterns {
  /** Distinct (x, t_x, T), in ascending order. */
  triples: { x: Float64Array; tx: Float64Array; T: Float64Array };
  /** Distinct (x, T), in ascending order. */
  pairs: { x: Float64Array; T: Float64Array };
  /** Each customer's triple, and each triple's pair. */
  tripleOfCustomer: Uint32Array;
  pairOfTriple: Uint32Array;
}

/**
 * Each customer's discounted expected purchases over the horizon, D(θ) = Σ_k w_k [E(t_k) − E(t_(k−1))]
 * (predictedClv with a spend of 1), factored as P(alive) × the same sum for a customer alive at T,
 * which depends on (x, T) only: so it is computed once per distinct (x, T) and P(alive) once per
 * distinct (x, t_x, T).
 */
export interface DiscountedPurchases {
  patterns: PurchasePatterns;
  /** D(θ) of every customer into `out`; with `ifAlive`, the sum for a customer alive at T too. */
  at(params: ArrayLike<number>, out: Float64Array, ifAlive?: Float64Array): void;
  /** P(alive) of every distinct triple into `alive`, the sum if alive of every distinct pair into `ifAlive`. */
  patternsAt(params: ArrayLike<number>, alive: Float64Array, ifAlive: Float64Array): void;
  /** The same with each month's weight squared, Σ w_k² ΔE, for any d below 1. */
  withSquaredWeights(): DiscountedPurchases;
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
  const patterns = purchasePatterns(histories);
  const { triples, pairs, tripleOfCustomer, pairOfTriple } = patterns;
  const aliveValues = new Float64Array(triples.x.length);
  const pairValues = new Float64Array(pairs.x.length);
  const symbols = model.symbols;
  const build = (horizon: ClvHorizon): DiscountedPurchases => {
    const patternsAt = (params: ArrayLike<number>, alive: Float64Array, ifAlive: Float64Array) => {
      const named = {} as Record<string, number>;
      symbols.forEach((symbol, index) => (named[symbol] = params[index]));
      const fitted = named as P;
      for (let pair = 0; pair < pairs.x.length; pair++) {
        const purchases = pairs.x[pair];
        const age = pairs.T[pair];
        ifAlive[pair] = discountedPurchaseSum(
          (t) => model.expectedPurchasesIfAlive(fitted, t, purchases, age),
          horizon
        );
      }
      for (let triple = 0; triple < triples.x.length; triple++) {
        alive[triple] = model.probabilityAlive(
          fitted,
          triples.x[triple],
          triples.tx[triple],
          triples.T[triple]
        );
      }
    };
    return {
      patterns,
      patternsAt,
      at(params, out, ifAlive) {
        patternsAt(params, aliveValues, pairValues);
        for (let customer = 0; customer < out.length; customer++) {
          const triple = tripleOfCustomer[customer];
          const value = pairValues[pairOfTriple[triple]];
          out[customer] = aliveValues[triple] * value;
          if (ifAlive) ifAlive[customer] = value;
        }
      },
      withSquaredWeights: () =>
        build({ ...horizon, monthlyDiscountBase: horizon.monthlyDiscountBase ** 2 }),
    };
  };
  return build(clvHorizon(options));
}

/** The distinct triples and pairs of the histories (see PurchasePatterns). */
function purchasePatterns({ x, tx, T }: PurchaseHistories): PurchasePatterns {
  const triples = uniquePatterns([x, tx, T]);
  const pairs = uniquePatterns([x, T]);
  const pairOfTriple = new Uint32Array(triples.weights.length);
  for (let customer = 0; customer < x.length; customer++) {
    pairOfTriple[triples.patternOfRow[customer]] = pairs.patternOfRow[customer];
  }
  const [tripleX, tripleTx, tripleT] = triples.columns;
  const [pairX, pairT] = pairs.columns;
  return {
    triples: { x: tripleX, tx: tripleTx, T: tripleT },
    pairs: { x: pairX, T: pairT },
    tripleOfCustomer: triples.patternOfRow,
    pairOfTriple,
  };
}

/** D of one distinct (x, t_x, T) at every parameter draw, into `out` (one value a draw). */
export type PurchasesAtDraws = (triple: number, out: Float64Array) => void;

/**
 * D evaluated exactly at every draw: the model once per draw and distinct pattern, kept as
 * P(alive) per triple and the sum if alive per pair, so memory is (triples + pairs) × draws.
 *
 * @example
 * const atDraws = exactPurchasesAtDraws(purchases, draws.logParams, 100);
 * const row = new Float64Array(100);
 * atDraws(purchases.patterns.tripleOfCustomer[0], row); // customer 1's D at each of the 100 draws
 */
export function exactPurchasesAtDraws(
  purchases: DiscountedPurchases,
  logParams: Float64Array,
  count: number
): PurchasesAtDraws {
  const size = logParams.length / count;
  const triples = purchases.patterns.triples.x.length;
  const pairs = purchases.patterns.pairs.x.length;
  const alive = new Float64Array(triples);
  const ifAlive = new Float64Array(pairs);
  // Pattern-major, so one pattern's draws are contiguous.
  const aliveAtDraws = new Float64Array(triples * count);
  const ifAliveAtDraws = new Float64Array(pairs * count);
  const params = new Float64Array(size);
  for (let draw = 0; draw < count; draw++) {
    for (let index = 0; index < size; index++) {
      params[index] = Math.exp(logParams[draw * size + index]);
    }
    purchases.patternsAt(params, alive, ifAlive);
    for (let triple = 0; triple < triples; triple++) {
      aliveAtDraws[triple * count + draw] = alive[triple];
    }
    for (let pair = 0; pair < pairs; pair++) ifAliveAtDraws[pair * count + draw] = ifAlive[pair];
  }
  const { pairOfTriple } = purchases.patterns;
  return (triple, out) => {
    const aliveOffset = triple * count;
    const ifAliveOffset = pairOfTriple[triple] * count;
    for (let draw = 0; draw < count; draw++) {
      out[draw] = aliveAtDraws[aliveOffset + draw] * ifAliveAtDraws[ifAliveOffset + draw];
    }
  };
}
