import { derl } from "../models/derl";
import { expectedRemainingLifetime } from "../subscriptions/subscriberValue";
import {
  analyzeSubscriptions,
  type SubscriptionAnalysis,
  type SubscriptionGroup,
  type SubscriptionOptions,
} from "../subscriptions/subscriptionAnalysis";
import {
  readSubscriptions,
  type FirstSkippedSubscription,
  type SubscriptionCells,
  type Subscriptions,
  type SubscriptionSkipReason,
} from "../subscriptions/subscriptionRows";

/** A group's pooled sBG fit as the pane reports it, or why there is none. */
export type GroupFit =
  | {
      readonly fitted: true;
      readonly alpha: number;
      readonly beta: number;
      /** Expected renewals of a new subscriber, undiscounted; Infinity for α ≤ 1. */
      readonly expectedLifetime: number;
      /** Discounted expected renewals of a new subscriber (DERL given 0 renewals). */
      readonly newSubscriberDerl: number;
    }
  | { readonly fitted: false; readonly message: string };

/** What a run on a subscription table gives the pane. */
export interface SubscriptionReport {
  readonly subscriptions: Subscriptions;
  readonly skipped: Record<SubscriptionSkipReason, number>;
  /** The first row left out and its cell to blame; null when none was. */
  readonly firstSkipped: FirstSkippedSubscription | null;
  readonly analysis: SubscriptionAnalysis;
  /** Aligned with analysis.groups. */
  readonly fits: readonly GroupFit[];
}

/**
 * The pane's analysis of a subscription table: its rows read leniently (bad rows skipped and
 * counted, readSubscriptions), cohorts, groups and per-subscriber values (analyzeSubscriptions),
 * and each group's pooled fit summed up for a new subscriber: α, β, the expected lifetime and
 * DERL at the discount rate.
 *
 * @throws InputError as readSubscriptions ("start_dates", no row left) and analyzeSubscriptions do.
 * @example
 * // Fader & Hardie 2007, Table 1, regular, yearly, observed to 2007-06-30
 * const report = subscriptionReport(cells, { period: "year", observationEnd: 39263, discountRate: 0.1 });
 * report.fits[0]; // { fitted: true, alpha: ≈ 0.704, beta: ≈ 1.182, expectedLifetime: Infinity, newSubscriberDerl: ≈ 2.96 }
 */
export function subscriptionReport(
  cells: SubscriptionCells,
  options: SubscriptionOptions
): SubscriptionReport {
  const { subscriptions, skipped, firstSkipped } = readSubscriptions(cells, "skip");
  const analysis = analyzeSubscriptions(subscriptions, options);
  const fits = analysis.groups.map((group) => groupFit(group, options.discountRate));
  return { subscriptions, skipped, firstSkipped, analysis, fits };
}

/** A group's fit for a subscriber who has just started. */
function groupFit(group: SubscriptionGroup, discountRate: number): GroupFit {
  const { curve } = group;
  if (!curve.fitted) return { fitted: false, message: curve.message };
  const { alpha, beta } = curve.fit.params;
  return {
    fitted: true,
    alpha,
    beta,
    expectedLifetime: expectedRemainingLifetime(curve.fit.params, 0),
    newSubscriberDerl: derl(curve.fit.params, discountRate, 0),
  };
}
