import { requireFinite } from "../argumentChecks";
import { InputError } from "../inputError";
import { daySerialToIso } from "../read/excelDate";
import { daysPerTimeUnit, type TimeUnit } from "../read/timeUnit";
import type { TransactionLog } from "../read/transactionLog";
import { groupByCustomer } from "./customerGroups";
import { snappedNet } from "./snappedNet";

/**
 * The one per-customer history every surface shows (CX.SUMMARY, the KPI table, the Customers
 * sheet, the models, the attribute breakdown), one entry per customer with a purchase occasion
 * up to the observation end, in order of first appearance. Dates are Excel day serials.
 */
export interface CustomerHistory {
  /** Customer ids as text, aligned with the columns. */
  readonly customerIds: readonly string[];
  /** Orders: rows, or distinct order ids when the log has them, whose amounts net to 0 or more. */
  readonly orders: Float64Array;
  /** The sum of the customer's amounts, returns included; NaN for a log without amounts. */
  readonly revenue: Float64Array;
  /** First and last purchase occasion; NaN for a customer table without an observation end. */
  readonly firstPurchase: Float64Array;
  readonly lastPurchase: Float64Array;
  /** Days from the last purchase occasion to the observation end. */
  readonly recencyDays: Float64Array;
  /** Repeat purchase occasions: purchase occasions − 1. */
  readonly x: Float64Array;
  /** Time from the first to the last purchase occasion, in timeUnit. */
  readonly tx: Float64Array;
  /** Time from the first purchase occasion to the observation end, in timeUnit. */
  readonly T: Float64Array;
  /** Mean net amount of the repeat purchase occasions; 0 when x = 0; NaN for a log without amounts. */
  readonly meanRepeatSpend: Float64Array;
  /** Position in attributeValues of the value of the customer's latest row that has one; −1 when none. */
  readonly attribute: Int32Array;
  readonly attributeValues: readonly string[];
  /** The unit of t_x and T. */
  readonly timeUnit: TimeUnit;
  /** Day serial T runs to; NaN for a customer table given no observation end. */
  readonly observationEnd: number;
  /** Rows dated after the observation end, left out. */
  readonly excludedTransactions: number;
  /** Customers whose rows up to the end are all returns (no purchase occasion), left out. */
  readonly customersWithoutPurchase: number;
  /** Orders (rows or order ids) that net to less than 0 among the customers kept: returns. */
  readonly returns: number;
  /** Rows with an amount of exactly 0 among the customers kept, counted as orders (free orders). */
  readonly zeroAmounts: number;
  /** True for a log without amounts (see createTransactionLogBuilder): orders and dates only. */
  readonly withoutAmounts?: boolean;
}

export interface CustomerHistoryOptions {
  /** Day serial the customers are observed to; later rows are left out. Default: the day after the log's last date. */
  observationEnd?: number;
  /** Unit of t_x and T. Default "W", the papers'. */
  timeUnit?: TimeUnit;
}

/**
 * The customer history of a transaction log, defined once:
 * - an **order** is a row, or one distinct order id when the log has an order-id column (line
 *   items of one order count once); an order whose amounts net below 0 is a return, not an order;
 * - **revenue** is the sum of the amounts, returns included;
 * - a **purchase occasion** (the models' x, t_x, T) is a day whose amounts net to 0 or more, so
 *   two orders on one day are one occasion and a day of returns is none; amounts that cancel
 *   net to 0 exactly (snappedNet: 0.30 − 0.10 − 0.20 is no return). Zero-amount rows count,
 *   as CDNOW's 0.00 rows do in the papers' summaries;
 * - the mean repeat spend (the Gamma-Gamma model's input) is the mean net of the repeat occasions;
 * - a customer without a purchase occasion (only returns) is left out and counted.
 * - a log without amounts (its `withoutAmounts`) makes every row an order and every day an
 *   occasion; revenue and the mean repeat spend are then NaN, as nothing says what was spent.
 * Rows after the observation end are left out and counted; recency is in days, t_x and T in the
 * time unit. The attribute of a customer is that of their latest row with one (ties: the later
 * row), so a customer who moved is shown where they are now.
 *
 * One counting sort groups the rows by customer; each customer's rows are then read once and
 * their distinct days once, in typed arrays.
 *
 * @throws InputError "transactions" (kind "na") when the log has no rows; "observation_end"
 * (kind "value") when not finite, (kind "na") when before every purchase; "time_unit" (kind
 * "value") when not D, W or M.
 *
 * @example
 * // A: order 1 (10 + 5) on day 100, 20 on day 107, a return of 4 on day 110; B: 8 on day 114
 * const history = customerHistory(log, { observationEnd: 128, timeUnit: "W" });
 * history.customerIds; // ["A", "B"]
 * history.orders; // [2, 1]: order 1's two lines are one order; the return is none
 * history.revenue; // [31, 8]
 * history.x; // [1, 0]: days 100 and 107 are occasions, day 110 (−4) is not
 * history.tx; // [1, 0]: (107 − 100) / 7 weeks
 * history.T; // [4, 2]
 * history.recencyDays; // [21, 14]
 * history.meanRepeatSpend; // [20, 0]
 * history.returns; // 1
 */
export function customerHistory(
  log: TransactionLog,
  options: CustomerHistoryOptions = {}
): CustomerHistory {
  const timeUnit = options.timeUnit ?? "W";
  const daysPerUnit = daysPerTimeUnit(timeUnit);
  if (log.rows === 0) throw new InputError("transactions", "no valid rows to summarise", "na");
  const givenEnd =
    options.observationEnd === undefined
      ? undefined
      : Math.floor(requireFinite(options.observationEnd, "observation_end"));
  const customerCount = log.customerIds.length;
  const carried = [log.order, log.attribute?.index].filter(
    (column): column is Int32Array => column !== undefined
  );
  // Without an end every dated row is kept, and the grouping finds the last day the end follows.
  const groups = groupByCustomer(
    log.customer,
    log.date,
    log.amount,
    customerCount,
    givenEnd ?? Infinity,
    carried
  );
  if (groups.excluded === log.rows) {
    const first = daySerialToIso(earliestDay(log.date)) || "the first date";
    throw new InputError("observation_end", `is before the first purchase (${first})`, "na");
  }
  const observationEnd = givenEnd ?? groups.lastDay + 1;
  const { start, day, amount } = groups;
  const order = log.order ? groups.carried[0] : undefined;
  const attribute = log.attribute ? groups.carried[carried.length - 1] : undefined;

  let withRows = 0;
  for (let customer = 0; customer < customerCount; customer++) {
    if (start[customer + 1] > start[customer]) withRows++;
  }
  const column = () => new Float64Array(withRows);
  const columns = {
    orders: column(),
    revenue: column(),
    firstPurchase: column(),
    lastPurchase: column(),
    recencyDays: column(),
    x: column(),
    tx: column(),
    T: column(),
    meanRepeatSpend: column(),
    attribute: new Int32Array(withRows),
  };
  const { orders: orderColumn, revenue: revenueColumn, firstPurchase, lastPurchase } = columns;
  const { recencyDays, x, tx, T, meanRepeatSpend, attribute: attributeColumn } = columns;
  const withoutAmounts = log.withoutAmounts === true;
  // The log position of each customer kept, in order.
  const kept = new Int32Array(withRows);
  // Per-day and per-order running nets of the current customer: a slot belongs to the customer
  // whose mark it holds, so nothing is cleared between customers.
  const logFirstDay = groups.firstDay;
  const span = Math.max(0, groups.lastDay - logFirstDay + 1);
  const dayNet = new Float64Array(span);
  const dayOwner = new Int32Array(span);
  const orderNet = new Float64Array(log.orderIds?.length ?? 0);
  const orderOwner = new Int32Array(log.orderIds?.length ?? 0);
  // The sizes of the amounts of the days and orders of a customer with a return, for snappedNet.
  const dayGross = new Float64Array(span);
  const orderGross = new Float64Array(orderNet.length);
  // The current customer's distinct day slots and order positions, in order of first sight.
  const days = new Int32Array(span);
  const orderList = new Int32Array(orderNet.length);
  let out = 0;
  let withoutPurchase = 0;
  let returns = 0;
  let zeroAmounts = 0;
  for (let customer = 0; customer < customerCount; customer++) {
    const begin = start[customer];
    const end = start[customer + 1];
    if (begin === end) continue;
    const mark = customer + 1;
    let revenue = 0;
    let dayCount = 0;
    let orderCount = 0;
    let rowOrders = 0;
    let rowReturns = 0;
    let zeros = 0;
    let latestAttributeDay = -1;
    let latestAttribute = -1;
    let earliest = span;
    let latest = -1;
    let negativeOrNaN = false;
    for (let index = begin; index < end; index++) {
      const value = amount[index];
      revenue += value;
      const slot = day[index] - logFirstDay;
      // A new day's net is set, not added to, so the row need not wait for the slot's store.
      if (dayOwner[slot] !== mark) {
        dayOwner[slot] = mark;
        dayNet[slot] = 0 + value; // as a sum from 0: −0 nets to 0
        days[dayCount++] = slot;
        earliest = Math.min(earliest, slot);
        latest = Math.max(latest, slot);
      } else {
        dayNet[slot] += value;
      }
      if (!(value >= 0)) negativeOrNaN = true;
      if (value === 0) zeros++;
      const orderPosition = order === undefined ? -1 : order[index];
      if (orderPosition < 0) {
        if (value >= 0) rowOrders++;
        else rowReturns++;
      } else {
        if (orderOwner[orderPosition] !== mark) {
          orderOwner[orderPosition] = mark;
          orderNet[orderPosition] = 0;
          orderList[orderCount++] = orderPosition;
        }
        orderNet[orderPosition] += value;
      }
      if (attribute !== undefined && attribute[index] >= 0 && slot >= latestAttributeDay) {
        latestAttributeDay = slot;
        latestAttribute = attribute[index];
      }
    }
    // Without a negative amount every day nets to 0 or more: each is an occasion, and the
    // first and last are the earliest and latest day (slots, so they stay small integers).
    let occasions = dayCount;
    let first = earliest;
    let last = latest;
    if (negativeOrNaN) {
      // A day or an order whose amounts cancel nets to 0 exactly, not to a rounding below it.
      for (let position = 0; position < dayCount; position++) dayGross[days[position]] = 0;
      for (let position = 0; position < orderCount; position++) orderGross[orderList[position]] = 0;
      for (let index = begin; index < end; index++) {
        dayGross[day[index] - logFirstDay] += Math.abs(amount[index]);
        if (order !== undefined && order[index] >= 0)
          orderGross[order[index]] += Math.abs(amount[index]);
      }
      for (let position = 0; position < orderCount; position++) {
        const orderPosition = orderList[position];
        orderNet[orderPosition] = snappedNet(orderNet[orderPosition], orderGross[orderPosition]);
      }
      occasions = 0;
      first = span;
      last = -1;
      for (let position = 0; position < dayCount; position++) {
        const slot = days[position];
        dayNet[slot] = snappedNet(dayNet[slot], dayGross[slot]);
        if (!(dayNet[slot] >= 0)) continue;
        occasions++;
        first = Math.min(first, slot);
        last = Math.max(last, slot);
      }
    }
    if (occasions === 0) {
      withoutPurchase++;
      continue;
    }
    let orders = rowOrders;
    let orderReturns = rowReturns;
    for (let position = 0; position < orderCount; position++) {
      if (orderNet[orderList[position]] >= 0) orders++;
      else orderReturns++;
    }
    returns += orderReturns;
    zeroAmounts += zeros;
    // A sum of the repeat days' own nets, not all days less the first (which would lose cents).
    let repeatSpend = 0;
    for (let position = 0; position < dayCount; position++) {
      const slot = days[position];
      if (slot !== first && dayNet[slot] >= 0) repeatSpend += dayNet[slot];
    }
    const repeats = occasions - 1;
    const firstDay = first + logFirstDay;
    const lastDay = last + logFirstDay;
    kept[out] = customer;
    orderColumn[out] = orders;
    revenueColumn[out] = withoutAmounts ? NaN : revenue;
    firstPurchase[out] = firstDay;
    lastPurchase[out] = lastDay;
    recencyDays[out] = observationEnd - lastDay;
    x[out] = repeats;
    tx[out] = (lastDay - firstDay) / daysPerUnit;
    T[out] = (observationEnd - firstDay) / daysPerUnit;
    meanRepeatSpend[out] = withoutAmounts ? NaN : repeats > 0 ? repeatSpend / repeats : 0;
    attributeColumn[out] = latestAttribute;
    out++;
  }
  // Most logs keep every customer: then the ids are the log's, copied at once.
  const customerIds =
    out === log.customerIds.length
      ? log.customerIds.slice()
      : Array.from(kept.subarray(0, out), (customer) => log.customerIds[customer]);
  // Customers without a purchase occasion leave the columns' ends unused.
  const trimmed = Object.fromEntries(
    Object.entries(columns).map(([name, values]) => [
      name,
      out === withRows ? values : values.slice(0, out),
    ])
  ) as typeof columns;
  return {
    customerIds,
    ...trimmed,
    attributeValues: log.attribute?.values ?? [],
    timeUnit,
    observationEnd,
    excludedTransactions: groups.excluded,
    customersWithoutPurchase: withoutPurchase,
    returns,
    // Without amounts every row reads 0: none is a free order.
    zeroAmounts: log.withoutAmounts ? 0 : zeroAmounts,
    ...(log.withoutAmounts && { withoutAmounts: true }),
  };
}

/** Earliest day in the dates; Infinity when none. */
function earliestDay(date: Int32Array): number {
  let first = Infinity;
  for (let row = 0; row < date.length; row++) if (date[row] < first) first = date[row];
  return first;
}
