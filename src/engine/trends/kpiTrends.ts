import {
  periodIndex,
  periodLabel,
  periodsOfDays,
  periodStart,
  type CalendarPeriod,
} from "../read/calendarPeriod";
import { logDays, type LogDays } from "../history/customerDays";
import { snappedNet } from "../history/snappedNet";
import { requireWholeNumberBetween } from "../argumentChecks";
import type { TransactionLog } from "../read/transactionLog";

/** The KPIs of a log as it stood at the end of each period: one entry per period, in order. */
export interface KpiTrends {
  readonly period: CalendarPeriod;
  readonly activeWindowDays: number;
  /** The period's label ("2024-03") and its last day, the last one cut short at the last day observed. */
  readonly labels: readonly string[];
  readonly ends: Float64Array;
  /** Customers with a purchase day on or before the end. */
  readonly customersEver: Float64Array;
  /** Customers with a purchase day in the activeWindowDays that end on the end. */
  readonly activeCustomers: Float64Array;
  /** Customers whose first purchase day falls in the period. */
  readonly newCustomers: Float64Array;
  /** Orders dated in the period (rows, or order ids by their first row), as the customer history counts them. */
  readonly orders: Float64Array;
  /** The amounts dated in the period, returns included. */
  readonly revenue: Float64Array;
  /** Revenue ÷ orders. */
  readonly averageOrderValue: Float64Array;
  /** Orders ÷ the customers with a purchase day in the period. */
  readonly purchaseFrequency: Float64Array;
  /** Customers ever with two orders or more by the end ÷ customers ever: the Summary's repeat-purchase rate at the last end. */
  readonly repeatRate: Float64Array;
  /** Customers ever without a purchase day in the window ÷ customers ever. */
  readonly churnRate: Float64Array;
  /** Of the customers active at the previous period's end, the share active at this end; NaN for the first. */
  readonly retentionRate: Float64Array;
}

/** The longest active window: ten years. */
const MAX_WINDOW_DAYS = 3660;

export interface KpiTrendsOptions {
  /** Default "month". */
  period?: CalendarPeriod;
  /** Last day serial observed; later rows are left out. Default: the log's last date. */
  observationEnd?: number;
  /** Days a customer counts as active after a purchase day (that day included). Default 90. */
  activeWindowDays?: number;
}

/**
 * The KPIs over time, from the first purchase's period to the last day observed, each computed
 * from the log as it stood at the period's end, by the customer history's definitions (a
 * purchase day nets to 0 or more; an order is a row, or an order id, netting to 0 or more).
 *
 * @throws InputError "transactions" (kind "na") when no row is dated up to the end;
 * "active_window_days" (kind "value") when not a whole number of days from 1 to 3 660.
 *
 * @example
 * // A buys on 2023-01-10 and 2023-03-02; B on 2023-01-20; C on 2023-02-05
 * const trends = kpiTrends(log, { activeWindowDays: 30 });
 * trends.labels; // ["2023-01", "2023-02", "2023-03"]
 * trends.customersEver; // [2, 3, 3]
 * trends.activeCustomers; // [2, 1, 2]: on 31 January A and B; on 28 February C; on 2 March A and C
 * trends.retentionRate; // [NaN, 0, 1]: C, active on 28 February, still is on 2 March
 */
export function kpiTrends(
  log: TransactionLog,
  options: KpiTrendsOptions = {},
  shared: LogDays = logDays(log, options.observationEnd)
): KpiTrends {
  const period = options.period ?? "month";
  const window = requireWholeNumberBetween(
    options.activeWindowDays ?? 90,
    1,
    MAX_WINDOW_DAYS,
    "active_window_days"
  );
  const { groups, days, lastDay } = shared;
  const firstPeriod = periodIndex(groups.firstDay, period);
  const count = periodIndex(lastDay, period) - firstPeriod + 1;
  const ends = Float64Array.from({ length: count }, (_, index) =>
    Math.min(lastDay, periodStart(firstPeriod + index + 1, period) - 1)
  );
  // Period (from 0) of each day, and the last period ending on or before each day, to lastDay + window.
  const periodOf = periodsOfDays(groups.firstDay, groups.lastDay, period).map(
    (index) => index - firstPeriod
  );
  const lastEndBy = lastEndsBy(ends, groups.firstDay, lastDay + window);

  const counts = {
    ever: new Float64Array(count + 1),
    active: new Float64Array(count + 1),
    retained: new Float64Array(count + 1),
    repeat: new Float64Array(count + 1),
    newCustomers: new Float64Array(count),
    buyers: new Float64Array(count),
    revenue: new Float64Array(count),
  };
  const { orders, secondOrderSlot } = ordersByPeriod(
    shared,
    periodOf,
    count,
    log.orderIds?.length ?? 0
  );
  const { start, day, net } = days;
  for (let customer = 0; customer + 1 < start.length; customer++) {
    let purchases = 0;
    let coveredTo = -1;
    let lastBought = -1;
    for (let position = start[customer]; position < start[customer + 1]; position++) {
      const slot = day[position] - groups.firstDay;
      const since = periodOf[slot];
      counts.revenue[since] += net[position];
      if (!(net[position] >= 0)) continue;
      if (++purchases === 1) {
        counts.ever[since]++;
        counts.newCustomers[since]++;
        // A repeat customer from their second order, once they are a customer at all.
        const second = secondOrderSlot[customer];
        if (second >= 0) counts.repeat[periodOf[Math.max(second, slot)]]++;
      }
      if (since !== lastBought) counts.buyers[since]++;
      lastBought = since;
      // Active at the ends from this day's period to the last end within the window, counted
      // once where windows overlap; an end right after a covered one is a customer retained.
      const to = lastEndBy[slot + window - 1];
      const from = Math.max(since, coveredTo + 1);
      if (from > to) continue;
      counts.active[from]++;
      counts.active[to + 1]--;
      const retainedFrom = from === coveredTo + 1 && coveredTo >= 0 ? from : from + 1;
      if (retainedFrom <= to) {
        counts.retained[retainedFrom]++;
        counts.retained[to + 1]--;
      }
      coveredTo = to;
    }
  }
  const ever = runningSum(counts.ever, count);
  const active = runningSum(counts.active, count);
  const retained = runningSum(counts.retained, count);
  const repeat = runningSum(counts.repeat, count);
  return {
    period,
    activeWindowDays: window,
    labels: Array.from({ length: count }, (_, index) => periodLabel(firstPeriod + index, period)),
    ends,
    customersEver: ever,
    activeCustomers: active,
    newCustomers: counts.newCustomers,
    orders,
    revenue: counts.revenue,
    averageOrderValue: counts.revenue.map((revenue, index) => quotient(revenue, orders[index])),
    purchaseFrequency: orders.map((orderCount, index) =>
      quotient(orderCount, counts.buyers[index])
    ),
    repeatRate: repeat.map((repeaters, index) => repeaters / ever[index]),
    churnRate: active.map((activeCount, index) => 1 - activeCount / ever[index]),
    retentionRate: retained.map((kept, index) => (index === 0 ? NaN : kept / active[index - 1])),
  };
}

/** part ÷ whole; NaN when whole is 0 (a period without orders has no order value). */
function quotient(part: number, whole: number): number {
  return whole === 0 ? NaN : part / whole;
}

/** Running sums of the first `count` entries of increments: counts at each period's end. */
function runningSum(increments: Float64Array, count: number): Float64Array {
  const sums = new Float64Array(count);
  let sum = 0;
  for (let index = 0; index < count; index++) sums[index] = sum += increments[index];
  return sums;
}

/** For each day from firstDay to lastDay, the last period whose end is on or before it (−1 when none). */
function lastEndsBy(ends: Float64Array, firstDay: number, lastDay: number): Int32Array {
  const last = new Int32Array(lastDay - firstDay + 1);
  let period = -1;
  for (let slot = 0; slot < last.length; slot++) {
    while (period + 1 < ends.length && ends[period + 1] <= firstDay + slot) period++;
    last[slot] = period;
  }
  return last;
}

/** Orders per period, and the slot of each customer's second order (−1 with fewer than two). */
interface PeriodOrders {
  readonly orders: Float64Array;
  readonly secondOrderSlot: Int32Array;
}

/**
 * Orders per period as the customer history counts them: a row without an order id netting to
 * 0 or more, or one customer's order id whose rows net to 0 or more, in the period of its first
 * row. Also the day slot of each customer's second such order, when a repeat customer became one.
 */
function ordersByPeriod(
  shared: LogDays,
  periodOf: Int32Array,
  count: number,
  orderCount: number
): PeriodOrders {
  const { groups, order } = shared;
  const { start, day, amount, firstDay } = groups;
  const orders = new Float64Array(count);
  const secondOrderSlot = new Int32Array(start.length - 1);
  // Each order position's running net and first day, for the customer whose mark it holds.
  const orderNet = new Float64Array(orderCount);
  const orderGross = new Float64Array(orderCount);
  const orderFirstSlot = new Int32Array(orderCount);
  const orderOwner = new Int32Array(orderCount);
  const orderList = new Int32Array(orderCount);
  // The current customer's two earliest order slots so far; one closure for every customer.
  let first = Infinity;
  let second = Infinity;
  const counted = (slot: number) => {
    orders[periodOf[slot]]++;
    if (slot < first) {
      second = first;
      first = slot;
    } else if (slot < second) second = slot;
  };
  for (let customer = 0; customer + 1 < start.length; customer++) {
    const mark = customer + 1;
    let listed = 0;
    first = second = Infinity;
    for (let index = start[customer]; index < start[customer + 1]; index++) {
      const slot = day[index] - firstDay;
      const position = order === undefined ? -1 : order[index];
      if (position < 0) {
        if (amount[index] >= 0) counted(slot);
      } else if (orderOwner[position] !== mark) {
        orderOwner[position] = mark;
        orderNet[position] = amount[index];
        orderGross[position] = Math.abs(amount[index]);
        orderFirstSlot[position] = slot;
        orderList[listed++] = position;
      } else {
        orderNet[position] += amount[index];
        orderGross[position] += Math.abs(amount[index]);
        orderFirstSlot[position] = Math.min(orderFirstSlot[position], slot);
      }
    }
    for (let listedOrder = 0; listedOrder < listed; listedOrder++) {
      const position = orderList[listedOrder];
      if (snappedNet(orderNet[position], orderGross[position]) >= 0) {
        counted(orderFirstSlot[position]);
      }
    }
    secondOrderSlot[customer] = second === Infinity ? -1 : second;
  }
  return { orders, secondOrderSlot };
}
