import { requireFinite } from "../argumentChecks";
import { InputError } from "../inputError";
import type { TransactionLog } from "../read/transactionLog";
import { filledPart } from "../read/filledPart";
import { groupByCustomer, type CustomerGroups } from "./customerGroups";
import { snappedNet } from "./snappedNet";

/**
 * Each customer's distinct days with the net of their amounts: customer c's days are positions
 * start[c] .. start[c + 1] − 1, in order of day. A day whose net is 0 or more is a purchase day.
 */
export interface CustomerDays {
  /** Length customers + 1. */
  readonly start: Int32Array;
  /** Whole-day serials, ascending within a customer. */
  readonly day: Int32Array;
  /** The sum of the customer's amounts on the day, in log order; 0 where they cancel (snappedNet). */
  readonly net: Float64Array;
}

/** Above this many days a customer's are sorted by the typed array's own sort. */
const INSERTION_SORT_LIMIT = 16;

/**
 * The distinct days of each customer's grouped rows, with their nets, in order of day: what
 * cohorts and trends count purchase days and revenue from.
 *
 * @example
 * // customer 0: 5 on day 12, −2 and 3 on day 10; customer 1: 4 on day 11
 * const days = customerDays(groupByCustomer(
 *   Int32Array.of(0, 0, 1, 0), Int32Array.of(12, 10, 11, 10), Float64Array.of(5, -2, 4, 3), 2, Infinity
 * ));
 * days.start; // Int32Array [0, 2, 3]
 * days.day; // Int32Array [10, 12, 11]
 * days.net; // Float64Array [1, 5, 4]
 */
export function customerDays(groups: CustomerGroups): CustomerDays {
  const { start: rowStart, day, amount, firstDay } = groups;
  const customers = rowStart.length - 1;
  const span = Math.max(0, groups.lastDay - firstDay + 1);
  // A slot's net belongs to the customer whose mark it holds, so nothing is cleared between customers.
  const slotNet = new Float64Array(span);
  const slotGross = new Float64Array(span);
  const slotOwner = new Int32Array(span);
  const start = new Int32Array(customers + 1);
  const days = new Int32Array(day.length);
  const nets = new Float64Array(day.length);
  let out = 0;
  for (let customer = 0; customer < customers; customer++) {
    const mark = customer + 1;
    const first = out;
    let negative = false;
    for (let index = rowStart[customer]; index < rowStart[customer + 1]; index++) {
      const slot = day[index] - firstDay;
      // A new day's net is set, not added to, so the row need not wait for the slot's store.
      const value = amount[index];
      if (!(value >= 0)) negative = true;
      if (slotOwner[slot] !== mark) {
        slotOwner[slot] = mark;
        slotNet[slot] = 0 + value; // as a sum from 0: −0 nets to 0
        days[out++] = slot;
      } else {
        slotNet[slot] += value;
      }
    }
    // Only amounts of both signs can cancel to a rounding below 0 (snappedNet).
    if (negative) snapNets(slotNet, slotGross, days, first, out, groups, customer);
    sortAscending(days, first, out);
    for (let position = first; position < out; position++) {
      nets[position] = slotNet[days[position]];
      days[position] += firstDay;
    }
    start[customer + 1] = out;
  }
  // Most rows are their customer's only one that day, so the columns are nearly full.
  return { start, day: filledPart(days, out), net: filledPart(nets, out) };
}

/** The customer's day nets (their slots days[from .. to − 1]) snapped to 0 where their amounts cancel. */
function snapNets(
  slotNet: Float64Array,
  slotGross: Float64Array,
  days: Int32Array,
  from: number,
  to: number,
  { start, day, amount, firstDay }: CustomerGroups,
  customer: number
): void {
  for (let position = from; position < to; position++) slotGross[days[position]] = 0;
  for (let index = start[customer]; index < start[customer + 1]; index++) {
    slotGross[day[index] - firstDay] += Math.abs(amount[index]);
  }
  for (let position = from; position < to; position++) {
    const slot = days[position];
    slotNet[slot] = snappedNet(slotNet[slot], slotGross[slot]);
  }
}

/** Sorts positions from .. to − 1 of the days: by insertion when few, as most customers' are. */
function sortAscending(days: Int32Array, from: number, to: number): void {
  if (to - from > INSERTION_SORT_LIMIT) {
    days.subarray(from, to).sort();
    return;
  }
  for (let position = from + 1; position < to; position++) {
    const slot = days[position];
    let at = position;
    while (at > from && days[at - 1] > slot) {
      days[at] = days[at - 1];
      at--;
    }
    days[at] = slot;
  }
}

/** A log's rows up to a day grouped by customer, with each customer's days (see customerDays). */
export interface LogDays {
  readonly groups: CustomerGroups;
  readonly days: CustomerDays;
  /** The grouped rows' order positions and attribute values, when the log has them. */
  readonly order?: Int32Array;
  readonly attribute?: Int32Array;
  /** The last day observed: the observation end, or the log's last date when none is given. */
  readonly lastDay: number;
}

/**
 * The grouping and days that cohorts and trends share, made once for both.
 *
 * @throws InputError "transactions" (kind "na") when no row is dated up to the end;
 * "observation_end" (kind "value") when not finite.
 *
 * @example
 * const days = logDays(log, toDaySerial("2023-06-30"));
 * days.lastDay; // 45107, the end given, even past the log's last date
 */
export function logDays(log: TransactionLog, observationEnd?: number): LogDays {
  const end =
    observationEnd === undefined
      ? Infinity
      : Math.floor(requireFinite(observationEnd, "observation_end"));
  const carried = [log.order, log.attribute?.index];
  const groups = groupByCustomer(
    log.customer,
    log.date,
    log.amount,
    log.customerIds.length,
    end,
    carried.filter((column): column is Int32Array => column !== undefined)
  );
  if (groups.lastDay === -Infinity) {
    throw new InputError("transactions", "no purchase up to the observation end", "na");
  }
  return {
    groups,
    days: customerDays(groups),
    order: log.order ? groups.carried[0] : undefined,
    attribute: log.attribute ? groups.carried[groups.carried.length - 1] : undefined,
    // A given end is observed to, even past the last purchase: its periods without one are empty.
    lastDay: end === Infinity ? groups.lastDay : end,
  };
}
