import { requireShare, requireWholeNumberBetween } from "../argumentChecks";
import { requireDiscountRate } from "../formulas/discountRate";
import { InputError } from "../inputError";
import { daySerialToIso } from "../read/excelDate";
import { subscriberValues, type SubscriberValues } from "./subscriberValue";
import { periodIndex, periodLabel, type CalendarPeriod } from "../read/calendarPeriod";
import type { Subscriptions } from "./subscriptionRows";
import { survivalCurve, type SurvivalCurve } from "./survivalCurve";
import {
  latestDate,
  observedRenewals,
  pooledSurvival,
  retentionRates,
  survivorsByGroup,
} from "./survivorCounts";

/** How to count and value subscriptions. */
export interface SubscriptionOptions {
  /** The period cohorts are formed by and renewals counted in. Default "month". */
  readonly period?: CalendarPeriod;
  /** Excel day serial of the last day observed. Default: the latest start or end date. */
  readonly observationEnd?: number;
  /** Discount rate per period, above 0 and below 1, for DERL. */
  readonly discountRate: number;
  /** Share of the fee kept, 0–1. Default 1. */
  readonly grossMargin?: number;
  /** Periods the fitted curves are projected beyond a cohort's data. Default 12. */
  readonly projectionPeriods?: number;
}

/** The subscriptions that started in one period (and, with an attribute, share its value). */
export interface SubscriptionCohort {
  /** The start period, e.g. "2024-03" (see periodLabel). */
  readonly label: string;
  /** The attribute value; undefined without an attribute or for a blank one. */
  readonly attribute?: string;
  /** Subscriptions that started by the observation end. */
  readonly size: number;
  /** Of those, the ones active at the observation end (not ended by then). */
  readonly active: number;
  /** Subscribed on the k-th renewal date, k = 0…(periods observed); entry 0 is the size. */
  readonly survivors: Float64Array;
  /** survivors[k] / survivors[k − 1], NaN at k = 0. */
  readonly retention: Float64Array;
  /** The cohort's own sBG fit, to the periods observed plus the projection. */
  readonly curve: SurvivalCurve;
}

/** All cohorts together (attribute undefined), or those of one attribute value. */
export interface SubscriptionGroup {
  readonly attribute?: string;
  /** Subscriptions that started by the observation end, and those of them still active then. */
  readonly size: number;
  readonly active: number;
  /** Observed share still subscribed after k periods, pooled over the group's cohorts (pooledSurvival). */
  readonly survival: Float64Array;
  /** One sBG fit to all the group's cohorts. */
  readonly curve: SurvivalCurve;
}

/** What analyzeSubscriptions finds. */
export interface SubscriptionAnalysis {
  readonly period: CalendarPeriod;
  readonly observationEnd: number;
  /** By attribute (blank first, then in order of appearance), then by start period. */
  readonly cohorts: readonly SubscriptionCohort[];
  /** First all subscriptions, then one group per attribute value. */
  readonly groups: readonly SubscriptionGroup[];
  /** Per subscription, its cohort's position in cohorts; −1 when it starts after the observation end. */
  readonly cohortOf: Int32Array;
  /** Per subscription, the renewals it was seen to make (see observedRenewals). */
  readonly renewals: Int32Array;
  /** Per subscription, valued with its attribute group's fit, or the fit of all when that failed. */
  readonly values: SubscriberValues;
}

const DEFAULT_PROJECTION = 12;
/** Enough for 100 years of months. */
const MOST_PROJECTED = 1200;

/**
 * The subscription analysis the pane shows: cohorts by start period (split by the attribute
 * when there is one), each with its survivor counts, retention curve and own sBG fit projected
 * beyond its data; the same pooled over all cohorts and per attribute value; and per active
 * subscriber DERL given its renewals, expected remaining lifetime and CLV = fee × margin ×
 * DERL.
 *
 * @throws InputError "observation_end" (kind "na") when no subscription starts by then;
 *   "discount_rate", "gross_margin", "projection_periods" (kind "value") out of range
 *   (discount_rate must be above 0 and below 1, projection_periods a whole number to 1200).
 *
 * @example
 * // Fader & Hardie 2007, Table 1, regular: 1000 yearly subscriptions read from January 2000
 * // (readSubscriptions), observed to 2007-06-30, when 223 are still active
 * const analysis = analyzeSubscriptions(subscriptions, { period: "year", observationEnd: 39263, discountRate: 0.1 });
 * analysis.cohorts[0].label; // "2000"
 * analysis.cohorts[0].survivors; // Float64Array [1000, 631, 468, 382, 326, 289, 262, 241]
 * analysis.groups[0].curve.fitted && analysis.groups[0].curve.fit.params; // { alpha: ≈ 0.704, beta: ≈ 1.182 }
 * analysis.values.derl; // DERL given 7 renewals for the 223 still active, NaN for the others
 */
export function analyzeSubscriptions(
  subscriptions: Subscriptions,
  options: SubscriptionOptions
): SubscriptionAnalysis {
  const period = options.period ?? "month";
  const observationEnd = options.observationEnd ?? latestDate(subscriptions);
  const discountRate = requireDiscountRate(options.discountRate);
  if (discountRate === 0) {
    throw new InputError("discount_rate", "must be above 0 for DERL to be finite", "value");
  }
  const grossMargin = requireShare(options.grossMargin ?? 1, "gross_margin");
  const projection = requireWholeNumberBetween(
    options.projectionPeriods ?? DEFAULT_PROJECTION,
    0,
    MOST_PROJECTED,
    "projection_periods"
  );
  const renewals = observedRenewals(subscriptions, period, observationEnd);
  const { keys, cohortOf } = cohortKeys(subscriptions, renewals, period);
  if (keys.length === 0) {
    throw new InputError(
      "observation_end",
      `no subscription starts by ${daySerialToIso(observationEnd)}`,
      "na"
    );
  }
  const survivors = survivorsByGroup(
    renewals,
    subscriptions.start,
    cohortOf,
    keys.length,
    period,
    observationEnd
  );
  const attributeValues = subscriptions.attribute?.values ?? [];
  // Group 0 is everyone; group a + 1 the cohorts of attribute value a.
  const groupCohorts = [keys.map((_, cohort) => cohort)];
  attributeValues.forEach((_, value) =>
    groupCohorts.push(keys.flatMap((key, cohort) => (key.attribute === value ? [cohort] : [])))
  );
  const groupCurves = groupCohorts.map((inGroup) => {
    const counts = inGroup.map((cohort) => survivors[cohort]);
    const longest = counts.reduce((length, cohort) => Math.max(length, cohort.length), 0);
    return survivalCurve(counts, longest - 1 + projection);
  });
  const fits = groupCurves.map((curve) => (curve.fitted ? curve.fit.params : undefined));
  const fitOf = new Int32Array(subscriptions.count).fill(-1);
  const activeInCohort = new Float64Array(keys.length);
  for (let index = 0; index < subscriptions.count; index++) {
    if (cohortOf[index] < 0) continue;
    const group = keys[cohortOf[index]].attribute + 1;
    fitOf[index] = fits[group] !== undefined ? group : 0;
  }
  const values = subscriberValues(
    subscriptions,
    renewals,
    fits,
    fitOf,
    observationEnd,
    discountRate,
    grossMargin
  );
  for (let index = 0; index < subscriptions.count; index++) {
    if (values.active[index] === 1) activeInCohort[cohortOf[index]]++;
  }
  const cohorts = keys.map((key, cohort): SubscriptionCohort => ({
    label: periodLabel(key.period, period),
    ...(key.attribute >= 0 && { attribute: attributeValues[key.attribute] }),
    size: survivors[cohort][0],
    active: activeInCohort[cohort],
    survivors: survivors[cohort],
    retention: retentionRates(survivors[cohort]),
    curve: survivalCurve([survivors[cohort]], survivors[cohort].length - 1 + projection),
  }));
  const groups = groupCohorts.map((inGroup, group): SubscriptionGroup => ({
    ...(group > 0 && { attribute: attributeValues[group - 1] }),
    size: inGroup.reduce((sum, cohort) => sum + cohorts[cohort].size, 0),
    active: inGroup.reduce((sum, cohort) => sum + cohorts[cohort].active, 0),
    survival: pooledSurvival(inGroup.map((cohort) => survivors[cohort])),
    curve: groupCurves[group],
  }));
  return { period, observationEnd, cohorts, groups, cohortOf, renewals, values };
}

/** A cohort's attribute position (−1 for none) and start period. */
interface CohortKey {
  readonly attribute: number;
  readonly period: number;
}

/**
 * The cohorts of the subscriptions that start by the observation end (renewals ≥ 0), ordered
 * by attribute position (blank first), then start period; and each subscription's cohort.
 */
function cohortKeys(
  subscriptions: Subscriptions,
  renewals: Int32Array,
  period: CalendarPeriod
): { keys: CohortKey[]; cohortOf: Int32Array } {
  const attribute = subscriptions.attribute?.index;
  const periods = new Int32Array(subscriptions.count);
  let first = Infinity;
  let last = -Infinity;
  for (let index = 0; index < subscriptions.count; index++) {
    if (renewals[index] < 0) continue;
    periods[index] = periodIndex(subscriptions.start[index], period);
    first = Math.min(first, periods[index]);
    last = Math.max(last, periods[index]);
  }
  // One whole number per (attribute, period), in the order of the cohorts.
  const span = last - first + 1;
  const codes = new Float64Array(subscriptions.count).fill(-1);
  const positionOf = new Map<number, number>();
  for (let index = 0; index < subscriptions.count; index++) {
    if (renewals[index] < 0) continue;
    codes[index] = ((attribute?.[index] ?? -1) + 1) * span + periods[index] - first;
    if (!positionOf.has(codes[index])) positionOf.set(codes[index], 0);
  }
  const sorted = Float64Array.from(positionOf.keys()).sort();
  sorted.forEach((code, position) => positionOf.set(code, position));
  const cohortOf = new Int32Array(subscriptions.count).fill(-1);
  for (let index = 0; index < subscriptions.count; index++) {
    if (codes[index] >= 0) cohortOf[index] = positionOf.get(codes[index]) as number;
  }
  const keys = Array.from(sorted, (code) => ({
    attribute: Math.floor(code / span) - 1,
    period: (code % span) + first,
  }));
  return { keys, cohortOf };
}
