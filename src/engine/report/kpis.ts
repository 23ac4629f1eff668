import { groupSimpleClv } from "../formulas/groupSimpleClv";
import { InputError } from "../inputError";
import type { TransactionLog } from "../read/transactionLog";

const DAYS_PER_YEAR = 365.25;

/** Headline figures of a transaction log. Dates are Excel day serials; durations are in days. */
export interface TransactionKpis {
  customers: number;
  /** Valid rows: one row is one order. */
  orders: number;
  revenue: number;
  averageOrderValue: number;
  /** Orders per customer over the whole log. */
  purchaseFrequency: number;
  /** Share of customers with two or more orders. */
  repeatPurchaseRate: number;
  /** Mean over customers of last − first purchase day (0 for one-time buyers). */
  averageLifespanDays: number;
  /** Last date − first date + 1. */
  observationDays: number;
  /** purchaseFrequency per 365.25 days of observation. */
  purchasesPerYear: number;
  /** averageOrderValue × purchasesPerYear × lifespan in years; NaN when the average order value is negative (refunds outweigh sales). */
  simpleClv: number;
  firstDate: number;
  lastDate: number;
}

/**
 * Headline KPIs of a transaction log and the seed articles' simple CLV,
 * averageOrderValue × purchasesPerYear × (averageLifespanDays / 365.25).
 *
 * @throws InputError (kind "na") when the log has no valid rows.
 *
 * @example
 * // customer 0 buys 10 on day 100 and 30 on day 200; customer 1 buys 20 on day 150
 * transactionKpis(log);
 * // { customers: 2, orders: 3, revenue: 60, averageOrderValue: 20, purchaseFrequency: 1.5,
 * //   repeatPurchaseRate: 0.5, averageLifespanDays: 50, observationDays: 101,
 * //   purchasesPerYear: 1.5 / (101 / 365.25), simpleClv: 20 × purchasesPerYear × 50 / 365.25,
 * //   firstDate: 100, lastDate: 200 }
 */
export function transactionKpis(log: TransactionLog): TransactionKpis {
  const orders = log.orders;
  if (orders === 0) throw new InputError("transactions", "no valid rows to summarise", "na");
  const customers = log.customerIds.length;
  const orderCount = new Int32Array(customers);
  const firstPurchase = new Float64Array(customers).fill(Infinity);
  const lastPurchase = new Float64Array(customers).fill(-Infinity);
  let revenue = 0;
  for (let row = 0; row < orders; row++) {
    const customer = log.customer[row];
    const day = log.date[row];
    orderCount[customer]++;
    if (day < firstPurchase[customer]) firstPurchase[customer] = day;
    if (day > lastPurchase[customer]) lastPurchase[customer] = day;
    revenue += log.amount[row];
  }

  let repeatCustomers = 0;
  let lifespanSum = 0;
  let firstDate = Infinity;
  let lastDate = -Infinity;
  for (let customer = 0; customer < customers; customer++) {
    if (orderCount[customer] >= 2) repeatCustomers++;
    lifespanSum += lastPurchase[customer] - firstPurchase[customer];
    if (firstPurchase[customer] < firstDate) firstDate = firstPurchase[customer];
    if (lastPurchase[customer] > lastDate) lastDate = lastPurchase[customer];
  }

  const averageOrderValue = revenue / orders;
  const purchaseFrequency = orders / customers;
  const averageLifespanDays = lifespanSum / customers;
  const observationDays = lastDate - firstDate + 1;
  const purchasesPerYear = purchaseFrequency / (observationDays / DAYS_PER_YEAR);
  const simpleClv = groupSimpleClv({
    customers,
    orders,
    revenue,
    lifespanDays: lifespanSum,
    observationDays,
  });
  return {
    customers,
    orders,
    revenue,
    averageOrderValue,
    purchaseFrequency,
    repeatPurchaseRate: repeatCustomers / customers,
    averageLifespanDays,
    observationDays,
    purchasesPerYear,
    simpleClv,
    firstDate,
    lastDate,
  };
}
