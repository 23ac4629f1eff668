import { formulaClv } from "../engine/formulas/clv";
import { broadcastCells, toMatrix } from "./broadcast";
import { readCellNumber, requireCellNumber } from "./cellValues";
import { toExcelError } from "./excelError";

/** Excel argument names, in signature order, for messages. */
const ARGUMENT_NAMES = [
  "average_order_value",
  "purchases_per_period",
  "lifespan_periods",
  "gross_margin",
  "discount_rate",
  "acquisition_cost",
] as const;

/**
 * Customer lifetime value from average order value, purchase frequency and lifespan.
 * @customfunction CLV
 * @param averageOrderValue Average revenue per order.
 * @param purchasesPerPeriod Orders per customer per period (usually a year).
 * @param lifespanPeriods Expected customer lifespan in periods; may be fractional.
 * @param [grossMargin] Share of revenue kept as profit, 0–1. Default 1.
 * @param [discountRate] Discount rate per period, 0 to below 1, e.g. 0.1 for 10 %. Default 0.
 * @param [acquisitionCost] Cost of acquiring the customer, subtracted once. Default 0.
 * @returns The customer's lifetime value; ranges give one value per cell.
 * @example
 * =CX.CLV(500, 3, 5) → 7500
 * =CX.CLV(A2:A10, 3, C2:C10, 0.4, 0.1) → one discounted CLV per row
 */
export function clv(
  averageOrderValue: any[][],
  purchasesPerPeriod: any[][],
  lifespanPeriods: any[][],
  grossMargin?: any[][],
  discountRate?: any[][],
  acquisitionCost?: any[][]
): any[][] {
  try {
    const matrices = [
      averageOrderValue,
      purchasesPerPeriod,
      lifespanPeriods,
      grossMargin,
      discountRate,
      acquisitionCost,
    ].map(toMatrix);
    return broadcastCells(matrices, ARGUMENT_NAMES, (cells) => {
      const value = formulaClv(
        requireCellNumber(cells[0], ARGUMENT_NAMES[0]),
        requireCellNumber(cells[1], ARGUMENT_NAMES[1]),
        requireCellNumber(cells[2], ARGUMENT_NAMES[2]),
        readCellNumber(cells[3], ARGUMENT_NAMES[3]),
        readCellNumber(cells[4], ARGUMENT_NAMES[4]),
        readCellNumber(cells[5], ARGUMENT_NAMES[5])
      );
      // Inputs near the float limit can overflow; Excel cannot show Infinity.
      return Number.isFinite(value)
        ? value
        : new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidNumber);
    });
  } catch (error) {
    throw toExcelError(error);
  }
}
