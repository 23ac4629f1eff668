import {
  fitGammaGamma,
  gammaGammaConditionalExpectedSpend,
  type GammaGammaParameters,
} from "../models/gammaGamma";
import type { ModelFit } from "../models/modelFit";
import { InputError } from "../inputError";
import { ModelFitError, type ModelFitFailure } from "../models/modelFitError";
import { predictedClv } from "../models/predictedClv";
import { collapsedHistories } from "../models/purchaseHistories";
import { daysPerTimeUnit } from "../read/timeUnit";
import {
  fittedPurchaseModel,
  PURCHASE_MODELS,
  type PurchaseModelFit,
  type PurchaseModelName,
} from "../models/purchaseModel";
import type { AnalysisHoldout } from "./analysisHoldout";
import { HOLDOUT_MODELS } from "./holdoutCheck";

/**
 * Which models the analysis fits: one of the purchase models the holdout check compares
 * (BG/NBD, MBG/NBD, Pareto/NBD, the NBD) or the best of them on the check (chooseHoldoutModel's
 * pick, refitted on the whole period), each with Gamma-Gamma for spend, or none.
 */
export type AnalysisModel = `${PurchaseModelName}+gg` | "best+gg" | "none";

/** The customers' model inputs, in weeks. */
export interface ModelHistories {
  x: Float64Array;
  tx: Float64Array;
  T: Float64Array;
  /** Mean net value of the repeat occasions (0 when x = 0; NaN without amounts). */
  meanRepeatSpend: Float64Array;
  /** True when the customers' purchases have no amounts: Gamma-Gamma is not fitted. */
  withoutAmounts?: boolean;
}

/** Why a log without amounts gets no spend model. */
export const NO_AMOUNTS = "the spend model needs amounts, and the data have none";

/** How the model fits went: each fit, or the message of why it failed. */
export interface ModelOutcome {
  model: AnalysisModel;
  transaction: PurchaseModelFit | undefined;
  /** Why the transaction model could not be fitted, in English; "" when it was (or none was asked for). */
  transactionError: string;
  /**
   * Which way the chosen transaction model's fit failed (see ModelFitError), e.g. "no-dropout"
   * when no customer seems to leave — `transaction` is then the NBD fitted instead, when that
   * fits; undefined when the chosen model fitted or failed on the input itself.
   */
  transactionFailure: ModelFitFailure | undefined;
  spend: ModelFit<GammaGammaParameters> | undefined;
  spendError: string;
  /** Customers the Gamma-Gamma model was fitted on: x > 0 and a positive mean repeat spend. */
  spendCustomers: number;
  /** The holdout check, when the analysis asked for one. */
  holdout: AnalysisHoldout | undefined;
}

/**
 * Fits the chosen transaction model on (x, t_x, T) in weeks and Gamma-Gamma on the repeat
 * customers whose mean repeat spend is positive (returns can make it 0 or negative, which the
 * model cannot hold); without amounts (`histories.withoutAmounts`) there is no spend model and
 * `spendError` is NO_AMOUNTS, so expected spend and CLV are NaN. A fit that fails does not throw: its message (and, for a ModelFitError,
 * its failure) is kept and the fit is undefined, so the analysis goes on without it.
 *
 * Where the data show no customer leaving, BG/NBD and Pareto/NBD run to the same edge (every
 * customer alive, dropout 0), as on the bench's 1,048,575-row log: the NBD, their limit without
 * dropout, is fitted and predicts instead, and `transactionFailure` says why. Any other failure
 * of the chosen model does not fall back.
 *
 * With "best+gg" the purchase model is the one the holdout check picked, fitted again on the
 * whole period (the check's own fits saw only the calibration); without a pick (no check, or
 * no model fitted on the calibration) there is no purchase model and `transactionError` says why.
 *
 * @example
 * const outcome = fitCustomerModels(histories, "bgnbd+gg");
 * outcome.transaction?.fit.params; // { r, alpha, a, b }
 * outcome.spendError; // "" when Gamma-Gamma fitted
 * // On a log where no customer leaves:
 * outcome.transactionFailure; // "no-dropout"
 * outcome.transaction?.model; // "nbd": every customer alive, still expected purchases and CLV
 * // The CDNOW sample with the check on its last 39 weeks:
 * fitCustomerModels(histories, "best+gg", holdout).transaction?.model; // "pnbd"
 */
export function fitCustomerModels(
  histories: ModelHistories,
  model: AnalysisModel,
  holdout?: AnalysisHoldout
): ModelOutcome {
  const outcome: ModelOutcome = {
    model,
    transaction: undefined,
    transactionError: "",
    transactionFailure: undefined,
    spend: undefined,
    spendError: "",
    spendCustomers: 0,
    holdout,
  };
  if (model === "none") return outcome;
  // Collapsed once for the purchase model and, without dropout, the NBD.
  const patterns = collapsedHistories(histories);
  const purchaseModel = purchaseModelOf(model, holdout);
  if (typeof purchaseModel === "object") {
    outcome.transactionError = purchaseModel.unavailable;
  } else {
    try {
      outcome.transaction = {
        model: purchaseModel,
        fit: PURCHASE_MODELS[purchaseModel].fit(patterns),
      } as PurchaseModelFit;
    } catch (error) {
      outcome.transactionError = errorMessage(error);
      if (error instanceof ModelFitError) outcome.transactionFailure = error.failure;
    }
  }
  if (outcome.transactionFailure === "no-dropout") {
    // No dropout is a model, not an error: the NBD is both models' limit without dropout.
    try {
      outcome.transaction = { model: "nbd", fit: PURCHASE_MODELS.nbd.fit(patterns) };
      outcome.transactionError = "";
    } catch (error) {
      outcome.transactionError = errorMessage(error);
    }
  }
  if (histories.withoutAmounts) {
    outcome.spendError = NO_AMOUNTS;
    return outcome;
  }
  const spendX = new Float64Array(histories.x.length);
  for (let customer = 0; customer < spendX.length; customer++) {
    if (histories.meanRepeatSpend[customer] > 0) {
      spendX[customer] = histories.x[customer];
      if (spendX[customer] > 0) outcome.spendCustomers++;
    }
  }
  try {
    outcome.spend = fitGammaGamma({ x: spendX, meanSpend: histories.meanRepeatSpend });
  } catch (error) {
    outcome.spendError = errorMessage(error);
  }
  return outcome;
}

/** What the fitted models predict per customer; NaN where a model is missing. */
export interface CustomerPredictions {
  probabilityAlive: Float64Array;
  /** Purchases expected in the horizon. */
  expectedPurchases: Float64Array;
  /** Expected value of one purchase (Gamma-Gamma). */
  expectedSpend: Float64Array;
  /** Discounted value of the horizon's purchases, times the gross margin. */
  predictedClv: Float64Array;
}

export interface PredictionOptions {
  horizonMonths: number;
  monthlyDiscountRate: number;
  grossMargin: number;
}

const WEEKS_PER_MONTH = daysPerTimeUnit("M") / daysPerTimeUnit("W");

/**
 * Per-customer predictions from the fitted models: P(alive), purchases expected in the
 * horizon, expected spend per purchase (Gamma-Gamma's conditional mean, the customer's own
 * mean repeat spend taken as 0 when returns make it negative) and predicted CLV (see
 * predictedClv) times the gross margin. Columns whose model is missing are NaN.
 *
 * @example
 * const predictions = customerPredictions(outcome, histories, {
 *   horizonMonths: 12, monthlyDiscountRate: 0.01, grossMargin: 0.3,
 * });
 * predictions.predictedClv[0]; // 0.3 × the discounted value of customer 0's next 12 months
 */
export function customerPredictions(
  outcome: ModelOutcome,
  histories: ModelHistories,
  options: PredictionOptions
): CustomerPredictions {
  const customers = histories.x.length;
  const predictions: CustomerPredictions = {
    probabilityAlive: new Float64Array(customers).fill(NaN),
    expectedPurchases: new Float64Array(customers).fill(NaN),
    expectedSpend: new Float64Array(customers).fill(NaN),
    predictedClv: new Float64Array(customers).fill(NaN),
  };
  const { x, tx, T, meanRepeatSpend } = histories;
  const spend = outcome.spend;
  if (spend) {
    for (let customer = 0; customer < customers; customer++) {
      const ownMean = Math.max(0, meanRepeatSpend[customer]);
      const spendX = meanRepeatSpend[customer] > 0 ? x[customer] : 0;
      predictions.expectedSpend[customer] = gammaGammaConditionalExpectedSpend(
        spend.params,
        spendX,
        ownMean
      );
    }
  }
  if (!outcome.transaction) return predictions;
  const model = fittedPurchaseModel(outcome.transaction);
  const horizon = options.horizonMonths * WEEKS_PER_MONTH;
  const clvOptions = {
    horizonMonths: options.horizonMonths,
    monthlyDiscountRate: options.monthlyDiscountRate,
    timeUnit: "W" as const,
  };
  for (let customer = 0; customer < customers; customer++) {
    const repeats = x[customer];
    const lastPurchase = tx[customer];
    const observed = T[customer];
    predictions.probabilityAlive[customer] = model.probabilityAlive(
      repeats,
      lastPurchase,
      observed
    );
    predictions.expectedPurchases[customer] = model.conditionalExpectedPurchases(
      horizon,
      repeats,
      lastPurchase,
      observed
    );
    const expectedSpend = predictions.expectedSpend[customer];
    if (!(expectedSpend >= 0 && expectedSpend < Infinity)) continue;
    const value = predictedClv(
      (t) => model.conditionalExpectedPurchases(t, repeats, lastPurchase, observed),
      expectedSpend,
      clvOptions
    );
    predictions.predictedClv[customer] = value * options.grossMargin;
  }
  return predictions;
}

/** The purchase model an analysis model fits, or why there is none to fit. */
function purchaseModelOf(
  model: Exclude<AnalysisModel, "none">,
  holdout: AnalysisHoldout | undefined
): PurchaseModelName | { unavailable: string } {
  const named = HOLDOUT_MODELS.find((name) => model === `${name}+gg`);
  if (named !== undefined) return named;
  const chosen = holdout?.check?.chosen;
  if (chosen) return chosen;
  if (!holdout) return { unavailable: "the best model on the holdout needs the holdout check" };
  return {
    unavailable:
      holdout.error || "no model could be fitted on the calibration period, so none was picked",
  };
}

/**
 * What went wrong, for the pane: an InputError's reason without the Excel argument it names.
 *
 * @example
 * errorMessage(new InputError("monetary", "must be a number", "value")); // "must be a number"
 * errorMessage(new Error("did not converge")); // "did not converge"
 */
export function errorMessage(error: unknown): string {
  if (error instanceof InputError) return error.reason;
  return error instanceof Error ? error.message : String(error);
}
