import type { Subscriptions } from "./subscriptionRows";
import type { CalendarPeriod } from "../read/calendarPeriod";
import { renewalsBefore } from "./renewals";

/**
 * The observation end a subscription table implies when none is given: its latest date, start
 * or end.
 *
 * @example
 * latestDate({ start: Float64Array.of(45000, 45100), end: Float64Array.of(45050, NaN) }); // 45100
 */
export function latestDate(subscriptions: Pick<Subscriptions, "start" | "end">): number {
  let latest = -Infinity;
  for (let index = 0; index < subscriptions.start.length; index++) {
    latest = Math.max(latest, subscriptions.start[index]);
    if (subscriptions.end[index] === subscriptions.end[index])
      latest = Math.max(latest, subscriptions.end[index]);
  }
  return latest;
}

/**
 * The renewals each subscription was seen to make by the observation end: how many of its
 * renewal dates (start + k periods, k ≥ 1, see renewalsBefore) it was still subscribed on. A
 * subscription is subscribed on a renewal date when it ends after that date or has not ended
 * by the observation end; one that ends on a renewal date did not renew there. −1 for a
 * subscription that starts after the observation end.
 *
 * @example
 * // Monthly from 2023-01-01: ended 2023-03-15 (renewed 02-01, 03-01), active, ended 2023-02-01
 * observedRenewals({ start: Float64Array.of(44927, 44927, 44927), end: Float64Array.of(45000, NaN, 44958) },
 *   "month", 45016); // Int32Array [2, 2, 0] (observation end 2023-03-31: 04-01 is not seen)
 */
export function observedRenewals(
  subscriptions: Pick<Subscriptions, "start" | "end">,
  period: CalendarPeriod,
  observationEnd: number
): Int32Array {
  const { start, end } = subscriptions;
  const renewals = new Int32Array(start.length);
  for (let index = 0; index < start.length; index++) {
    if (start[index] > observationEnd) {
      renewals[index] = -1;
      continue;
    }
    // Subscribed through the observation end: every renewal date up to it is seen.
    const seenUntil = end[index] <= observationEnd ? end[index] : observationEnd + 1;
    renewals[index] = renewalsBefore(start[index], seenUntil, period);
  }
  return renewals;
}

/**
 * Survivor counts of groups of subscriptions (cohorts), the input CX.SBG.FIT and fitSbg take:
 * entry 0 is the number that started, entry k the number still subscribed on their k-th
 * renewal date (so "alive at the start of period k" of their own subscription). A group is
 * observed while all its subscriptions are: entry k is there once the latest start of the
 * group has reached its k-th renewal date by the observation end, so a younger group has
 * fewer entries. Subscriptions with renewals −1 (starting after the observation end) or group
 * −1 are left out.
 *
 * @param renewals Per subscription, from observedRenewals.
 * @param group Per subscription, its group 0…groups − 1.
 * @example
 * // Two monthly subscriptions from 2023-01-01 (renewed 2 and 0 times) and one from 2023-02-10
 * survivorsByGroup(Int32Array.of(2, 0, 1), Float64Array.of(44927, 44927, 44967), Int32Array.of(0, 0, 0), 1, "month", 45016);
 * // [Float64Array [3, 2]]: entry 2 is left out, as from 2023-02-10 the 2nd renewal (04-10) is after 2023-03-31
 */
export function survivorsByGroup(
  renewals: Int32Array,
  start: Float64Array,
  group: Int32Array,
  groups: number,
  period: CalendarPeriod,
  observationEnd: number
): Float64Array[] {
  const latestStart = new Float64Array(groups).fill(-Infinity);
  for (let index = 0; index < renewals.length; index++) {
    if (renewals[index] >= 0 && group[index] >= 0)
      latestStart[group[index]] = Math.max(latestStart[group[index]], start[index]);
  }
  const survivors = Array.from(latestStart, (latest) =>
    latest === -Infinity
      ? new Float64Array(0)
      : new Float64Array(renewalsBefore(latest, observationEnd + 1, period) + 1)
  );
  // Count each subscription at its last observed entry, then sum from the end.
  for (let index = 0; index < renewals.length; index++) {
    if (renewals[index] < 0 || group[index] < 0) continue;
    const counts = survivors[group[index]];
    counts[Math.min(renewals[index], counts.length - 1)]++;
  }
  for (const counts of survivors) {
    for (let k = counts.length - 2; k >= 0; k--) counts[k] += counts[k + 1];
  }
  return survivors;
}

/**
 * The survivor counts of all the subscriptions taken as one cohort (see survivorsByGroup): the
 * number that started by the observation end, then the number still subscribed on each renewal
 * date, as long as the latest start is observed. Empty when none starts by the observation end.
 *
 * @example
 * // Monthly from 2023-01-01: one ended 2023-02-15, one active; observed to 2023-03-31
 * survivorCounts({ start: Float64Array.of(44927, 44927), end: Float64Array.of(44972, NaN) }, "month", 45016);
 * // Float64Array [2, 2, 1]
 */
export function survivorCounts(
  subscriptions: Pick<Subscriptions, "start" | "end">,
  period: CalendarPeriod,
  observationEnd: number
): Float64Array {
  const renewals = observedRenewals(subscriptions, period, observationEnd);
  const oneGroup = new Int32Array(renewals.length);
  return survivorsByGroup(renewals, subscriptions.start, oneGroup, 1, period, observationEnd)[0];
}

/**
 * The retention curve of survivor counts, one entry per period aligned with them:
 * r(k) = survivors[k] / survivors[k − 1]; NaN at k = 0 and after a period with none left.
 *
 * @example
 * retentionRates(Float64Array.of(1000, 631, 468)); // Float64Array [NaN, 0.631, ≈ 0.7417]
 */
export function retentionRates(survivors: Float64Array): Float64Array {
  const retention = new Float64Array(survivors.length);
  retention[0] = NaN;
  for (let k = 1; k < survivors.length; k++) {
    retention[k] = survivors[k - 1] > 0 ? survivors[k] / survivors[k - 1] : NaN;
  }
  return retention;
}

/**
 * The share of several cohorts still subscribed k periods after their start, each period's
 * retention taken over the cohorts observed then (the Kaplan–Meier product): S(k) =
 * Π_{j ≤ k} Σ survivors[j] / Σ survivors[j − 1], over cohorts with an entry j. As long as the
 * longest cohort.
 *
 * @example
 * // A 10-subscriber cohort observed 2 periods, a 20-subscriber one observed 1
 * pooledSurvival([Float64Array.of(10, 6, 3), Float64Array.of(20, 14)]);
 * // Float64Array [1, 0.6667 (20/30), 0.3333 (0.6667 × 3/6)]
 */
export function pooledSurvival(cohorts: readonly Float64Array[]): Float64Array {
  const longest = cohorts.reduce((length, survivors) => Math.max(length, survivors.length), 0);
  const survival = new Float64Array(longest);
  if (longest === 0) return survival;
  survival[0] = 1;
  for (let k = 1; k < longest; k++) {
    let before = 0;
    let after = 0;
    for (const survivors of cohorts) {
      if (survivors.length <= k) continue;
      before += survivors[k - 1];
      after += survivors[k];
    }
    survival[k] = before > 0 ? (survival[k - 1] * after) / before : NaN;
  }
  return survival;
}
