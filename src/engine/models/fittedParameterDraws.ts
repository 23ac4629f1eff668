import { requireSameLength } from "../argumentChecks";
import { InputError } from "../inputError";
import { gammaGammaLikelihood, type GammaGammaParameters } from "./gammaGamma";
import { logParameterCovariance } from "./logParameterCovariance";
import type { ModelFit } from "./modelFit";
import { parameterDraws, type ParameterDraws } from "./parameterDraws";
import { requireHistory } from "./purchaseHistories";
import {
  PURCHASE_MODELS,
  type PurchaseModel,
  type PurchaseModelName,
  type PurchaseModelParameters,
} from "./purchaseModel";

/** A purchase model and its parameters: a PurchaseModelFit will do, or just the parameters. */
export type PurchaseModelEstimate = {
  [Name in PurchaseModelName]: {
    model: Name;
    fit: Pick<ModelFit<PurchaseModelParameters[Name]>, "params">;
  };
}[PurchaseModelName];

/** The customers the models were fitted on: (x, t_x, T) and the mean value of the repeat purchases. */
export interface ClvIntervalHistories {
  x: Float64Array;
  tx: Float64Array;
  T: Float64Array;
  /** Mean value of the customer's repeat purchases (anything ≥ 0 where x is 0). */
  meanSpend: Float64Array;
}

/** How an interval is drawn: its level, the number of draws and their seed. */
export interface IntervalDrawOptions {
  /** Probability the interval is to hold, 0 < level < 1. Default 0.9. */
  level?: number;
  /** Parametric draws, 10 to 100 000. Default 1000. */
  draws?: number;
  /** Seed of the draws (a whole number below 2^32 − 1): the same seed gives the same numbers. Default 20240601. */
  seed?: number;
}

/** The checked settings and the draws of both models' parameters (see fittedParameterDraws). */
export interface FittedParameterDraws {
  model: PurchaseModel<Record<string, number>>;
  /** The purchase model's estimates in its symbols' order. */
  purchaseParams: number[];
  level: number;
  count: number;
  purchaseDraws: ParameterDraws;
  /** Gamma-Gamma's p, q, gamma per draw (on the log scale, as parameterDraws gives them). */
  spendDraws: ParameterDraws;
}

const DEFAULT_LEVEL = 0.9;
const DEFAULT_DRAWS = 1000;
const DEFAULT_SEED = 20240601;

/**
 * The parameter draws the CLV intervals share: the histories checked, the level and the number
 * of draws checked, the covariance of the purchase model's and Gamma-Gamma's log-parameters
 * measured on these customers (logParameterCovariance), and `draws` vectors from each normal,
 * independently (the two models are fitted apart), the purchase model's with `seed` and
 * Gamma-Gamma's with seed + 1.
 *
 * @throws InputError for columns of different lengths, impossible histories, a level outside
 *   (0, 1) or draws outside 10..100 000; ModelFitError ("no-maximum") when the estimates are not
 *   at a maximum of these customers' likelihood.
 * @example
 * const shared = fittedParameterDraws({ model: "bgnbd", fit: bgnbdFit }, gammaGammaFit, cdnow, {});
 * shared.count; // 1000
 * shared.purchaseDraws.logParams.length; // 4000: r, alpha, a, b per draw
 */
export function fittedParameterDraws(
  purchase: PurchaseModelEstimate,
  spend: Pick<ModelFit<GammaGammaParameters>, "params">,
  histories: ClvIntervalHistories,
  options: IntervalDrawOptions
): FittedParameterDraws {
  const { x, tx, T, meanSpend } = histories;
  requireSameLength(tx.length, x.length, "recency", "frequency");
  requireSameLength(T.length, x.length, "T", "frequency");
  requireSameLength(meanSpend.length, x.length, "monetary", "frequency");
  for (let customer = 0; customer < x.length; customer++) {
    requireHistory(x[customer], tx[customer], T[customer], customer);
  }
  const level = options.level ?? DEFAULT_LEVEL;
  if (!(level > 0 && level < 1)) {
    throw new InputError(
      "interval",
      "must be a probability above 0 and below 1, e.g. 0.9",
      "value"
    );
  }
  const count = options.draws ?? DEFAULT_DRAWS;
  if (!(Number.isInteger(count) && count >= 10 && count <= 100000)) {
    throw new InputError("draws", "must be a whole number from 10 to 100 000", "value");
  }
  const seed = options.seed ?? DEFAULT_SEED;
  const model = PURCHASE_MODELS[purchase.model] as unknown as PurchaseModel<Record<string, number>>;
  const params = purchase.fit.params as unknown as Record<string, number>;
  const purchaseParams = model.symbols.map((symbol) => params[symbol]);
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
  return { model, purchaseParams, level, count, purchaseDraws, spendDraws };
}
