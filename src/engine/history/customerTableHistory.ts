import type { CustomerTable } from "../read/customerTable";
import { daysPerTimeUnit, type TimeUnit } from "../read/timeUnit";
import type { CustomerHistory } from "./customerHistory";

/**
 * The customer history of each row of a customer table, in the shape customerHistory gives a
 * transaction log, so both feed the same analysis; t_x and T in `timeUnit`.
 *
 * An "rfm" table gives orders = frequency, revenue = monetary and recency days as written;
 * x = orders − 1, and t_x, T and the mean repeat spend are NaN (such a table cannot feed the
 * models). A "histories" table gives x, and t_x and T converted from its periods, and the mean
 * repeat spend = monetary. Its orders, revenue and recency days are its own where it has those
 * columns (the generated customer-table query and CX.SUMMARY give them as the one history
 * defines them); else orders = x + 1, recency days = (T − t_x) periods in days, and revenue =
 * x × monetary, the value of the repeat purchases: such tables leave the first purchase's value
 * out. A "histories" table without a monetary value column gives a history `withoutAmounts`, as
 * a log without amounts does: revenue (unless its own) and the mean repeat spend are NaN. The
 * first and last purchase are the table's own where it has those columns. Where it
 * has not, they are dated back from the observation end (a day serial): the last purchase
 * recency days before it and, for "histories", the first purchase T before it, in whole days.
 * Without an observation end (NaN) the table's own dates give it, as the latest last purchase
 * plus its recency days (the generated query's and CX.SUMMARY's all give their end); without
 * either, the dates are NaN.
 *
 * @example
 * // CDNOW customer 1: x = 2, t_x = 30.43, T = 38.86 weeks, zbar = 22.35
 * const history = customerTableHistory(table, NaN);
 * history.orders[0]; // 3
 * history.recencyDays[0]; // 59.01 = (38.86 − 30.43) × 7
 * history.revenue[0]; // 44.7
 * // The generated query's row for the same customer: last_purchase 35644 (1997-08-02), recency 59
 * customerTableHistory(queryTable, NaN).observationEnd; // 35703, 1997-09-30
 */
export function customerTableHistory(
  table: CustomerTable,
  observationEnd: number,
  timeUnit: TimeUnit = "W"
): CustomerHistory {
  const customers = table.customerIds.length;
  const column = () => new Float64Array(customers);
  const history = {
    customerIds: table.customerIds,
    orders: column(),
    revenue: column(),
    firstPurchase: column(),
    lastPurchase: column(),
    recencyDays: column(),
    x: column(),
    tx: column().fill(NaN),
    T: column().fill(NaN),
    meanRepeatSpend: column().fill(NaN),
    attribute: table.attribute ? table.attribute.index.slice() : new Int32Array(customers).fill(-1),
    attributeValues: table.attribute?.values ?? [],
    timeUnit,
    observationEnd: NaN,
    excludedTransactions: 0,
    customersWithoutPurchase: 0,
    returns: 0,
    zeroAmounts: 0,
  };
  const unitsPerPeriod = table.periodDays / daysPerTimeUnit(timeUnit);
  for (let row = 0; row < customers; row++) {
    if (table.kind === "rfm") {
      history.orders[row] = table.frequency[row];
      history.revenue[row] = table.monetary[row];
      history.recencyDays[row] = table.recency[row];
    } else {
      const { x, tx, T } = table;
      const monetary = given(table.monetary, row) ?? NaN;
      history.orders[row] = given(table.orders, row) ?? x[row] + 1;
      history.revenue[row] = given(table.revenue, row) ?? x[row] * monetary;
      history.recencyDays[row] = given(table.recency, row) ?? (T[row] - tx[row]) * table.periodDays;
      history.tx[row] = tx[row] * unitsPerPeriod;
      history.T[row] = T[row] * unitsPerPeriod;
      history.meanRepeatSpend[row] = monetary;
    }
    history.x[row] = table.kind === "rfm" ? history.orders[row] - 1 : table.x[row];
    history.firstPurchase[row] = given(table.firstPurchase, row) ?? NaN;
    history.lastPurchase[row] = given(table.lastPurchase, row) ?? NaN;
  }
  const end = Number.isNaN(observationEnd)
    ? latestEnd(history.lastPurchase, history.recencyDays)
    : observationEnd;
  for (let row = 0; row < customers; row++) {
    if (Number.isNaN(history.lastPurchase[row])) {
      history.lastPurchase[row] = Math.round(end - history.recencyDays[row]);
    }
    if (Number.isNaN(history.firstPurchase[row]) && table.kind === "histories") {
      history.firstPurchase[row] = Math.round(end - table.T[row] * table.periodDays);
    }
  }
  return {
    ...history,
    observationEnd: end,
    ...(table.withoutAmounts && { withoutAmounts: true }),
  };
}

/**
 * The latest of the rows' last purchase plus recency days, in whole days (every row of the
 * generated query or CX.SUMMARY gives the same day); NaN when no row has both.
 */
function latestEnd(lastPurchase: Float64Array, recencyDays: Float64Array): number {
  let end = -Infinity;
  for (let row = 0; row < lastPurchase.length; row++) {
    const day = Math.round(lastPurchase[row] + recencyDays[row]);
    if (day > end) end = day; // NaN fails the comparison
  }
  return end === -Infinity ? NaN : end;
}

/** A table's own value of a row, where it has the column and the cell was a number. */
function given(column: Float64Array, row: number): number | undefined {
  const value = column.length > 0 ? column[row] : NaN;
  return Number.isNaN(value) ? undefined : value;
}
