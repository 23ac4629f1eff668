import { requireNonNegative } from "../engine/argumentChecks";
import { InputError } from "../engine/inputError";
import { derl } from "../engine/models/derl";
import { fitSbg, sbgRetention, sbgSurvival, type SbgParameters } from "../engine/models/sbg";
import { readCustomerColumns } from "./customerColumns";
import { fitRow } from "./fitRow";
import { readParameterRow } from "./parameterRow";
import { perCustomer } from "./perCustomer";
import { skipLargePreview } from "./valuePreview";

const SBG_SYMBOLS: readonly (keyof SbgParameters)[] = ["alpha", "beta"];

/** The parameter row, read in each function's preparation. */
function readSbgParams(params: unknown): SbgParameters {
  return readParameterRow(params, SBG_SYMBOLS, "params");
}

/**
 * Fits the shifted-beta-geometric (sBG) model of contract renewals (Fader & Hardie 2007) to a cohort's customers still active each period. Spills one row: alpha, beta, LL.
 * @customfunction SBG.FIT
 * @param survivors Customers still active at t = 0, 1, 2, …: a column (or a row), not increasing, at least two periods.
 * @param [labels] TRUE adds a row of labels (alpha, beta, LL) above the values. Default FALSE.
 * @returns alpha, beta and the log-likelihood in one row; #VALUE! naming the row of a bad count, e.g. "survivors: row 2: is 1100, above the count before (1000); …"; #N/A with advice when the fit does not converge.
 * @example
 * =CX.SBG.FIT({1000;631;468;382;326;289;262;241}) → alpha 0.704, beta 1.182, LL −1680.3
 */
export function sbgFit(
  survivors: unknown[][],
  labels?: unknown,
  invocation?: CustomFunctions.Invocation
): unknown[][] {
  return fitRow(
    () => {
      const [cohort] = readCustomerColumns([survivors], ["survivors"], "refuse");
      skipLargePreview(invocation, cohort.length);
      return fitSbg(cohort);
    },
    SBG_SYMBOLS,
    labels,
    "check that survivors counts one cohort's active customers at t = 0, 1, 2, … and that some of them churn"
  );
}

/**
 * sBG share of a cohort still active after t periods, S(t).
 * @customfunction SBG.SURVIVAL
 * @param params The row from CX.SBG.FIT: alpha, beta, with or without LL and the label row.
 * @param t Periods since acquisition, >= 0: a cell or a range.
 * @returns S(t), from 1 at t = 0 down towards 0.
 * @example
 * =CX.SBG.SURVIVAL({0.704,1.182}, 8) → 0.2201 (22.0 % of the cohort in year 8)
 */
export function sbgSurvivalCells(params: unknown[][], t: unknown[][]): unknown[][] {
  return perCustomer(
    () => readSbgParams(params),
    { customers: ["t"] },
    [t],
    (fitted, [periods]) => sbgSurvival(fitted, requireNonNegative(periods, "t"))
  );
}

/**
 * sBG retention rate of period t: the share of customers active at t − 1 who renew. It rises with t as those most prone to churn leave.
 * @customfunction SBG.RETENTION
 * @param params The row from CX.SBG.FIT: alpha, beta, with or without LL and the label row.
 * @param t Period, >= 1: a cell or a range.
 * @returns r(t) = (beta + t − 1) / (alpha + beta + t − 1).
 * @example
 * =CX.SBG.RETENTION({0.704,1.182}, 1) → 0.6267
 */
export function sbgRetentionCells(params: unknown[][], t: unknown[][]): unknown[][] {
  return perCustomer(
    () => readSbgParams(params),
    { customers: ["t"] },
    [t],
    (fitted, [period]) => {
      if (!(period >= 1)) throw new InputError("t", "must be a period >= 1", "value");
      return sbgRetention(fitted, period);
    }
  );
}

/**
 * sBG discounted expected residual lifetime (Fader & Hardie 2010): a customer's expected future renewals, each discounted per period; times the margin per period it is the customer's residual value.
 * @customfunction SBG.DERL
 * @param params The row from CX.SBG.FIT: alpha, beta, with or without LL and the label row.
 * @param discountRate Discount rate per period, above 0, e.g. 0.1 for 10 %.
 * @param renewals Renewals the customer has made so far (0 for a new customer): a cell or a column.
 * @returns Discounted expected renewals per customer, the coming one undiscounted.
 * @example
 * =CX.SBG.DERL({3.8,15.2}, 0.1, 0) → 3.31
 */
export function sbgDerl(
  params: unknown[][],
  discountRate: unknown[][],
  renewals: unknown[][]
): unknown[][] {
  return perCustomer(
    () => readSbgParams(params),
    { settings: ["discount_rate"], customers: ["renewals"] },
    [discountRate, renewals],
    (fitted, [rate, renewed]) => derl(fitted, rate, renewed)
  );
}
