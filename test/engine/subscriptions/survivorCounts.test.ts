import { readSubscriptions } from "../../../src/engine/subscriptions/subscriptionRows";
import {
  latestDate,
  observedRenewals,
  pooledSurvival,
  retentionRates,
  survivorCounts,
  survivorsByGroup,
} from "../../../src/engine/subscriptions/survivorCounts";
import { analyzeSubscriptions } from "../../../src/engine/subscriptions/subscriptionAnalysis";

/**
 * Monthly subscriptions in two cohorts, January and March 2024, observed to 2024-05-20, with the
 * renewal dates (start + k months, EDATE's clamping) each was still subscribed on:
 * A 01-10 → 01-25: none (02-10 is after its end)                        renewals 0
 * B 01-15 → 03-15: 02-15; it ends on 03-15, which is not renewing          1
 * C 01-31 → 03-30: 02-29 (leap year, clamped); 03-31 is after its end      1
 * D 01-05 → active: 02-05, 03-05, 04-05, 05-05                             4
 * E 01-20 → 06-10, after the observation end: 02-20 … 05-20                4
 * F 03-01 → 04-01: it ends on its first renewal date                       0
 * G 03-10 → active: 04-10, 05-10                                           2
 * H 03-20 → 05-01: 04-20                                                   1
 * I 06-01 → active: starts after the observation end, not counted         −1
 */
const HAND_MADE = {
  starts: ["2024-01-10", "2024-01-15", "2024-01-31", "2024-01-05", "2024-01-20"].concat([
    "2024-03-01",
    "2024-03-10",
    "2024-03-20",
    "2024-06-01",
  ]),
  ends: ["2024-01-25", "2024-03-15", "2024-03-30", null, "2024-06-10"].concat([
    "2024-04-01",
    null,
    "01.05.2024",
    null,
  ]),
  customers: ["A", "B", "C", "D", "E", "F", "G", "H", "I"],
};
const OBSERVATION_END = 45432; // 2024-05-20
const { subscriptions } = readSubscriptions(HAND_MADE);

describe("survivor counts of a hand-made set with censoring", () => {
  it("counts the renewals each subscription was seen to make", () => {
    expect(Array.from(observedRenewals(subscriptions, "month", OBSERVATION_END))).toEqual([
      0, 1, 1, 4, 4, 0, 2, 1, -1,
    ]);
  });

  it("censors each cohort where its latest start stops being observed", () => {
    const renewals = observedRenewals(subscriptions, "month", OBSERVATION_END);
    const cohort = Int32Array.of(0, 0, 0, 0, 0, 1, 1, 1, 1);
    // January: latest start 01-31, renewal dates 02-29, 03-31, 04-30 by 05-20 → entries 0–3:
    // 5 started; B, C, D, E renewed once; D, E twice and three times.
    // March: latest start 03-20, renewal dates 04-20, 05-20 → entries 0–2: F, G, H; G, H; G.
    const [january, march] = survivorsByGroup(
      renewals,
      subscriptions.start,
      cohort,
      2,
      "month",
      OBSERVATION_END
    );
    expect(Array.from(january)).toEqual([5, 4, 2, 2]);
    expect(Array.from(march)).toEqual([3, 2, 1]);
    expect(Array.from(retentionRates(january))).toEqual([NaN, 0.8, 0.5, 1]);
    // Pooled: (4 + 2)/(5 + 3) = 0.75, then × (2 + 1)/(4 + 2), then × 2/2 (January alone)
    expect(Array.from(pooledSurvival([january, march]))).toEqual([1, 0.75, 0.375, 0.375]);
  });

  it("counts all rows as one cohort, observed as long as the latest start (03-20)", () => {
    // 8 started by 05-20; B, C, D, E, G, H renewed once; D, E, G twice
    expect(Array.from(survivorCounts(subscriptions, "month", OBSERVATION_END))).toEqual([8, 6, 3]);
  });

  it("takes the latest start or end as the observation end by default", () => {
    expect(latestDate(subscriptions)).toBe(45453); // 2024-06-10
  });

  it("gives the analysis the same cohorts, active counts and renewals", () => {
    const analysis = analyzeSubscriptions(subscriptions, {
      observationEnd: OBSERVATION_END,
      discountRate: 0.01,
    });
    expect(
      analysis.cohorts.map((cohort) => [
        cohort.label,
        cohort.size,
        cohort.active,
        Array.from(cohort.survivors),
      ])
    ).toEqual([
      ["2024-01", 5, 2, [5, 4, 2, 2]],
      ["2024-03", 3, 1, [3, 2, 1]],
    ]);
    expect(Array.from(analysis.cohortOf)).toEqual([0, 0, 0, 0, 0, 1, 1, 1, -1]);
    expect(Array.from(analysis.values.active)).toEqual([0, 0, 0, 1, 1, 0, 1, 0, 0]);
    expect(analysis.groups).toHaveLength(1);
  });
});
