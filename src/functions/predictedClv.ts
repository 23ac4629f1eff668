import { requireHistory } from "../engine/models/purchaseHistories";
import { predictedClv } from "../engine/models/predictedClv";
import { readClvArguments } from "./clvArguments";
import { clvIntervalCells } from "./clvIntervalCells";
import { toExcelError } from "./excelError";
import { expectedSpend } from "./expectedSpend";
import { perCustomer } from "./perCustomer";
import { readIntervalLevel } from "./intervalLevel";
import { HISTORY_NAMES } from "./purchaseModels";

/**
 * Predicted customer lifetime value over a horizon: expected purchases per month from a BG/NBD, MBG/NBD, Pareto/NBD or NBD fit, times the Gamma-Gamma expected spend, each month discounted. The purchase model is told by purchase_params' label row when it has one (r, alpha, s, beta is Pareto/NBD; r, alpha is NBD; r, alpha, a, b is BG/NBD, or MBG/NBD when model is "MBGNBD"), otherwise by model. Without either, a row of 2 parameters is NBD; a row of 4 needs labels or model.
 * @customfunction PCLV
 * @param purchaseParams The row from CX.BGNBD.FIT, CX.MBGNBD.FIT, CX.PNBD.FIT or CX.NBD.FIT, with or without LL and the label row.
 * @param spendParams The row from CX.GG.FIT: p, q, gamma, with or without LL and the label row.
 * @param frequency Repeat purchases per customer: a cell or a column (Excel on the web: about 90 000 customers; Windows and Mac: 1 048 576).
 * @param recency Time of the last purchase t_x (CX.SUMMARY's t_x, not recency_days), in time_unit.
 * @param T Time from the first purchase to the end of observation, in time_unit.
 * @param monetary Mean value of the customer's repeat purchases (0 when frequency is 0).
 * @param [horizonMonths] Whole months to look ahead, 1 to 1200. Default 12.
 * @param [monthlyDiscountRate] Discount rate per month, 0 to below 1. Default 0.01.
 * @param [timeUnit] Unit of recency and T (and of the fit): "D" days, "W" weeks (default) or "M" months.
 * @param [model] "BGNBD", "MBGNBD", "PNBD" or "NBD": the model that fitted purchase_params, needed when it has 4 parameters and no label row. With labels it must agree with them.
 * @param [interval] A probability such as 0.9: spill low, estimate and high per customer, the range the CLV lies in with that probability given the parameters' uncertainty (measured on the columns given, which must be all the customers the parameters were fitted on). Leave out for the estimate alone.
 * @returns Predicted CLV per customer: Σ over months k of spend × (E[purchases by month k] − E[by month k − 1]) / (1 + d)^k; with interval, three columns low, estimate, high.
 * @example
 * =CX.PCLV(L1:P2, L4:O5, 2, 30.43, 38.86, 22.35) → 36.30: CDNOW's first customer over 12 months at 1 % a month, with L1:P2 = CX.BGNBD.FIT(…, TRUE) and L4:O5 = CX.GG.FIT(…, TRUE)
 * =CX.PCLV(L1:P2, L4:O5, B2:B2358, C2:C2358, D2:D2358, E2:E2358, , , , , 0.9) → per customer low, estimate, high, e.g. 33.81, 36.30, 39.35 for the first
 */
export function pclv(
  purchaseParams: unknown[][],
  spendParams: unknown[][],
  frequency: unknown[][],
  recency: unknown[][],
  T: unknown[][],
  monetary: unknown[][],
  horizonMonths?: unknown,
  monthlyDiscountRate?: unknown,
  timeUnit?: unknown,
  model?: unknown,
  interval?: unknown
): unknown[][] {
  const settings = () =>
    readClvArguments(
      purchaseParams,
      spendParams,
      horizonMonths,
      monthlyDiscountRate,
      timeUnit,
      model
    );
  let level: number | undefined;
  try {
    level = readIntervalLevel(interval);
    if (level !== undefined) {
      return clvIntervalCells(settings(), level, frequency, recency, T, monetary);
    }
  } catch (error) {
    throw toExcelError(error);
  }
  return perCustomer(
    settings,
    { customers: [...HISTORY_NAMES, "monetary"] },
    [frequency, recency, T, monetary],
    ({ purchaseModel, purchaseFit, spendFit, options }, [x, tx, age, meanSpend]) => {
      requireHistory(x, tx, age);
      const spend = expectedSpend(spendFit, x, meanSpend);
      return predictedClv(
        (t) => purchaseModel.conditionalExpectedPurchases(purchaseFit, t, x, tx, age),
        spend,
        options
      );
    }
  );
}
