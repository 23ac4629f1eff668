import { groupByCustomer } from "./customerGroups";
import type { AttributeColumn } from "../read/attributeColumn";
import type { TransactionLog } from "../read/transactionLog";
import { daysPerTimeUnit } from "../read/timeUnit";

/**
 * Per-customer purchase history with returns netted out, one entry per customer with at least
 * one purchase occasion up to the observation end, in order of first appearance in the log.
 * Dates are Excel day serials; x, t_x and T are in weeks.
 */
export interface CustomerPurchases {
  /** Position of each customer in the log's customerIds. */
  readonly customer: Int32Array;
  /** Purchase occasions: days whose net amount is not negative. */
  readonly orders: Float64Array;
  /** Net amount of all the customer's rows, returns included. */
  readonly revenue: Float64Array;
  readonly firstPurchase: Float64Array;
  readonly lastPurchase: Float64Array;
  /** Days from the last purchase occasion to the observation end. */
  readonly recencyDays: Float64Array;
  /** Repeat purchase occasions, orders − 1. */
  readonly x: Float64Array;
  readonly tx: Float64Array;
  readonly T: Float64Array;
  /** Mean net amount of the repeat occasions; 0 when x = 0. */
  readonly meanRepeatSpend: Float64Array;
  /** Position of the attribute value of the customer's latest row that has one; −1 when none. */
  readonly attribute: Int32Array;
  /** Day serial T runs to; NaN for a customer table given no observation end. */
  readonly observationEnd: number;
  /** Rows after the observation end. */
  readonly excludedTransactions: number;
  /** Customers with rows up to the end but no purchase occasion (only returns): left out. */
  readonly customersWithoutPurchase: number;
}

/** Days in a week, the models' time unit here. */
const DAYS_PER_WEEK = daysPerTimeUnit("W");

/**
 * Each customer's purchase history for RFM and the models, with returns (negative amounts)
 * handled by one rule: rows are netted per customer and day, and a day whose net amount is
 * negative is a return, not a purchase occasion. Returns still reduce revenue (the net of all
 * rows), but they neither count as orders nor move the first or last purchase, and they are
 * not part of the repeat spend the Gamma-Gamma model sees (the net of the repeat occasions, so
 * a same-day return does reduce it). A day netting to exactly 0 is an occasion, so free orders
 * count as CDNOW's 0.00 rows do. A customer without any occasion is left out and counted.
 *
 * Rows after the observation end are left out; T runs to it (default the day after the last
 * date). The attribute of a customer is that of their latest row with a value (ties: the later
 * row), so a customer who moved region or channel is shown where they are now.
 *
 * @example
 * // A buys 10 on day 100, returns 4 on day 103 and buys 20 and returns 5 on day 114
 * const purchases = customerPurchases(log, 128);
 * purchases.orders; // [2]: day 103 nets −4, a return
 * purchases.revenue; // [21]
 * purchases.x; // [1]
 * purchases.tx; // [2]: (114 − 100) / 7 weeks
 * purchases.T; // [4]
 * purchases.meanRepeatSpend; // [15]: day 114 nets 15
 */
export function customerPurchases(
  log: TransactionLog,
  observationEnd: number,
  attribute?: AttributeColumn
): CustomerPurchases {
  const customerCount = log.customerIds.length;
  const groups = groupByCustomer(log.customer, log.date, log.amount, customerCount, observationEnd);
  const { start, day, amount } = groups;
  // The attribute and row order travel with the grouping: row r's position is the customer's next slot.
  const groupedAttribute = new Int32Array(day.length).fill(-1);
  if (attribute) {
    const next = start.slice(0, customerCount);
    for (let row = 0; row < log.orders; row++) {
      if (!(Math.floor(log.date[row]) <= observationEnd)) continue;
      groupedAttribute[next[log.customer[row]]++] = attribute.index[row];
    }
  }

  let withRows = 0;
  for (let customer = 0; customer < customerCount; customer++) {
    if (start[customer + 1] > start[customer]) withRows++;
  }
  const columns = {
    customer: new Int32Array(withRows),
    orders: new Float64Array(withRows),
    revenue: new Float64Array(withRows),
    firstPurchase: new Float64Array(withRows),
    lastPurchase: new Float64Array(withRows),
    recencyDays: new Float64Array(withRows),
    x: new Float64Array(withRows),
    tx: new Float64Array(withRows),
    T: new Float64Array(withRows),
    meanRepeatSpend: new Float64Array(withRows),
    attribute: new Int32Array(withRows),
  };
  const span = Math.max(0, groups.lastDay - groups.firstDay + 1);
  // Net amount per day of the current customer, and which customer last wrote each day's slot.
  const dayNet = new Float64Array(span);
  const dayOwner = new Int32Array(span);
  let out = 0;
  let withoutPurchase = 0;
  for (let customer = 0; customer < customerCount; customer++) {
    const begin = start[customer];
    const end = start[customer + 1];
    if (begin === end) continue;
    const mark = customer + 1;
    let revenue = 0;
    let latestAttributeDay = -Infinity;
    let latestAttribute = -1;
    for (let index = begin; index < end; index++) {
      const slot = day[index] - groups.firstDay;
      if (dayOwner[slot] !== mark) {
        dayOwner[slot] = mark;
        dayNet[slot] = 0;
      }
      dayNet[slot] += amount[index];
      revenue += amount[index];
      if (groupedAttribute[index] >= 0 && day[index] >= latestAttributeDay) {
        latestAttributeDay = day[index];
        latestAttribute = groupedAttribute[index];
      }
    }
    // Second pass: each day once (its owner mark flipped negative), occasions where the net is >= 0.
    let occasions = 0;
    let first = Infinity;
    let last = -Infinity;
    for (let index = begin; index < end; index++) {
      const slot = day[index] - groups.firstDay;
      if (dayOwner[slot] !== mark) continue;
      dayOwner[slot] = -mark;
      if (!(dayNet[slot] >= 0)) continue;
      occasions++;
      if (day[index] < first) first = day[index];
      if (day[index] > last) last = day[index];
    }
    if (occasions === 0) {
      withoutPurchase++;
      continue;
    }
    let repeatSpend = 0;
    for (let index = begin; index < end; index++) {
      const slot = day[index] - groups.firstDay;
      if (day[index] !== first && dayNet[slot] >= 0) repeatSpend += amount[index];
    }
    const repeats = occasions - 1;
    columns.customer[out] = customer;
    columns.orders[out] = occasions;
    columns.revenue[out] = revenue;
    columns.firstPurchase[out] = first;
    columns.lastPurchase[out] = last;
    columns.recencyDays[out] = observationEnd - last;
    columns.x[out] = repeats;
    columns.tx[out] = (last - first) / DAYS_PER_WEEK;
    columns.T[out] = (observationEnd - first) / DAYS_PER_WEEK;
    columns.meanRepeatSpend[out] = repeats > 0 ? repeatSpend / repeats : 0;
    columns.attribute[out] = latestAttribute;
    out++;
  }
  const trimmed = Object.fromEntries(
    Object.entries(columns).map(([name, column]) => [name, column.slice(0, out)])
  ) as typeof columns;
  return {
    ...trimmed,
    observationEnd,
    excludedTransactions: groups.excluded,
    customersWithoutPurchase: withoutPurchase,
  };
}
