import { requireFinite } from "../argumentChecks";
import { InputError } from "../inputError";
import { groupByCustomer } from "./customerGroups";
import { daySerialToIso } from "../read/excelDate";
import { daysPerTimeUnit, type TimeUnit } from "../read/timeUnit";
import type { TransactionLog } from "../read/transactionLog";

export interface CustomerSummaryOptions {
  /**
   * Day serial the customers are observed to (the end of the calibration period): T runs to
   * it and rows dated after it are left out. Default: the day after the last date in the log.
   */
  observationEnd?: number;
  /** Unit of t_x and T: "D" days, "W" weeks (7 days), "M" months (365.25 / 12 days). */
  timeUnit: TimeUnit;
}

/**
 * One entry per customer with a purchase up to the observation end, in the order the customers
 * first appear in the log. Purchases on the same day are one purchase occasion (their amounts
 * summed), as in Fader, Hardie & Lee's CDNOW summaries and lifetimes. Dates are Excel day serials.
 */
export interface CustomerSummary {
  readonly customerIds: readonly string[];
  /** Purchase occasions: days with a purchase. */
  readonly orders: Float64Array;
  /** Rows of the log, before same-day rows are merged (the "frequency" of the usual pandas RFM recipe). */
  readonly transactions: Float64Array;
  readonly revenue: Float64Array;
  readonly firstPurchase: Float64Array;
  readonly lastPurchase: Float64Array;
  /** Days from the last purchase to the observation end. */
  readonly recencyDays: Float64Array;
  /** Repeat purchase occasions, orders − 1. */
  readonly x: Float64Array;
  /** Time of the last purchase, last − first purchase, in time units. */
  readonly tx: Float64Array;
  /** Time observed, observation end − first purchase, in time units. */
  readonly T: Float64Array;
  /** Mean value of the repeat occasions (the first occasion left out); 0 when x = 0. */
  readonly monetary: Float64Array;
  readonly observationEnd: number;
  readonly timeUnit: TimeUnit;
  /** Rows left out because they are dated after the observation end. */
  readonly excludedTransactions: number;
}

/**
 * Per-customer summary of a transaction log for RFM and the buy-till-you-die models: orders,
 * revenue, first and last purchase, recency in days, and the models' x, t_x, T and mean repeat
 * value (Fader, Hardie & Lee 2005). Rows after the observation end are left out, so a log can be
 * cut into a calibration period. One counting sort groups the rows by customer and one pass over
 * the groups does the rest, so a million rows take a few tens of milliseconds.
 *
 * Dates are whole days (a fraction is dropped). The observation end is the day T is measured to:
 * for the CDNOW calibration period it is 1997-09-30, and a first purchase on 1997-01-01 gives
 * T = 272 / 7 = 38.86 weeks. The default end, the day after the last date, gives the customers
 * who bought on that last date recency 1 day, as the pandas recipe's snapshot = max(date) + 1.
 *
 * @throws InputError "transactions" (kind "na") when the log has no rows; "observation_end"
 * (kind "value") when it is not a finite number, (kind "na") when it is before every purchase;
 * "time_unit" (kind "value") when it is not D, W or M.
 *
 * @example
 * // A buys 10 on day 100, 5 and 15 on day 107 and 30 on day 121; B buys 8 on day 114
 * const summary = customerSummary(log, { observationEnd: 128, timeUnit: "W" });
 * summary.customerIds; // ["A", "B"]
 * summary.orders; // [3, 1]: A's two rows on day 107 are one occasion
 * summary.revenue; // [60, 8]
 * summary.recencyDays; // [7, 14]
 * summary.x; // [2, 0]
 * summary.tx; // [3, 0]: (121 − 100) / 7 weeks
 * summary.T; // [4, 2]: (128 − 100) / 7 and (128 − 114) / 7
 * summary.monetary; // [25, 0]: (20 + 30) / 2, the first occasion left out
 */
export function customerSummary(
  log: TransactionLog,
  options: CustomerSummaryOptions
): CustomerSummary {
  const daysPerUnit = daysPerTimeUnit(options.timeUnit);
  const rowCount = log.orders;
  const date = log.date;
  if (rowCount === 0) throw new InputError("transactions", "no valid rows to summarise", "na");
  const observationEnd =
    options.observationEnd === undefined
      ? dayBounds(date).last + 1
      : Math.floor(requireFinite(options.observationEnd, "observation_end"));

  const customerCount = log.customerIds.length;
  const groups = groupByCustomer(log.customer, date, log.amount, customerCount, observationEnd);
  if (groups.excluded === rowCount) {
    const first = daySerialToIso(dayBounds(date).first) || "the first date";
    throw new InputError("observation_end", `is before the first purchase (${first})`, "na");
  }
  const { start, day, amount } = groups;
  let summarised = 0;
  for (let customer = 0; customer < customerCount; customer++) {
    if (start[customer + 1] > start[customer]) summarised++;
  }
  const customerIds: string[] = new Array(summarised);
  const columns = {
    orders: new Float64Array(summarised),
    transactions: new Float64Array(summarised),
    revenue: new Float64Array(summarised),
    firstPurchase: new Float64Array(summarised),
    lastPurchase: new Float64Array(summarised),
    recencyDays: new Float64Array(summarised),
    x: new Float64Array(summarised),
    tx: new Float64Array(summarised),
    T: new Float64Array(summarised),
    monetary: new Float64Array(summarised),
  };
  // lastSeenBy[day − firstDay] = 1 + the last customer who bought that day: counts each
  // customer's distinct days in one pass without sorting them.
  const firstDay = groups.firstDay;
  const lastSeenBy = new Int32Array(groups.lastDay - firstDay + 1);
  let out = 0;
  for (let customer = 0; customer < customerCount; customer++) {
    const begin = start[customer];
    const end = start[customer + 1];
    if (begin === end) continue;
    const mark = customer + 1;
    let first = day[begin];
    let last = first;
    let revenue = 0;
    // The running first day's amounts apart from the later days', so the repeat revenue is a
    // sum of its own rows, not revenue minus the first day (which would lose cents).
    let firstDayRevenue = 0;
    let repeatRevenue = 0;
    let occasions = 0;
    for (let index = begin; index < end; index++) {
      const purchaseDay = day[index];
      const value = amount[index];
      revenue += value;
      if (purchaseDay === first) firstDayRevenue += value;
      else if (purchaseDay > first) repeatRevenue += value;
      else {
        repeatRevenue += firstDayRevenue;
        firstDayRevenue = value;
        first = purchaseDay;
      }
      if (purchaseDay > last) last = purchaseDay;
      const slot = purchaseDay - firstDay;
      if (lastSeenBy[slot] !== mark) {
        lastSeenBy[slot] = mark;
        occasions++;
      }
    }

    const repeats = occasions - 1;
    customerIds[out] = log.customerIds[customer];
    columns.orders[out] = occasions;
    columns.transactions[out] = end - begin;
    columns.revenue[out] = revenue;
    columns.firstPurchase[out] = first;
    columns.lastPurchase[out] = last;
    columns.recencyDays[out] = observationEnd - last;
    columns.x[out] = repeats;
    columns.tx[out] = (last - first) / daysPerUnit;
    columns.T[out] = (observationEnd - first) / daysPerUnit;
    columns.monetary[out] = repeats > 0 ? repeatRevenue / repeats : 0;
    out++;
  }
  return {
    customerIds,
    ...columns,
    observationEnd,
    timeUnit: options.timeUnit,
    excludedTransactions: groups.excluded,
  };
}

/** Earliest and latest whole day in the dates (NaN left out). */
function dayBounds(date: Float64Array): { first: number; last: number } {
  let first = Infinity;
  let last = -Infinity;
  for (let row = 0; row < date.length; row++) {
    if (date[row] < first) first = date[row];
    if (date[row] > last) last = date[row];
  }
  return { first: Math.floor(first), last: Math.floor(last) };
}
