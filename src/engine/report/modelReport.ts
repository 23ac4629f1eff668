import { distinctValues } from "../models/distinctValues";
import type { CustomerAnalysis } from "./customerAnalysis";
import { fittedPurchaseModel, type PurchaseModelName } from "../models/purchaseModel";
import type { HoldoutAccuracy, HoldoutCheck } from "./holdoutCheck";
import { REPEAT_CLASSES } from "./repeatClasses";

/** One fitted parameter, by the paper's symbol. */
export interface ReportedParameter {
  model: PurchaseModelName | "gg";
  name: string;
  value: number;
  standardError: number;
}

/**
 * One row of the holdout table: a model fitted on the calibration, or the naive baseline (each
 * customer's calibration rate carried forward), against the holdout's purchases.
 */
export interface HoldoutRow {
  model: PurchaseModelName | "baseline";
  /** ln L of the calibration at the fit; NaN for the baseline or a failed fit. */
  logLikelihood: number;
  bic: number;
  /** Purchases predicted in the holdout over all customers; NaN when the fit failed. */
  predictedTotal: number;
  actualTotal: number;
  errorPercent: number;
  meanAbsoluteError: number;
  rootMeanSquaredError: number;
  /** Why the fit failed; "" when it fitted. */
  error: string;
}

/** What the model sheet shows: the fits, and how well the transaction model fits the counts. */
export interface ModelReport {
  parameters: ReportedParameter[];
  /** Log-likelihood of the transaction model; NaN when it was not fitted. */
  logLikelihood: number;
  spendLogLikelihood: number;
  /** Customers with 0, 1, …, 6 and 7 or more repeat purchases (index 7). */
  actualRepeatCustomers: Float64Array;
  /** The same counts as the fitted model expects them; NaN without a transaction model. */
  expectedRepeatCustomers: Float64Array;
  transactionError: string;
  spendError: string;
  /** The holdout check's table, one row per model of HOLDOUT_MODELS and the baseline last; empty without a check. */
  holdoutRows: HoldoutRow[];
}

/**
 * The model report: each fitted parameter with its standard error, the log-likelihoods, and
 * the classic check of a transaction model (FHL 2005, fig. 2): customers by number of repeat
 * purchases 0, 1, …, 6, 7+ as observed and as expected. The expected count of n is
 * Σ_i P(X(T_i) = n), the probability that a customer just acquired makes n repeat purchases in
 * the T_i weeks customer i has been observed, summed over the customers (grouped by T); 7+ is
 * the rest, Σ_i (1 − P(X(T_i) ≤ 6)). Both histograms sum to the customers. With a holdout
 * check, its table: each model's calibration fit and holdout accuracy, and the baseline.
 *
 * @example
 * const report = modelReport(analysis);
 * report.parameters[0]; // { model: "bgnbd", name: "r", value: 0.2426, standardError: 0.0126 }
 * report.actualRepeatCustomers[0]; // 1411 customers never came back
 * report.expectedRepeatCustomers[0]; // ≈ 1412 expected by the model
 * // Checked on the last 39 weeks to 1998-06-30:
 * report.holdoutRows.map((row) => Math.round(row.predictedTotal)); // [1653, 1577, 1666, 2930, 2930]
 */
export function modelReport(analysis: CustomerAnalysis): ModelReport {
  const { transaction, spend, transactionError, spendError } = analysis.models;
  const parameters: ReportedParameter[] = [];
  if (transaction) {
    const fit = transaction.fit;
    for (const [name, value] of Object.entries(fit.params)) {
      const standardError = (fit.standardErrors as Record<string, number>)[name];
      parameters.push({ model: transaction.model, name, value, standardError });
    }
  }
  if (spend) {
    for (const [name, value] of Object.entries(spend.params)) {
      const standardError = (spend.standardErrors as Record<string, number>)[name];
      parameters.push({ model: "gg", name, value, standardError });
    }
  }
  const actual = new Float64Array(REPEAT_CLASSES);
  for (let customer = 0; customer < analysis.x.length; customer++) {
    actual[Math.min(analysis.x[customer], REPEAT_CLASSES - 1)]++;
  }
  const expected = new Float64Array(REPEAT_CLASSES).fill(NaN);
  if (transaction) {
    expected.fill(0);
    const model = fittedPurchaseModel(transaction);
    const { values, index } = distinctValues(analysis.T);
    const customersObservedFor = new Float64Array(values.length);
    for (let customer = 0; customer < index.length; customer++)
      customersObservedFor[index[customer]]++;
    for (let value = 0; value < values.length; value++) {
      let below = 0;
      for (let n = 0; n < REPEAT_CLASSES - 1; n++) {
        const probability = model.probabilityOfPurchases(values[value], n);
        expected[n] += customersObservedFor[value] * probability;
        below += probability;
      }
      expected[REPEAT_CLASSES - 1] += customersObservedFor[value] * Math.max(0, 1 - below);
    }
  }
  return {
    parameters,
    logLikelihood: transaction ? transaction.fit.logLikelihood : NaN,
    spendLogLikelihood: spend ? spend.logLikelihood : NaN,
    actualRepeatCustomers: actual,
    expectedRepeatCustomers: expected,
    transactionError,
    spendError,
    holdoutRows: holdoutRows(analysis.models.holdout?.check),
  };
}

/** The holdout check's models and baseline as the rows of one table. */
function holdoutRows(check: HoldoutCheck | undefined): HoldoutRow[] {
  if (!check) return [];
  const row = (
    model: HoldoutRow["model"],
    accuracy: HoldoutAccuracy | undefined,
    fitted: Pick<HoldoutRow, "logLikelihood" | "bic" | "error">
  ): HoldoutRow => ({
    model,
    ...fitted,
    predictedTotal: accuracy?.predictedTotal ?? NaN,
    actualTotal: check.actualTotal,
    errorPercent: accuracy?.errorPercent ?? NaN,
    meanAbsoluteError: accuracy?.meanAbsoluteError ?? NaN,
    rootMeanSquaredError: accuracy?.rootMeanSquaredError ?? NaN,
  });
  return [
    ...check.models.map(({ model, accuracy, logLikelihood, bic, error }) =>
      row(model, accuracy, { logLikelihood, bic, error })
    ),
    row("baseline", check.baseline, { logLikelihood: NaN, bic: NaN, error: "" }),
  ];
}
