import { designPointCount, designPoints, quadraticsFromDesign } from "../numerics/quadraticDesign";
import { logarithms } from "../numerics/logarithms";
import { addQuadraticCumulants, cornishFisherQuantile } from "../numerics/quadraticQuantiles";
import { logParamsAt } from "./parameterDraws";

/** Gamma-Gamma's parameters (p, q, γ). */
const SPEND_PARAMETERS = 3;

/**
 * Each customer's low and high of the predicted CLV from the parameters' uncertainty, without
 * draws: ln CLV_i = ln D_i(z) + ln s_i(z'), z and z' the purchase model's and Gamma-Gamma's
 * independent whitened draws, each part a quadratic fitted at the design (quadraticsFromDesign;
 * D from purchasesAtDesign per distinct history, the spend (γ + m x) p / (p x + q − 1) of Fader &
 * Hardie note 025 eq. 5 per customer), so ln CLV_i's mean, variance and third cumulant are the
 * parts' sums (addQuadraticCumulants), and its quantiles are Cornish-Fisher's at the standard
 * normal quantiles `lowNormal` and `highNormal`: CLV's are their exponentials. Where the spend has
 * no mean at a design point (p x + q ≤ 1), low is 0 and high Infinity.
 *
 * @example
 * const { low, high } = customerClvQuantiles(atDesign, purchases.patterns.tripleOfCustomer, 4,
 *   { params: [p, q, gamma], lower: spendDraws.lower }, histories, -1.645, 1.645);
 * [low[0], high[0]]; // customer 1's 90 % interval
 */
export function customerClvQuantiles(
  atDesign: readonly Float64Array[],
  tripleOfCustomer: Uint32Array,
  purchaseSize: number,
  spend: { params: readonly number[]; lower: Float64Array },
  histories: { x: Float64Array; meanSpend: Float64Array },
  lowNormal: number,
  highNormal: number
): { low: Float64Array; high: Float64Array } {
  const { x, meanSpend } = histories;
  const customers = x.length;
  const purchaseQuadratics = quadraticsFromDesign(atDesign.map(logarithms), purchaseSize);
  const triples = atDesign[0].length;
  const tripleCumulants = new Float64Array(3 * triples);
  for (let triple = 0; triple < triples; triple++) {
    addQuadraticCumulants(purchaseQuadratics, triple, purchaseSize, tripleCumulants, 3 * triple);
  }
  const points = designPointCount(SPEND_PARAMETERS);
  const logParams = logParamsAt(spend.params, spend.lower, designPoints(SPEND_PARAMETERS), points);
  const logSpend = Array.from({ length: points }, (_, point) => {
    const [p, q, gamma] = logParams
      .subarray(point * SPEND_PARAMETERS, (point + 1) * SPEND_PARAMETERS)
      .map(Math.exp);
    const values = new Float64Array(customers);
    for (let customer = 0; customer < customers; customer++) {
      const repeats = x[customer];
      const denominator = p * repeats + q - 1;
      values[customer] =
        denominator > 0
          ? Math.log(((gamma + meanSpend[customer] * repeats) * p) / denominator)
          : NaN;
    }
    return values;
  });
  const spendQuadratics = quadraticsFromDesign(logSpend, SPEND_PARAMETERS);
  const cumulants = new Float64Array(3);
  const low = new Float64Array(customers);
  const high = new Float64Array(customers);
  for (let customer = 0; customer < customers; customer++) {
    const triple = tripleOfCustomer[customer];
    cumulants.set(tripleCumulants.subarray(3 * triple, 3 * triple + 3));
    addQuadraticCumulants(spendQuadratics, customer, SPEND_PARAMETERS, cumulants, 0);
    const lowValue = Math.exp(cornishFisherQuantile(cumulants, 0, lowNormal));
    const highValue = Math.exp(cornishFisherQuantile(cumulants, 0, highNormal));
    const bounded = Number.isFinite(lowValue) && Number.isFinite(highValue);
    low[customer] = bounded ? lowValue : 0;
    high[customer] = bounded ? highValue : Infinity;
  }
  return { low, high };
}
