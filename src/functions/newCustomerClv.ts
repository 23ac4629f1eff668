import { InputError } from "../engine/inputError";
import { newCustomerClv } from "../engine/models/newCustomerClv";
import { readClvArguments } from "./clvArguments";
import { toExcelError } from "./excelError";

/**
 * What a just-acquired customer is worth over a horizon, excluding the acquisition order: the repeat purchases a BG/NBD, MBG/NBD, Pareto/NBD or NBD fit expects of a new customer in each month, times the Gamma-Gamma mean spend p × gamma / (q − 1), each month discounted. Add the first order's margin before comparing with the acquisition cost. The purchase model is told by purchase_params' label row as in CX.PCLV, otherwise by model.
 * @customfunction NEWCLV
 * @param purchaseParams The row from CX.BGNBD.FIT, CX.MBGNBD.FIT, CX.PNBD.FIT or CX.NBD.FIT, with or without LL and the label row.
 * @param spendParams The row from CX.GG.FIT: p, q, gamma, with or without LL and the label row; q must be above 1.
 * @param [horizonMonths] Whole months from the first purchase to look ahead, 1 to 1200. Default 12.
 * @param [monthlyDiscountRate] Discount rate per month, 0 to below 1. Default 0.01.
 * @param [timeUnit] Unit the purchase model was fitted in: "D" days, "W" weeks (default) or "M" months.
 * @param [model] "BGNBD" (default), "MBGNBD", "PNBD" or "NBD": the model of purchase_params when it has no label row. With labels it must agree with them.
 * @returns Expected discounted value of a new customer's repeat purchases: Σ over months m of spend × (E[X(m)] − E[X(m − 1)]) / (1 + d)^m, the first order not included.
 * @example
 * =CX.NEWCLV({0.243,4.414,0.793,2.426}, {6.25,3.74,15.44}) → 48.37: a new CDNOW customer's first 12 months of repeat purchases at 1 % a month
 */
export function newClv(
  purchaseParams: unknown[][],
  spendParams: unknown[][],
  horizonMonths?: unknown,
  monthlyDiscountRate?: unknown,
  timeUnit?: unknown,
  model?: unknown
): number {
  try {
    const { purchaseModel, purchaseFit, spendFit, options } = readClvArguments(
      purchaseParams,
      spendParams,
      horizonMonths,
      monthlyDiscountRate,
      timeUnit,
      model
    );
    const value = newCustomerClv(
      (t) => purchaseModel.expectedPurchases(purchaseFit, t),
      spendFit,
      options
    );
    if (!Number.isFinite(value)) throw new InputError("purchase_params", "no finite value", "num");
    return value;
  } catch (error) {
    throw toExcelError(error);
  }
}
