import { requireWeight } from "../engine/argumentChecks";
import {
  bgbbExpectedTransactions,
  bgbbProbabilityAlive,
  fitBgbb,
  requireBgbbHistory,
  type BgbbParameters,
} from "../engine/models/bgbb";
import { readCustomerColumns } from "./customerColumns";
import { fitRow } from "./fitRow";
import { isOmitted } from "./isOmitted";
import { readParameterRow } from "./parameterRow";
import { perCustomer } from "./perCustomer";
import { skipLargePreview } from "./valuePreview";

const BGBB_SYMBOLS: readonly (keyof BgbbParameters)[] = ["alpha", "beta", "gamma", "delta"];

const HISTORY_NAMES = ["frequency", "recency", "periods"] as const;

/**
 * Fits the BG/BB model (Fader, Hardie & Shang 2010) of repeat transactions in discrete periods, such as yearly donations. Spills one row: alpha, beta, gamma, delta, LL. While the formula is typed, Excel's preview skips fits of more than 2 000 rows.
 * @customfunction BGBB.FIT
 * @param frequency Repeat transactions x per customer (or per pattern): a table column or a range. Excel on the web takes about 120 000 rows (Windows and Mac: 1 048 576).
 * @param recency Period of the last repeat transaction t_x, 0 when frequency is 0; as tall as frequency.
 * @param periods Transaction opportunities n observed after the first transaction.
 * @param [weights] Customers each row stands for, for data summarised into patterns. Default 1 each.
 * @param [labels] TRUE adds a row of labels (alpha, beta, gamma, delta, LL) above the values. Default FALSE.
 * @returns alpha, beta, gamma, delta and the log-likelihood in one row; #VALUE! naming the argument and row of a bad cell, e.g. "frequency: row 2: is 7, above its periods (6); …" or a fractional period; #N/A with advice when the fit does not converge.
 * @example
 * =CX.BGBB.FIT(A2:A23, B2:B23, C2:C23, D2:D23) → 1.204, 0.750, 0.657, 2.783, −33225.6 (donations)
 */
export function bgbbFit(
  frequency: unknown[][],
  recency: unknown[][],
  periods: unknown[][],
  weights?: unknown[][],
  labels?: unknown,
  invocation?: CustomFunctions.Invocation
): unknown[][] {
  return fitRow(
    () => {
      const withWeights = !isOmitted(weights);
      const names = withWeights ? [...HISTORY_NAMES, "weights"] : HISTORY_NAMES;
      const [x, tx, n, rowWeights] = readCustomerColumns(
        [frequency, recency, periods, weights],
        names,
        "skip",
        ([rowX, rowTx, rowN, rowWeight]) => {
          requireBgbbHistory(rowX, rowTx, rowN);
          if (withWeights) requireWeight(rowWeight);
        }
      );
      skipLargePreview(invocation, x.length);
      return fitBgbb(x, tx, n, rowWeights);
    },
    BGBB_SYMBOLS,
    labels,
    "check that frequency, recency and periods count whole periods with frequency ≤ recency ≤ periods, and that weights count customers"
  );
}

/**
 * BG/BB probability that each customer is still alive in the next period, n + 1.
 * @customfunction BGBB.PALIVE
 * @param params The row from CX.BGBB.FIT: alpha, beta, gamma, delta, with or without LL and the label row.
 * @param frequency Repeat transactions x: a cell or a column.
 * @param recency Period of the last repeat transaction t_x (0 when frequency is 0).
 * @param periods Transaction opportunities n observed.
 * @returns P(alive) per customer, 0 to 1; a blank row gives a blank cell.
 * @example
 * =CX.BGBB.PALIVE({1.204,0.75,0.657,2.783}, 6, 6, 6) → 0.93
 */
export function bgbbPAlive(
  params: unknown[][],
  frequency: unknown[][],
  recency: unknown[][],
  periods: unknown[][]
): unknown[][] {
  return perCustomer(
    () => readParameterRow(params, BGBB_SYMBOLS, "params"),
    { customers: HISTORY_NAMES },
    [frequency, recency, periods],
    (fitted, [x, tx, n]) => bgbbProbabilityAlive(fitted, x, tx, n)
  );
}

/**
 * BG/BB expected transactions of each customer in the next future_periods periods.
 * @customfunction BGBB.PURCHASES
 * @param params The row from CX.BGBB.FIT: alpha, beta, gamma, delta, with or without LL and the label row.
 * @param futurePeriods Number of periods ahead, e.g. 5.
 * @param frequency Repeat transactions x: a cell or a column.
 * @param recency Period of the last repeat transaction t_x (0 when frequency is 0).
 * @param periods Transaction opportunities n observed.
 * @returns Expected transactions in periods n + 1 to n + future_periods, per customer.
 * @example
 * =CX.BGBB.PURCHASES({1.204,0.75,0.657,2.783}, 5, 6, 6, 6) → 3.75
 */
export function bgbbPurchases(
  params: unknown[][],
  futurePeriods: unknown[][],
  frequency: unknown[][],
  recency: unknown[][],
  periods: unknown[][]
): unknown[][] {
  return perCustomer(
    () => readParameterRow(params, BGBB_SYMBOLS, "params"),
    { settings: ["future_periods"], customers: HISTORY_NAMES },
    [futurePeriods, frequency, recency, periods],
    (fitted, [future, x, tx, n]) => bgbbExpectedTransactions(fitted, future, x, tx, n)
  );
}
