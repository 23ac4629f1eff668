import { requireFinite, requireShare, requireWholeNumberBetween } from "../argumentChecks";
import { InputError } from "../inputError";
import { requireDiscountRate } from "../formulas/discountRate";
import { rfmCodes, rfmScoreColumns, type RfmScoreParts } from "../rfm/rfmScores";
import type { SegmentScheme } from "../rfm/segmentRules";
import type { CustomerTable } from "../read/customerTable";
import type { TransactionLog } from "../read/transactionLog";
import { customerHistory, type CustomerHistory } from "../history/customerHistory";
import {
  customerPredictions,
  fitCustomerModels,
  type AnalysisModel,
  type CustomerPredictions,
  type ModelOutcome,
} from "./customerModels";
import { customerSegments, SEGMENT_KEYS } from "../rfm/customerSegments";
import { customerClvIntervals, type CustomerClvIntervals } from "./customerClvIntervals";
import { customerTableHistory } from "../history/customerTableHistory";
import type { PurchaseModelName } from "../models/purchaseModel";
import {
  analysisHoldout,
  requireHoldoutLength,
  type AnalysisHoldout,
  type HoldoutLength,
} from "./analysisHoldout";

export interface CustomerAnalysisOptions {
  /** Day serial the customers are observed to; default the day after the log's last date. */
  observationEnd?: number;
  /** Scores per RFM dimension, 2..10. Default 5. */
  rfmBins?: number;
  /** "quantile" (ties share a score) or "ntile" (equal counts). Default "quantile". */
  rfmMethod?: "quantile" | "ntile";
  /** The segment table: the R rfm package's ("rfmPackage", the default) or "allReachable". */
  segmentScheme?: SegmentScheme;
  /** Share of revenue kept as profit, 0..1. Default 1. */
  grossMargin?: number;
  /** Default 0.01. */
  monthlyDiscountRate?: number;
  /** Whole months to predict, 1..1200. Default 12. */
  horizonMonths?: number;
  /** Default "best+gg" with a holdout check, else "bgnbd+gg". */
  model?: AnalysisModel;
  /**
   * Weeks at the end of the observation period to check the models on (analysisHoldout), or
   * "auto" for the default (the last third, at least 8 weeks); no check when left out.
   */
  holdoutWeeks?: HoldoutLength;
}

/** The options with their defaults filled in. */
export type AnalysisSettings = Required<
  Omit<CustomerAnalysisOptions, "observationEnd" | "holdoutWeeks">
> &
  Pick<CustomerAnalysisOptions, "holdoutWeeks">;

/** Told before each model's calibration fit of a holdout check, with its position among the four. */
export type HoldoutProgress = (model: PurchaseModelName, index: number) => void;

/**
 * One entry per customer with a purchase occasion (see customerHistory), as typed columns: the
 * customer history (t_x and T in weeks), RFM scores and segment, the models' predictions and
 * the attribute value.
 */
export interface CustomerAnalysis extends CustomerHistory, CustomerPredictions {
  /** revenue / orders (NaN without amounts). */
  readonly averageOrderValue: Float64Array;
  /**
   * R, F and M scores, 1..bins: R from recency days (recent scores high), F from orders, M from
   * revenue; without amounts M is 0 (no score).
   */
  readonly scores: RfmScoreParts;
  /** 100·R + 10·F + M (100·R + 10·F without amounts). */
  readonly rfmScore: Int32Array;
  /** Position in SEGMENT_KEYS; without amounts, from R and F alone (see customerAnalysis). */
  readonly segment: Uint8Array;
  /** The predicted CLV's 90 % intervals per customer, per segment and in total (customerClvIntervals). */
  readonly clvIntervals: CustomerClvIntervals;
  readonly models: ModelOutcome;
  readonly settings: AnalysisSettings;
}

/**
 * The full per-customer analysis of a transaction log: its customer history (customerHistory,
 * in weeks), RFM scores on recency days, orders and revenue, segments under the
 * default rules, and, unless the model is "none", BG/NBD or Pareto/NBD fitted on (x, t_x, T) in
 * weeks with Gamma-Gamma on the repeat customers, giving P(alive), the purchases and spend
 * expected in the horizon and predicted CLV × gross margin, with its 90 % intervals
 * (customerClvIntervals, the segments as groups). A model that cannot be fitted leaves its
 * columns NaN and its message in `models`; nothing else depends on it.
 *
 * A log without amounts (`withoutAmounts`) is scored on R and F alone: M is scored as F, so the
 * segment rules read the R × F grid (a customer's segment is the rule that holds at R, F and
 * M = F), and the M score is then left 0; the purchase model is fitted as usual, Gamma-Gamma is
 * not (`models.spendError` says why), so expected spend and CLV are NaN.
 *
 * With `holdoutWeeks`, the four purchase models are first checked on the period's last weeks
 * (analysisHoldout, progress told to `onHoldoutModel`), and "best+gg" predicts with the model
 * picked there, refitted on the whole period.
 *
 * @throws InputError "transactions" (kind "na") when no customer has a purchase up to the
 * observation end; "bins", "gross_margin", "discount_rate", "horizon_months", "holdout_weeks"
 * for options out of range; "model" for "best+gg" without a holdout check.
 *
 * @example
 * const analysis = customerAnalysis(log, undefined, { grossMargin: 0.4 });
 * analysis.customerIds.length; // customers
 * analysis.segment; // Uint8Array of positions in SEGMENT_KEYS
 * analysis.models.transaction?.fit.params; // { r, alpha, a, b }
 * analysis.predictedClv; // Float64Array, 0.4 × predicted 12-month value
 * // Checked on the last 39 weeks, the model picked there predicts:
 * const checked = customerAnalysis(log, { observationEnd: 35976, holdoutWeeks: 39 });
 * checked.models.holdout?.check?.chosen; // "pnbd"
 * checked.models.transaction?.model; // "pnbd", fitted on the whole period
 */
export function customerAnalysis(
  log: TransactionLog,
  options: CustomerAnalysisOptions = {},
  onHoldoutModel?: HoldoutProgress
): CustomerAnalysis {
  const settings = analysisSettings(options);
  const history = customerHistory(log, { observationEnd: options.observationEnd, timeUnit: "W" });
  const holdout =
    settings.holdoutWeeks === undefined
      ? undefined
      : analysisHoldout(
          log,
          history,
          settings.holdoutWeeks,
          onHoldoutModel,
          options.observationEnd !== undefined
        );
  return analyzedHistory(history, settings, "", holdout);
}

/** Why a customer table gets no holdout check. */
const NO_HOLDOUT_DATES =
  "a customer table has no purchase dates to hold out: the holdout check needs a transaction log";

/** Why an RFM customer table gets no model. */
const NO_HISTORIES =
  "a table of recency, frequency and monetary value gives RFM only: the models need each customer's x, t_x and T";

/**
 * The per-customer analysis of a customer table (see createCustomerTableBuilder and
 * customerTablePurchases): the same columns as customerAnalysis gives a transaction log. A
 * "histories" table (x, t_x, T, monetary) is scored and fitted like a log's customers; an
 * "rfm" table (recency, frequency, monetary) is scored and segmented, and its models are left
 * out with the reason in `models.transactionError`, as the models need x, t_x and T.
 *
 * @param options observationEnd, when given, dates the first and last purchases; without it
 * they are NaN.
 * @throws InputError "transactions" (kind "na") when the table has no usable row; as
 * customerAnalysis for options out of range.
 *
 * @example
 * // cdnow_customers_summary_with_transactions.csv: ID, x, t_x, T, zbar in weeks
 * const analysis = customerTableAnalysis(table);
 * analysis.models.transaction?.fit.params; // { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }
 */
export function customerTableAnalysis(
  table: CustomerTable,
  options: CustomerAnalysisOptions = {}
): CustomerAnalysis {
  const settings = analysisSettings(options);
  const observationEnd =
    options.observationEnd === undefined
      ? NaN
      : Math.floor(requireFinite(options.observationEnd, "observation_end"));
  const history = customerTableHistory(table, observationEnd, "W");
  const modelsUnavailable = table.kind === "rfm" && settings.model !== "none" ? NO_HISTORIES : "";
  const holdout =
    settings.holdoutWeeks === undefined
      ? undefined
      : {
          weeks: NaN,
          calibrationEnd: NaN,
          observationEnd: history.observationEnd,
          check: undefined,
          error: NO_HOLDOUT_DATES,
        };
  return analyzedHistory(history, settings, modelsUnavailable, holdout);
}

/**
 * Scores, segments and models for a customer history, whichever data it came from.
 * `modelsUnavailable`, when not "", is why no model is fitted; `holdout` is the check asked for.
 */
function analyzedHistory(
  purchases: CustomerHistory,
  settings: AnalysisSettings,
  modelsUnavailable: string,
  holdout: AnalysisHoldout | undefined
): CustomerAnalysis {
  const customers = purchases.customerIds.length;
  if (customers === 0) {
    throw new InputError(
      "transactions",
      "no customer has a purchase up to the observation end",
      "na"
    );
  }
  const averageOrderValue = new Float64Array(customers);
  for (let customer = 0; customer < customers; customer++) {
    averageOrderValue[customer] = purchases.revenue[customer] / purchases.orders[customer];
  }
  const withoutAmounts = purchases.withoutAmounts === true;
  // Without amounts M is scored as F, so the segments are the rules on the R × F grid.
  const monetary = withoutAmounts ? purchases.orders : purchases.revenue;
  const scores = rfmScoreColumns(purchases.recencyDays, purchases.orders, monetary, {
    method: settings.rfmMethod,
    bins: settings.rfmBins,
  });
  const segment = customerSegments(scores, settings.rfmBins, settings.segmentScheme);
  if (withoutAmounts) scores.monetary.fill(0);
  const rfmScore = rfmCodes(scores);
  const histories = {
    x: purchases.x,
    tx: purchases.tx,
    T: purchases.T,
    meanRepeatSpend: purchases.meanRepeatSpend,
    withoutAmounts,
  };
  const models = modelsUnavailable
    ? { ...fitCustomerModels(histories, "none", holdout), transactionError: modelsUnavailable }
    : fitCustomerModels(histories, settings.model, holdout);
  return {
    ...purchases,
    ...customerPredictions(models, histories, settings),
    averageOrderValue,
    scores,
    rfmScore,
    segment,
    clvIntervals: customerClvIntervals(models, histories, settings, segment, SEGMENT_KEYS.length),
    models,
    settings,
  };
}

/** The options checked, with defaults. */
function analysisSettings(options: CustomerAnalysisOptions): AnalysisSettings {
  const settings: AnalysisSettings = {
    rfmBins: options.rfmBins ?? 5,
    rfmMethod: options.rfmMethod ?? "quantile",
    segmentScheme: options.segmentScheme ?? "rfmPackage",
    grossMargin: options.grossMargin ?? 1,
    monthlyDiscountRate: options.monthlyDiscountRate ?? 0.01,
    horizonMonths: options.horizonMonths ?? 12,
    model: options.model ?? (options.holdoutWeeks === undefined ? "bgnbd+gg" : "best+gg"),
    holdoutWeeks:
      options.holdoutWeeks === undefined ? undefined : requireHoldoutLength(options.holdoutWeeks),
  };
  if (settings.model === "best+gg" && settings.holdoutWeeks === undefined) {
    throw new InputError("model", "the best model on the holdout needs a holdout check", "value");
  }
  requireWholeNumberBetween(settings.rfmBins, 2, 10, "bins");
  requireShare(settings.grossMargin, "gross_margin");
  requireDiscountRate(settings.monthlyDiscountRate);
  requireWholeNumberBetween(settings.horizonMonths, 1, 1200, "horizon_months");
  return settings;
}
