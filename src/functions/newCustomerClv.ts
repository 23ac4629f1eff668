import { InputError } from "../engine/inputError";
import { newCustomerClv } from "../engine/models/newCustomerClv";
import { newCustomerClvInterval } from "../engine/models/newCustomerClvInterval";
import { readClvArguments } from "./clvArguments";
import { purchaseEstimate } from "./clvIntervalCells";
import { toExcelError } from "./excelError";
import { intervalCustomers } from "./intervalCustomers";
import { readIntervalLevel } from "./intervalLevel";
import { isOmitted } from "./isOmitted";

/**
 * What a just-acquired customer is worth over a horizon, excluding the acquisition order: the repeat purchases a BG/NBD, MBG/NBD, Pareto/NBD or NBD fit expects of a new customer in each month, times the Gamma-Gamma mean spend p × gamma / (q − 1), each month discounted. Add the first order's margin before comparing with the acquisition cost. The purchase model is told by purchase_params' label row as in CX.PCLV, otherwise by model. Without either, a row of 2 parameters is NBD; a row of 4 needs labels or model.
 * @customfunction NEWCLV
 * @param purchaseParams The row from CX.BGNBD.FIT, CX.MBGNBD.FIT, CX.PNBD.FIT or CX.NBD.FIT, with or without LL and the label row.
 * @param spendParams The row from CX.GG.FIT: p, q, gamma, with or without LL and the label row; q must be above 1.
 * @param [horizonMonths] Whole months from the first purchase to look ahead, 1 to 1200. Default 12.
 * @param [monthlyDiscountRate] Discount rate per month, 0 to below 1. Default 0.01.
 * @param [timeUnit] Unit the purchase model was fitted in: "D" days, "W" weeks (default) or "M" months.
 * @param [model] "BGNBD", "MBGNBD", "PNBD" or "NBD": the model that fitted purchase_params, needed when it has 4 parameters and no label row. With labels it must agree with them.
 * @param [interval] A probability such as 0.9: spill low, estimate and high in one row, the range the value lies in with that probability given the parameters' uncertainty, measured on the customers in frequency, recency, T and monetary. Leave out for the estimate alone.
 * @param [frequency] With interval: repeat purchases of the customers the parameters were fitted on (a column).
 * @param [recency] With interval: their t_x (CX.SUMMARY's t_x, not recency_days), as tall as frequency.
 * @param [T] With interval: their T, in the unit of recency.
 * @param [monetary] With interval: the mean value of their repeat purchases.
 * @returns Expected discounted value of a new customer's repeat purchases: Σ over months m of spend × (E[X(m)] − E[X(m − 1)]) / (1 + d)^m, the first order not included; with interval, low, estimate and high.
 * @example
 * =CX.NEWCLV({0.243,4.414,0.793,2.426}, {6.25,3.74,15.44}, , , , "BGNBD") → 48.37: a new CDNOW customer's first 12 months of repeat purchases at 1 % a month
 * =CX.NEWCLV({0.385,12.072}, {6.25,3.74,15.44}) → 54.97: the same with the NBD, which a row of two parameters is
 * =CX.NEWCLV(L1:P2, L4:O5, , , , , 0.9, B2:B2358, C2:C2358, D2:D2358, E2:E2358) → low, 48.37, high in one row
 */
export function newClv(
  purchaseParams: unknown[][],
  spendParams: unknown[][],
  horizonMonths?: unknown,
  monthlyDiscountRate?: unknown,
  timeUnit?: unknown,
  model?: unknown,
  interval?: unknown,
  // Ranges (matrix parameters): a single-value parameter given a range would make Excel call
  // the function once per cell, each call seeing one customer (custom-functions-json).
  frequency?: unknown[][],
  recency?: unknown[][],
  T?: unknown[][],
  monetary?: unknown[][]
): unknown[][] {
  try {
    const { purchaseModel, purchaseFit, spendFit, options } = readClvArguments(
      purchaseParams,
      spendParams,
      horizonMonths,
      monthlyDiscountRate,
      timeUnit,
      model
    );
    const level = readIntervalLevel(interval);
    if (level !== undefined) {
      const columns = { frequency, recency, T, monetary };
      const missing = Object.keys(columns).filter((name) =>
        isOmitted(columns[name as keyof typeof columns])
      );
      if (missing.length > 0) {
        throw new InputError(
          missing[0],
          "is needed with interval: the customers the parameters were fitted on",
          "value"
        );
      }
      const { low, estimate, high } = newCustomerClvInterval(
        purchaseEstimate({ purchaseModel, purchaseFit, spendFit, options }),
        { params: spendFit },
        intervalCustomers(frequency, recency, T, monetary),
        { ...options, level }
      );
      return [[low, estimate, high].map(finiteCell)];
    }
    const value = newCustomerClv(
      (t) => purchaseModel.expectedPurchases(purchaseFit, t),
      spendFit,
      options
    );
    if (!Number.isFinite(value)) throw new InputError("purchase_params", "no finite value", "num");
    // A matrix result spills (learn.microsoft.com/office/dev/add-ins/excel/custom-functions-dynamic-arrays);
    // 1 × 1 fills the one cell, so the function keeps one return shape with or without interval.
    return [[value]];
  } catch (error) {
    throw toExcelError(error);
  }
}

/** A value Excel can show, or #NUM! (an interval's high from draws without a mean spend). */
function finiteCell(value: number): unknown {
  return Number.isFinite(value)
    ? value
    : new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidNumber);
}
