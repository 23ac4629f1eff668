import type { CalibrationHoldout } from "../history/calibrationHoldout";
import { InputError } from "../inputError";
import {
  fittedPurchaseModel,
  PURCHASE_MODELS,
  type FittedPurchaseModel,
  type PurchaseModelFit,
  type PurchaseModelName,
} from "../models/purchaseModel";
import { collapsedHistories, type PurchaseHistories } from "../models/purchaseHistories";
import { daysPerTimeUnit, type TimeUnit } from "../read/timeUnit";
import { REPEAT_CLASSES } from "./repeatClasses";

/** The models a holdout check fits and compares, in the order it reports them. */
export const HOLDOUT_MODELS: readonly PurchaseModelName[] = ["bgnbd", "mbgnbd", "pnbd", "nbd"];

/** Errors of the holdout total this many percentage points apart count as a tie. */
export const HOLDOUT_TIE_PERCENTAGE_POINTS = 0.5;

/** How close one set of per-customer predictions comes to the holdout's purchases. */
export interface HoldoutAccuracy {
  /** Purchases predicted over all customers in the holdout. */
  predictedTotal: number;
  /** (predicted − actual) / actual × 100; NaN when no one bought in the holdout. */
  errorPercent: number;
  /** Mean over customers of |predicted − actual| holdout purchases. */
  meanAbsoluteError: number;
  /** √(mean over customers of (predicted − actual)²). */
  rootMeanSquaredError: number;
  /** Mean prediction of the customers with 0, 1, …, 6 and 7+ calibration repeat purchases; NaN for an empty class. */
  meanByFrequency: Float64Array;
}

/** One model's fit on the calibration and how it predicts the holdout. */
export interface HoldoutModelCheck {
  model: PurchaseModelName;
  /** undefined when the fit failed. */
  fit: PurchaseModelFit | undefined;
  /** Why the fit failed; "" when it fitted. */
  error: string;
  /** ln L of the calibration at the fit; NaN when the fit failed. */
  logLikelihood: number;
  /** k ln n − 2 ln L, k parameters and n customers; NaN when the fit failed. */
  bic: number;
  /** undefined when the fit failed. */
  accuracy: HoldoutAccuracy | undefined;
  /** Repeat purchases the model expects up to each tracking time; undefined when the fit failed. */
  cumulativePredicted: Float64Array | undefined;
}

/** Cumulative repeat purchases of the whole cohort over calibration and holdout (FHL 2005, Figure 3). */
export interface CumulativeTracking {
  /**
   * End of each period in the time unit since the cohort's first purchase day: 1, 2, …, the last
   * cut to the observation end. Ends fall on whole days (the last day a period counts).
   */
  time: Float64Array;
  /** Repeat purchase days of all customers up to each time. */
  actual: Float64Array;
  /** The period the calibration ends in (1-based; 0 when it ends on the cohort's first day). */
  splitPeriod: number;
  /** The calibration end in the time unit since the cohort's first purchase day. */
  calibrationTime: number;
}

/** What a holdout check shows: each model's fit and predictions beside the holdout's purchases. */
export interface HoldoutCheck {
  customers: number;
  holdoutLength: number;
  timeUnit: TimeUnit;
  /** Purchase days of all customers in the holdout. */
  actualTotal: number;
  /** Customers with 0, 1, …, 6 and 7+ calibration repeat purchases. */
  customersByFrequency: Float64Array;
  /** Their mean holdout purchases (FHL 2005, Figure 4); NaN for an empty class. */
  actualByFrequency: Float64Array;
  /** One entry per model of HOLDOUT_MODELS, in that order. */
  models: HoldoutModelCheck[];
  /** Each customer's calibration rate x/T carried forward over the holdout (0 when T = 0). */
  baseline: HoldoutAccuracy;
  tracking: CumulativeTracking;
  /** The model chooseHoldoutModel picks; undefined when no model fitted. */
  chosen: PurchaseModelName | undefined;
}

/**
 * The holdout check of the purchase models: BG/NBD, MBG/NBD, Pareto/NBD and NBD are fitted on
 * the calibration (x, t_x, T), each predicts every customer's purchases over the holdout
 * (conditional expected purchases over its length), and the predictions are set beside what the
 * customers did: the totals, the per-customer errors, the means by calibration frequency
 * (FHL 2005, Figure 4), and the cohort's cumulative repeat purchases period by period, where
 * each customer is expected E[X(t − t0)] repeat purchases t − t0 after their first purchase at
 * t0 (FHL 2005, Figure 3). A naive baseline, each customer's calibration rate x/T carried
 * forward, shows what the models add. A fit that fails is reported with its message and
 * predicts nothing; the check goes on with the others. The chosen model is chooseHoldoutModel's.
 *
 * @param onModel told before each model's fit, with its position in HOLDOUT_MODELS (for a
 * progress bar: the fits are most of the check's time).
 *
 * @example
 * // The CDNOW sample split at 1997-09-30, observed to 1998-06-30, in weeks:
 * const check = holdoutCheck(calibrationHoldout(log, { calibrationEnd, observationEnd }));
 * check.actualTotal; // 1882 purchase days in the 39-week holdout
 * check.models[0].accuracy?.predictedTotal; // ≈ 1653.4 by BG/NBD: errorPercent ≈ −12.1
 * check.models[2].accuracy?.predictedTotal; // ≈ 1665.5 by Pareto/NBD: errorPercent ≈ −11.5
 * check.baseline.predictedTotal; // ≈ 2930.1: the calibration rates carried forward
 * check.tracking.splitPeriod; // 39
 * check.chosen; // "pnbd"
 */
export function holdoutCheck(
  split: CalibrationHoldout,
  onModel?: (model: PurchaseModelName, index: number) => void
): HoldoutCheck {
  const { calibration, holdoutPurchases, holdoutLength, timeUnit } = split;
  const { x, T } = calibration;
  const customers = x.length;
  const frequencyClass = new Int32Array(customers);
  const customersByFrequency = new Float64Array(REPEAT_CLASSES);
  const actualByFrequency = new Float64Array(REPEAT_CLASSES);
  let actualTotal = 0;
  for (let customer = 0; customer < customers; customer++) {
    const group = Math.min(x[customer], REPEAT_CLASSES - 1);
    frequencyClass[customer] = group;
    customersByFrequency[group]++;
    actualByFrequency[group] += holdoutPurchases[customer];
    actualTotal += holdoutPurchases[customer];
  }
  for (let group = 0; group < REPEAT_CLASSES; group++) {
    actualByFrequency[group] /= customersByFrequency[group] || NaN;
  }
  const accuracyOf = (predicted: Float64Array): HoldoutAccuracy =>
    holdoutAccuracy(predicted, holdoutPurchases, frequencyClass, customersByFrequency);
  const periodEnds = periodEndDays(split);
  const firstPurchases = customersByFirstDay(split);
  // Collapsed once for the four fits.
  const patterns = collapsedHistories(split.calibration);
  const models = HOLDOUT_MODELS.map((model, index): HoldoutModelCheck => {
    onModel?.(model, index);
    const { fit, error } = calibrationFit(model, patterns);
    if (!fit) {
      return {
        model,
        fit,
        error,
        logLikelihood: NaN,
        bic: NaN,
        accuracy: undefined,
        cumulativePredicted: undefined,
      };
    }
    const fitted = fittedPurchaseModel(fit);
    const { logLikelihood } = fit.fit;
    const parameters = PURCHASE_MODELS[model].symbols.length;
    return {
      model,
      fit,
      error,
      logLikelihood,
      bic: parameters * Math.log(customers) - 2 * logLikelihood,
      accuracy: accuracyOf(holdoutPredictions(fitted, split)),
      cumulativePredicted: cumulativeExpected(fitted, periodEnds, firstPurchases, timeUnit),
    };
  });
  const carried = new Float64Array(customers);
  for (let customer = 0; customer < customers; customer++) {
    carried[customer] = T[customer] > 0 ? (x[customer] / T[customer]) * holdoutLength : 0;
  }
  return {
    customers,
    holdoutLength,
    timeUnit,
    actualTotal,
    customersByFrequency,
    actualByFrequency,
    models,
    baseline: accuracyOf(carried),
    tracking: cumulativeTracking(split, periodEnds),
    chosen: chooseHoldoutModel(models, actualTotal),
  };
}

/** One model fitted on the calibration's patterns, or why it could not be ("" when it could). */
function calibrationFit(
  model: PurchaseModelName,
  patterns: PurchaseHistories
): { fit: PurchaseModelFit | undefined; error: string } {
  try {
    const fit = { model, fit: PURCHASE_MODELS[model].fit(patterns) } as PurchaseModelFit;
    return { fit, error: "" };
  } catch (error) {
    return { fit: undefined, error: errorMessage(error) };
  }
}

/** Each customer's expected purchases over the holdout, given their calibration (x, t_x, T). */
function holdoutPredictions(model: FittedPurchaseModel, split: CalibrationHoldout): Float64Array {
  const { x, tx, T } = split.calibration;
  const predicted = new Float64Array(x.length);
  for (let customer = 0; customer < x.length; customer++) {
    predicted[customer] = model.conditionalExpectedPurchases(
      split.holdoutLength,
      x[customer],
      tx[customer],
      T[customer]
    );
  }
  return predicted;
}

/**
 * The rule that picks a model from a holdout check: the fitted model whose holdout total comes
 * closest to the actual total, |predicted − actual|; models within HOLDOUT_TIE_PERCENTAGE_POINTS
 * (0.5) percentage points of the actual total of the closest count as tied, and of those the
 * one with the lowest per-customer mean absolute error wins (on an exact tie, the first listed).
 * The total is what a forecast of the customer base is judged on; the MAE decides between
 * models that forecast it alike by how close they come customer by customer. undefined when no
 * model fitted.
 *
 * @example
 * const accuracy = (predictedTotal: number, meanAbsoluteError: number) =>
 *   ({ predictedTotal, meanAbsoluteError }) as HoldoutAccuracy;
 * chooseHoldoutModel([
 *   { model: "bgnbd", accuracy: accuracy(1030, 0.6) }, // 3.0 % over
 *   { model: "pnbd", accuracy: accuracy(975, 0.5) }, // 2.5 % under: tied with bgnbd, lower MAE
 *   { model: "nbd", accuracy: accuracy(1200, 0.4) }, // 20 % over
 * ], 1000); // "pnbd"
 */
export function chooseHoldoutModel(
  models: readonly Pick<HoldoutModelCheck, "model" | "accuracy">[],
  actualTotal: number
): PurchaseModelName | undefined {
  const totalError = (accuracy: HoldoutAccuracy) => Math.abs(accuracy.predictedTotal - actualTotal);
  let closest = Infinity;
  for (const { accuracy } of models) {
    if (accuracy) closest = Math.min(closest, totalError(accuracy));
  }
  // A hair of slack, so a difference of exactly 0.5 points counts as the tie it is printed as.
  const tie = (HOLDOUT_TIE_PERCENTAGE_POINTS / 100) * actualTotal * (1 + 1e-12);
  let chosen: Pick<HoldoutModelCheck, "model" | "accuracy"> | undefined;
  for (const candidate of models) {
    const accuracy = candidate.accuracy;
    if (!accuracy || totalError(accuracy) > closest + tie) continue;
    if (!chosen || accuracy.meanAbsoluteError < chosen.accuracy!.meanAbsoluteError) {
      chosen = candidate;
    }
  }
  return chosen?.model;
}

/** Totals, per-customer errors and means by frequency class of one set of predictions. */
function holdoutAccuracy(
  predicted: Float64Array,
  actual: Float64Array,
  frequencyClass: Int32Array,
  customersByFrequency: Float64Array
): HoldoutAccuracy {
  let predictedTotal = 0;
  let actualTotal = 0;
  let absoluteErrors = 0;
  let squaredErrors = 0;
  const meanByFrequency = new Float64Array(REPEAT_CLASSES);
  for (let customer = 0; customer < predicted.length; customer++) {
    const difference = predicted[customer] - actual[customer];
    predictedTotal += predicted[customer];
    actualTotal += actual[customer];
    absoluteErrors += Math.abs(difference);
    squaredErrors += difference * difference;
    meanByFrequency[frequencyClass[customer]] += predicted[customer];
  }
  for (let group = 0; group < REPEAT_CLASSES; group++) {
    meanByFrequency[group] /= customersByFrequency[group] || NaN;
  }
  const customers = predicted.length;
  return {
    predictedTotal,
    errorPercent: actualTotal > 0 ? ((predictedTotal - actualTotal) / actualTotal) * 100 : NaN,
    meanAbsoluteError: absoluteErrors / customers,
    rootMeanSquaredError: Math.sqrt(squaredErrors / customers),
    meanByFrequency,
  };
}

/**
 * The tracking periods' ends in whole days since the cohort's first day: period w ends on day
 * floor(w · unit), the last cut to the observation end.
 */
function periodEndDays(split: CalibrationHoldout): Int32Array {
  const daysPerUnit = daysPerTimeUnit(split.timeUnit);
  const lastDay = split.observationEnd - split.cohortStart;
  const ends = new Int32Array(Math.ceil(lastDay / daysPerUnit));
  for (let period = 0; period < ends.length; period++) {
    ends[period] = Math.min(Math.floor((period + 1) * daysPerUnit), lastDay);
  }
  return ends;
}

/**
 * The cohort's actual repeat purchases up to each period end, counting the end day itself, as
 * a history observed to a day counts that day.
 */
function cumulativeTracking(split: CalibrationHoldout, periodEnds: Int32Array): CumulativeTracking {
  const daysPerUnit = daysPerTimeUnit(split.timeUnit);
  const { repeatPurchasesByDay } = split;
  const time = new Float64Array(periodEnds.length);
  const actual = new Float64Array(periodEnds.length);
  let cumulative = 0;
  let counted = 0;
  for (let period = 0; period < periodEnds.length; period++) {
    while (counted <= periodEnds[period]) cumulative += repeatPurchasesByDay[counted++];
    time[period] = periodEnds[period] / daysPerUnit;
    actual[period] = cumulative;
  }
  const calibrationTime = (split.calibrationEnd - split.cohortStart) / daysPerUnit;
  return { time, actual, splitPeriod: Math.ceil(calibrationTime), calibrationTime };
}

/** Calibration customers by first purchase day, day 0 being the cohort's first. */
function customersByFirstDay(split: CalibrationHoldout): Float64Array {
  const { firstPurchase } = split.calibration;
  const counts = new Float64Array(split.calibrationEnd - split.cohortStart + 1);
  for (let customer = 0; customer < firstPurchase.length; customer++) {
    counts[firstPurchase[customer] - split.cohortStart]++;
  }
  return counts;
}

/**
 * Σ_i E[X(t − t0_i)] at each period end t over the customers first buying at t0_i ≤ t. With
 * period ends and first purchases on whole days, t − t0_i is a whole number of days, so E[X] is
 * evaluated once per day of the span rather than once per customer and period.
 */
function cumulativeExpected(
  model: FittedPurchaseModel,
  periodEnds: Int32Array,
  firstPurchases: Float64Array,
  timeUnit: TimeUnit
): Float64Array {
  const daysPerUnit = daysPerTimeUnit(timeUnit);
  const span = periodEnds[periodEnds.length - 1];
  const expectedAfter = new Float64Array(span + 1);
  for (let days = 1; days <= span; days++) {
    expectedAfter[days] = model.expectedPurchases(days / daysPerUnit);
  }
  const cumulative = new Float64Array(periodEnds.length);
  for (let period = 0; period < periodEnds.length; period++) {
    const endDay = periodEnds[period];
    let total = 0;
    const lastFirst = Math.min(endDay, firstPurchases.length - 1);
    for (let first = 0; first <= lastFirst; first++) {
      total += firstPurchases[first] * expectedAfter[endDay - first];
    }
    cumulative[period] = total;
  }
  return cumulative;
}

/** What went wrong, for the pane: an InputError's reason without the Excel argument it names. */
function errorMessage(error: unknown): string {
  if (error instanceof InputError) return error.reason;
  return error instanceof Error ? error.message : String(error);
}
