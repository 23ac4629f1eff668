import type { CustomerTable } from "../read/customerTable";
import type { CustomerPurchases } from "./customerPurchases";
import { daysPerTimeUnit } from "../read/timeUnit";

/** Days in a week, the models' time unit here. */
const DAYS_PER_WEEK = daysPerTimeUnit("W");

/**
 * The purchase history of each row of a customer table, in the shape customerPurchases gives
 * for a transaction log, so both feed the same analysis.
 *
 * An "rfm" table gives orders = frequency, revenue = monetary and recency days as written;
 * x = orders − 1, and t_x, T and the mean repeat spend are NaN (such a table cannot feed the
 * models). A "histories" table gives x, and t_x and T converted from its periods to weeks;
 * orders = x + 1, recency days = (T − t_x) periods in days, the mean repeat spend = monetary,
 * and revenue = x × monetary, the value of the repeat purchases: such tables leave the first
 * purchase's value out. With an observation end (a day serial), the last purchase is that many
 * recency days before it and, for "histories", the first purchase T before it, in whole days;
 * without one the dates are NaN.
 *
 * @example
 * // CDNOW customer 1: x = 2, t_x = 30.43, T = 38.86 weeks, zbar = 22.35
 * const purchases = customerTablePurchases(table, NaN);
 * purchases.orders[0]; // 3
 * purchases.recencyDays[0]; // 59.01 = (38.86 − 30.43) × 7
 * purchases.revenue[0]; // 44.7
 */
export function customerTablePurchases(
  table: CustomerTable,
  observationEnd: number
): CustomerPurchases {
  const customers = table.customerIds.length;
  const column = () => new Float64Array(customers);
  const purchases = {
    customer: Int32Array.from({ length: customers }, (_, row) => row),
    orders: column(),
    revenue: column(),
    firstPurchase: column().fill(NaN),
    lastPurchase: column(),
    recencyDays: column(),
    x: column(),
    tx: column().fill(NaN),
    T: column().fill(NaN),
    meanRepeatSpend: column().fill(NaN),
    attribute: table.attribute ? table.attribute.index.slice() : new Int32Array(customers).fill(-1),
    observationEnd,
    excludedTransactions: 0,
    customersWithoutPurchase: 0,
  };
  const weeksPerPeriod = table.periodDays / DAYS_PER_WEEK;
  for (let row = 0; row < customers; row++) {
    if (table.kind === "rfm") {
      purchases.orders[row] = table.frequency[row];
      purchases.revenue[row] = table.monetary[row];
      purchases.recencyDays[row] = table.recency[row];
    } else {
      const { x, tx, T, monetary } = table;
      purchases.orders[row] = x[row] + 1;
      purchases.revenue[row] = x[row] * monetary[row];
      purchases.recencyDays[row] = (T[row] - tx[row]) * table.periodDays;
      purchases.tx[row] = tx[row] * weeksPerPeriod;
      purchases.T[row] = T[row] * weeksPerPeriod;
      purchases.meanRepeatSpend[row] = monetary[row];
      purchases.firstPurchase[row] = Math.round(observationEnd - T[row] * table.periodDays);
    }
    purchases.x[row] = purchases.orders[row] - 1;
    purchases.lastPurchase[row] = Math.round(observationEnd - purchases.recencyDays[row]);
  }
  return purchases;
}
