import { designPointCount, designPoints } from "../numerics/quadraticDesign";
import type { DiscountedPurchases } from "./discountedPurchases";
import { logParamsAt } from "./parameterDraws";

/**
 * D(θ) (see discountedPurchases) of every distinct (x, t_x, T) at the points of designPoints in
 * the purchase model's whitened draws, ln θ = ln θ̂ + L z: one array a point, one value a triple,
 * P(alive) per triple times the sum if alive per pair. 1 + 2n + n(n − 1)/2 evaluations of the
 * model on the distinct patterns, from which the quadratics in z of the intervals are fitted.
 *
 * @example
 * const atDesign = purchasesAtDesign(purchases, [0.243, 4.414, 0.793, 2.426], draws.lower);
 * atDesign.length; // 15 points for BG/NBD's four parameters
 * atDesign[0][purchases.patterns.tripleOfCustomer[0]]; // customer 1's D at the estimates
 */
export function purchasesAtDesign(
  purchases: DiscountedPurchases,
  params: ArrayLike<number>,
  lower: Float64Array
): Float64Array[] {
  const size = params.length;
  const count = designPointCount(size);
  const logParams = logParamsAt(params, lower, designPoints(size), count);
  const { triples, pairs, pairOfTriple } = purchases.patterns;
  const ifAlive = new Float64Array(pairs.x.length);
  return Array.from({ length: count }, (_, point) => {
    const natural = logParams.subarray(point * size, (point + 1) * size).map(Math.exp);
    const values = new Float64Array(triples.x.length);
    purchases.patternsAt(natural, values, ifAlive);
    for (let triple = 0; triple < values.length; triple++) {
      values[triple] *= ifAlive[pairOfTriple[triple]];
    }
    return values;
  });
}
