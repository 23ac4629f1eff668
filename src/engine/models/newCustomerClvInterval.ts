import { quantileSorted } from "../numerics/quantile";
import type { Interval } from "./clvIntervals";
import {
  fittedParameterDraws,
  type ClvIntervalHistories,
  type IntervalDrawOptions,
  type PurchaseModelEstimate,
} from "./fittedParameterDraws";
import { gammaGammaPopulationMeanSpend, type GammaGammaParameters } from "./gammaGamma";
import type { ModelFit } from "./modelFit";
import { newCustomerClv } from "./newCustomerClv";
import { predictedClv, type PredictedClvOptions } from "./predictedClv";

/** newCustomerClvInterval's options: the CLV's, and the interval's level, draws and seed. */
export interface NewCustomerClvIntervalOptions extends PredictedClvOptions, IntervalDrawOptions {}

/**
 * How sure a new customer's CLV (newCustomerClv) is, from the parameters' uncertainty: the
 * purchase model's and Gamma-Gamma's log-parameters drawn as clvIntervals draws them
 * (fittedParameterDraws: the covariance measured on the customers they were fitted on, the same
 * seeds), the new-customer CLV recomputed at every draw, and low and high the draws' (1 ∓
 * level)/2 quantiles (type 7). A draw with q ≤ 1 has no mean spend: its value is infinite, which
 * only a level reaching that far into the tail shows. Only the parameters' uncertainty: how much
 * one new customer actually buys varies far more.
 *
 * @throws InputError as fittedParameterDraws and newCustomerClv; ModelFitError ("no-maximum")
 *   when the parameters are not a best fit to these customers.
 *
 * @example
 * newCustomerClvInterval({ model: "bgnbd", fit: cdnowBgnbd }, cdnowGammaGamma, cdnow,
 *   { horizonMonths: 12, monthlyDiscountRate: 0.01, timeUnit: "W", level: 0.9 });
 * // { low: 44.05, estimate: 48.23 (CX.NEWCLV at these fits), high: 53.08 }
 */
export function newCustomerClvInterval(
  purchase: PurchaseModelEstimate,
  spend: Pick<ModelFit<GammaGammaParameters>, "params">,
  histories: ClvIntervalHistories,
  options: NewCustomerClvIntervalOptions
): Interval {
  const { model, purchaseParams, level, count, purchaseDraws, spendDraws } = fittedParameterDraws(
    purchase,
    spend,
    histories,
    options
  );
  const params = purchase.fit.params as unknown as Record<string, number>;
  const estimate = newCustomerClv((t) => model.expectedPurchases(params, t), spend.params, options);
  const size = purchaseParams.length;
  const values = new Float64Array(count);
  const drawn: Record<string, number> = {};
  for (let draw = 0; draw < count; draw++) {
    model.symbols.forEach((symbol, index) => {
      drawn[symbol] = Math.exp(purchaseDraws.logParams[draw * size + index]);
    });
    const meanValue = gammaGammaPopulationMeanSpend({
      p: Math.exp(spendDraws.logParams[draw * 3]),
      q: Math.exp(spendDraws.logParams[draw * 3 + 1]),
      gamma: Math.exp(spendDraws.logParams[draw * 3 + 2]),
    });
    // A draw with q ≤ 1 has no finite mean spend: its value is unbounded, as clvIntervals' is.
    values[draw] = Number.isFinite(meanValue)
      ? predictedClv((t) => model.expectedPurchases(drawn, t), meanValue, options)
      : Infinity;
  }
  values.sort();
  return {
    low: quantileSorted(values, (1 - level) / 2),
    estimate,
    high: quantileSorted(values, (1 + level) / 2),
  };
}
