import { groupSimpleClv } from "../formulas/groupSimpleClv";
import type { CustomerHistory } from "../history/customerHistory";
import { DAYS_PER_YEAR, daysPerTimeUnit } from "../read/timeUnit";

/** Headline figures of a customer history. Dates are Excel day serials; durations are in days. */
export interface CustomerKpis {
  customers: number;
  /** Orders as the history counts them (rows, or order ids; returns are none). */
  orders: number;
  /** The customers' revenue, returns included. */
  revenue: number;
  averageOrderValue: number;
  /** Orders per customer. */
  purchaseFrequency: number;
  /** Share of customers with two or more orders. */
  repeatPurchaseRate: number;
  /** Mean over customers of the last − first purchase occasion (0 for one-time buyers). */
  averageLifespanDays: number;
  /** The earliest first purchase to the observation end. */
  observationDays: number;
  /** purchaseFrequency per 365.25 days of observation. */
  purchasesPerYear: number;
  /** averageOrderValue × purchasesPerYear × lifespan in years; NaN when the average order value is negative (refunds outweigh sales). */
  simpleClv: number;
  /**
   * Earliest first and latest last purchase occasion known: the rows without one (an RFM
   * table's blank first purchase) are left out; NaN for a customer table without dates.
   */
  firstDate: number;
  lastDate: number;
}

/**
 * Headline KPIs of a customer history, the sums of its per-customer columns, and the seed
 * articles' simple CLV, averageOrderValue × purchasesPerYear × (averageLifespanDays / 365.25)
 * (groupSimpleClv over everyone).
 *
 * @example
 * // customer A buys 10 on day 100 and 30 on day 200; B buys 20 on day 150; observed to day 201
 * historyKpis(history);
 * // { customers: 2, orders: 3, revenue: 60, averageOrderValue: 20, purchaseFrequency: 1.5,
 * //   repeatPurchaseRate: 0.5, averageLifespanDays: 50, observationDays: 101,
 * //   purchasesPerYear: 1.5 / (101 / 365.25), simpleClv: 20 × purchasesPerYear × 50 / 365.25,
 * //   firstDate: 100, lastDate: 200 }
 */
export function historyKpis(history: CustomerHistory): CustomerKpis {
  const customers = history.customerIds.length;
  const daysPerUnit = daysPerTimeUnit(history.timeUnit);
  let orders = 0;
  let revenue = 0;
  let repeatCustomers = 0;
  let lifespanDays = 0;
  let observationDays = 0;
  let firstDate = Infinity;
  let lastDate = -Infinity;
  for (let customer = 0; customer < customers; customer++) {
    orders += history.orders[customer];
    revenue += history.revenue[customer];
    if (history.orders[customer] >= 2) repeatCustomers++;
    lifespanDays += history.tx[customer] * daysPerUnit;
    observationDays = Math.max(observationDays, history.T[customer] * daysPerUnit);
    // The earliest and latest dates known: an RFM table may lack some first purchases (NaN).
    if (history.firstPurchase[customer] < firstDate) firstDate = history.firstPurchase[customer];
    if (history.lastPurchase[customer] > lastDate) lastDate = history.lastPurchase[customer];
  }
  const purchaseFrequency = orders / customers;
  return {
    customers,
    orders,
    revenue,
    averageOrderValue: revenue / orders,
    purchaseFrequency,
    repeatPurchaseRate: repeatCustomers / customers,
    averageLifespanDays: lifespanDays / customers,
    observationDays,
    purchasesPerYear: purchaseFrequency / (observationDays / DAYS_PER_YEAR),
    simpleClv: groupSimpleClv({ customers, orders, revenue, lifespanDays, observationDays }),
    firstDate: Number.isFinite(firstDate) ? firstDate : NaN,
    lastDate: Number.isFinite(lastDate) ? lastDate : NaN,
  };
}
