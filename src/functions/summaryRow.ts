import type { CustomerHistory } from "../engine/history/customerHistory";
import { numberOfId } from "../engine/read/textPositions";

/**
 * One customer's row of HISTORY_COLUMNS; an id that reads as a finite number goes back to a
 * number, as it came from the sheet. Dates are Excel serials.
 *
 * @example
 * summaryRow(customerHistory(log, { observationEnd: 35703 }), 0);
 * // CDNOW customer 1: [1, 3, 74.02, 35431, 35644, 59, 2, 30.43, 38.86, 22.345] (rounded)
 */
export function summaryRow(history: CustomerHistory, index: number): unknown[] {
  const id = history.customerIds[index];
  const number = numberOfId(id);
  return [
    // As the ids were read: "17" is 17, while "NaN" and "Infinity" stay text.
    Number.isNaN(number) ? id : number,
    history.orders[index],
    history.revenue[index],
    history.firstPurchase[index],
    history.lastPurchase[index],
    history.recencyDays[index],
    history.x[index],
    history.tx[index],
    history.T[index],
    history.meanRepeatSpend[index],
  ];
}
