import { derl } from "../models/derl";
import type { SbgParameters } from "../models/sbg";
import type { Subscriptions } from "./subscriptionRows";

/** Per subscription (aligned with Subscriptions), what it is worth from the observation end on. */
export interface SubscriberValues {
  /** Active at the observation end: started by then and not ended by then. */
  readonly active: Uint8Array;
  /** Expected further renewals, undiscounted; Infinity where the sBG's mean lifetime is (α ≤ 1); NaN when not active or no fit. */
  readonly expectedRemainingLifetime: Float64Array;
  /** Discounted expected further renewals given the renewals made (Fader & Hardie 2010, eq. 6); NaN when not active or no fit. */
  readonly derl: Float64Array;
  /** fee × gross margin × DERL; NaN without a fee. */
  readonly clv: Float64Array;
}

/**
 * Expected further renewals of a subscriber who has renewed `renewals` times, undiscounted:
 * Σ_{t > n−1} S(t)/S(n − 1) with n − 1 = renewals, which is DERL at d = 0 and, by Gauss's sum of
 * 2F1 at 1, (β + renewals)/(α − 1). Infinite for α ≤ 1, where the sBG's mean lifetime is:
 * with many subscribers who almost never churn the mean is no summary (DERL, which discounts,
 * stays finite).
 *
 * @example
 * expectedRemainingLifetime({ alpha: 2, beta: 1 }, 0); // 1
 * expectedRemainingLifetime({ alpha: 3.8, beta: 15.2 }, 4); // 19.2 / 2.8 ≈ 6.857
 * expectedRemainingLifetime({ alpha: 0.704, beta: 1.182 }, 7); // Infinity
 */
export function expectedRemainingLifetime(params: SbgParameters, renewals: number): number {
  return params.alpha > 1 ? (params.beta + renewals) / (params.alpha - 1) : Infinity;
}

/**
 * What each active subscriber is worth: DERL conditional on the renewals it has made (derl's
 * `renewals`, so a subscriber who has stayed long, and is therefore likely one who churns
 * seldom, is worth more), the expected remaining lifetime, and CLV = fee × margin × DERL, the
 * value of its renewals to come (the period already paid not counted). Each subscriber is
 * valued with the fit its `fitOf` entry points to.
 *
 * @param renewals Per subscription, from observedRenewals (−1 when it starts after the observation end).
 * @param fits The sBG parameters to value with; undefined where a fit failed.
 * @param fitOf Per subscription, its position in fits; −1 for none.
 * @param discountRate Per period, above 0.
 * @param grossMargin Share of the fee kept, 0–1.
 *
 * @example
 * // One active subscriber with 4 renewals, one ended; FH 2010 case 1, d = 0.10, fee 10, margin 0.5
 * const values = subscriberValues(
 *   { start: Float64Array.of(44927, 44927), end: Float64Array.of(NaN, 45000), fee: Float64Array.of(10, 10) },
 *   Int32Array.of(4, 2), [{ alpha: 3.8, beta: 15.2 }], Int32Array.of(0, 0), 45100, 0.1, 0.5);
 * values.derl; // Float64Array [≈ 3.84, NaN]
 * values.clv; // Float64Array [≈ 19.2, NaN]
 */
export function subscriberValues(
  subscriptions: Pick<Subscriptions, "start" | "end" | "fee">,
  renewals: Int32Array,
  fits: readonly (SbgParameters | undefined)[],
  fitOf: Int32Array,
  observationEnd: number,
  discountRate: number,
  grossMargin: number
): SubscriberValues {
  const count = renewals.length;
  const active = new Uint8Array(count);
  const remaining = new Float64Array(count).fill(NaN);
  const discounted = new Float64Array(count).fill(NaN);
  const clv = new Float64Array(count).fill(NaN);
  // DERL depends on the fit and the renewals only: computed once per pair, NaN until then.
  let mostRenewals = 0;
  for (let index = 0; index < count; index++)
    mostRenewals = Math.max(mostRenewals, renewals[index]);
  const derlByRenewals = fits.map(() => new Float64Array(mostRenewals + 1).fill(NaN));
  for (let index = 0; index < count; index++) {
    const end = subscriptions.end[index];
    if (renewals[index] < 0 || end <= observationEnd) continue;
    active[index] = 1;
    const params = fitOf[index] >= 0 ? fits[fitOf[index]] : undefined;
    if (params === undefined) continue;
    const cache = derlByRenewals[fitOf[index]];
    let value = cache[renewals[index]];
    if (value !== value) {
      value = derl(params, discountRate, renewals[index]);
      cache[renewals[index]] = value;
    }
    discounted[index] = value;
    remaining[index] = expectedRemainingLifetime(params, renewals[index]);
    clv[index] = subscriptions.fee[index] * grossMargin * value;
  }
  return { active, expectedRemainingLifetime: remaining, derl: discounted, clv };
}
