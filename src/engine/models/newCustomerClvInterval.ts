import { requireSameLength } from "../argumentChecks";
import { InputError } from "../inputError";
import { quantileSorted } from "../numerics/quantile";
import type { ClvIntervalHistories, Interval, PurchaseModelEstimate } from "./clvIntervals";
import {
  gammaGammaLikelihood,
  gammaGammaPopulationMeanSpend,
  type GammaGammaParameters,
} from "./gammaGamma";
import { logParameterCovariance } from "./logParameterCovariance";
import type { ModelFit } from "./modelFit";
import { newCustomerClv } from "./newCustomerClv";
import { parameterDraws } from "./parameterDraws";
import { requireHistory } from "./purchaseHistories";
import { PURCHASE_MODELS, type PurchaseModel } from "./purchaseModel";
import { predictedClv, type PredictedClvOptions } from "./predictedClv";

/** newCustomerClvInterval's options: the CLV's, and the interval's level, draws and seed. */
export interface NewCustomerClvIntervalOptions extends PredictedClvOptions {
  /** Probability the interval is to hold, 0 < level < 1. Default 0.9. */
  level?: number;
  /** Parametric draws, 10 to 100 000. Default 1000. */
  draws?: number;
  /** Seed of the draws: the same seed gives the same numbers. Default 20240601. */
  seed?: number;
}

const DEFAULT_LEVEL = 0.9;
const DEFAULT_DRAWS = 1000;
const DEFAULT_SEED = 20240601;

/**
 * How sure a new customer's CLV (newCustomerClv) is, from the parameters' uncertainty: the
 * purchase model's and Gamma-Gamma's log-parameters drawn from normals with the inverse Hessian
 * of −ln L on the customers they were fitted on (logParameterCovariance, as clvIntervals draws
 * them, with the same seeds), the new-customer CLV recomputed at every draw, and low and high the
 * draws' (1 ∓ level)/2 quantiles (type 7). A draw with q ≤ 1 has no mean spend: its value is
 * infinite, which only a level reaching that far into the tail shows. Only the parameters'
 * uncertainty: how much one new customer actually buys varies far more.
 *
 * @throws InputError for columns of different lengths, impossible histories, a level outside
 *   (0, 1) or draws outside 10..100 000, and as newCustomerClv; ModelFitError ("no-maximum")
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
  const { x, tx, T, meanSpend } = histories;
  requireSameLength(tx.length, x.length, "recency", "frequency");
  requireSameLength(T.length, x.length, "T", "frequency");
  requireSameLength(meanSpend.length, x.length, "monetary", "frequency");
  for (let customer = 0; customer < x.length; customer++) {
    requireHistory(x[customer], tx[customer], T[customer], customer);
  }
  const level = options.level ?? DEFAULT_LEVEL;
  if (!(level > 0 && level < 1)) {
    throw new InputError("interval", "must be a probability above 0 and below 1, e.g. 0.9", "num");
  }
  const count = options.draws ?? DEFAULT_DRAWS;
  if (!(Number.isInteger(count) && count >= 10 && count <= 100000)) {
    throw new InputError("draws", "must be a whole number from 10 to 100 000", "num");
  }
  const seed = options.seed ?? DEFAULT_SEED;
  const model = PURCHASE_MODELS[purchase.model] as unknown as PurchaseModel<Record<string, number>>;
  const params = purchase.fit.params as unknown as Record<string, number>;
  const purchaseParams = model.symbols.map((symbol) => params[symbol]);
  const estimate = newCustomerClv((t) => model.expectedPurchases(params, t), spend.params, options);

  const { p, q, gamma } = spend.params;
  const purchaseDraws = parameterDraws(
    purchaseParams,
    logParameterCovariance(model.likelihood({ x, tx, T }), purchaseParams),
    count,
    seed
  );
  const spendDraws = parameterDraws(
    [p, q, gamma],
    logParameterCovariance(gammaGammaLikelihood({ x, meanSpend }), [p, q, gamma]),
    count,
    seed + 1
  );
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
    values[draw] = predictedClv((t) => model.expectedPurchases(drawn, t), meanValue, options);
  }
  values.sort();
  return {
    low: quantileSorted(values, (1 - level) / 2),
    estimate,
    high: quantileSorted(values, (1 + level) / 2),
  };
}
