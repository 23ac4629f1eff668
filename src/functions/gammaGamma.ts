import {
  fitGammaGamma,
  requireSpendHistory,
  type GammaGammaParameters,
} from "../engine/models/gammaGamma";
import { readCustomerColumns } from "./customerColumns";
import { expectedSpend } from "./expectedSpend";
import { fitRow } from "./fitRow";
import { readParameterRow } from "./parameterRow";
import { perCustomer } from "./perCustomer";
import { skipLargePreview } from "./valuePreview";

/** The Gamma-Gamma parameters in the order CX.GG.FIT spills them. */
export const GAMMA_GAMMA_SYMBOLS: readonly (keyof GammaGammaParameters)[] = ["p", "q", "gamma"];

const SPEND_NAMES = ["frequency", "monetary"] as const;

/**
 * Fits the Gamma-Gamma model of spend per purchase (Fader & Hardie 2013) to customers' repeat purchases and their mean value; customers with frequency 0 are left out. Spills one row: p, q, gamma, LL. While the formula is typed, Excel's preview skips fits of more than 2 000 customers.
 * @customfunction GG.FIT
 * @param frequency Repeat purchases per customer (CX.SUMMARY's frequency): a table column or a range. Excel on the web takes about 120 000 customers (Windows and Mac: 1 048 576).
 * @param monetary Mean value of each customer's repeat purchases (CX.SUMMARY's monetary), as tall as frequency.
 * @param [labels] TRUE adds a row of labels (p, q, gamma, LL) above the values. Default FALSE.
 * @returns p, q, gamma and the log-likelihood in one row; #VALUE! naming the argument and row of a bad cell; #N/A with advice when the fit does not converge.
 * @example
 * =CX.GG.FIT(G2:G2358, J2:J2358, TRUE) → p 6.249, q 3.745, gamma 15.448, LL −4055.9 (CDNOW; published 6.25, 3.74, 15.44)
 */
export function ggFit(
  frequency: unknown[][],
  monetary: unknown[][],
  labels?: unknown,
  invocation?: CustomFunctions.Invocation
): unknown[][] {
  return fitRow(
    () => {
      const [x, meanSpend] = readCustomerColumns(
        [frequency, monetary],
        SPEND_NAMES,
        "skip",
        ([rowX, rowSpend]) => requireSpendHistory(rowX, rowSpend)
      );
      skipLargePreview(invocation, x.length);
      return fitGammaGamma({ x, meanSpend });
    },
    GAMMA_GAMMA_SYMBOLS,
    labels,
    "check that monetary is each customer's mean repeat purchase value (not the total) and that it varies between customers"
  );
}

/**
 * Gamma-Gamma expected value of each customer's future purchases: a weighted average of the customer's own mean and the population mean.
 * @customfunction GG.SPEND
 * @param params The row from CX.GG.FIT: p, q, gamma, with or without LL and the label row.
 * @param frequency Repeat purchases per customer (CX.SUMMARY's frequency): a cell or a column.
 * @param monetary Mean value of the customer's repeat purchases (CX.SUMMARY's monetary); any number ≥ 0 when frequency is 0.
 * @returns Expected spend per purchase, per customer; the population mean for customers without repeat purchases.
 * @example
 * =CX.GG.SPEND({6.25,3.74,15.44}, 2, 22.35) → 24.66
 */
export function ggSpend(
  params: unknown[][],
  frequency: unknown[][],
  monetary: unknown[][]
): unknown[][] {
  return perCustomer(
    () => readParameterRow(params, GAMMA_GAMMA_SYMBOLS, "params"),
    { customers: SPEND_NAMES },
    [frequency, monetary],
    (fitted, [x, meanSpend]) => expectedSpend(fitted, x, meanSpend)
  );
}
