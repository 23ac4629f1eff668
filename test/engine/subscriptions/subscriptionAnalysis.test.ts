import { sbgSurvival } from "../../../src/engine/models/sbg";
import { analyzeSubscriptions } from "../../../src/engine/subscriptions/subscriptionAnalysis";
import { readSubscriptions } from "../../../src/engine/subscriptions/subscriptionRows";
import { TABLE_1, table1Subscriptions, table1Survivors, type Segment } from "./fhSubscriptions";

const serial = (year: number, month: number, day: number) =>
  Date.UTC(year, month - 1, day) / 86_400_000 + 25569;
const SEGMENTS: readonly Segment[] = ["regular", "high_end"];
const CALIBRATION_YEARS = 8;

/** Both Table 1 segments as one subscription table, the segment as the attribute, fee 120 a year. */
function table1Cells() {
  const parts = SEGMENTS.map((segment) => ({ segment, ...table1Subscriptions(segment) }));
  return {
    starts: parts.flatMap((part) => part.starts),
    ends: parts.flatMap((part) => part.ends),
    attributes: parts.flatMap((part) => part.starts.map(() => part.segment)),
    fees: parts.flatMap((part) => part.starts.map(() => 120)),
  };
}

describe("analyzeSubscriptions on Fader & Hardie (2007) Table 1, fitted on years 0–7", () => {
  const { subscriptions } = readSubscriptions(table1Cells());
  const analysis = analyzeSubscriptions(subscriptions, {
    period: "year",
    observationEnd: serial(2007, 6, 30),
    discountRate: 0.1,
    grossMargin: 0.5,
    projectionPeriods: 5,
  });

  it("has one January 2000 cohort per segment with the survivors of years 0–7", () => {
    expect(analysis.cohorts.map((cohort) => [cohort.attribute, cohort.label])).toEqual([
      ["regular", "2000"],
      ["high_end", "2000"],
    ]);
    SEGMENTS.forEach((segment, index) => {
      const expected = table1Survivors(segment).slice(0, CALIBRATION_YEARS);
      expect(Array.from(analysis.cohorts[index].survivors)).toEqual(expected);
      expect(analysis.cohorts[index].retention[1]).toBeCloseTo(expected[1] / 1000, 12);
      // Active on 2007-06-30: those who renewed in 2008 (the others left 100 days into 2007)
      expect(analysis.cohorts[index].active).toBe(table1Survivors(segment)[CALIBRATION_YEARS]);
    });
    expect(analysis.groups.map((group) => [group.attribute, group.size, group.active])).toEqual([
      [undefined, 2000, 223 + 468],
      ["regular", 1000, 223],
      ["high_end", 1000, 468],
    ]);
    // Pooled: (631 + 869) of 2000 after a year
    expect(analysis.groups[0].survival[1]).toBeCloseTo(1500 / 2000, 12);
  });

  it.each(SEGMENTS.map((segment, index) => [segment, index] as const))(
    "fits the %s segment's published α and β and projects years 8–12 within 1.6 points",
    (segment, index) => {
      const curve = analysis.groups[index + 1].curve;
      if (!curve.fitted) throw new Error(curve.message);
      expect(curve.fit.params.alpha).toBeCloseTo(TABLE_1.params[segment].alpha, 3);
      expect(curve.fit.params.beta).toBeCloseTo(TABLE_1.params[segment].beta, 3);
      const cohortCurve = analysis.cohorts[index].curve;
      expect(cohortCurve.fitted && cohortCurve.fit.params.alpha).toBeCloseTo(
        curve.fit.params.alpha,
        6
      );
      expect(curve.survival).toHaveLength(CALIBRATION_YEARS + 5);
      const actual: number[] = TABLE_1.percent_surviving[segment];
      // Compared as Table 1 prints them, to 0.1 point: high-end year 12 is 37.8 against 39.4
      for (let year = CALIBRATION_YEARS; year <= 12; year++) {
        const projected = Math.round(1000 * curve.survival[year]) / 10;
        expect(Math.abs(projected - actual[year])).toBeLessThanOrEqual(1.6 + 1e-9);
      }
    }
  );

  it("values each active subscriber by DERL given its 7 renewals, and CLV = fee × margin × DERL", () => {
    const regular = analysis.groups[1].curve;
    if (!regular.fitted) throw new Error(regular.message);
    // DERL as the plain sum Σ_{t ≥ 8} S(t)/S(7) / 1.1^(t − 8) (Fader & Hardie 2010, eq. 5)
    let expected = 0;
    for (let t = 8; t < 3000; t++) {
      expected +=
        sbgSurvival(regular.fit.params, t) / sbgSurvival(regular.fit.params, 7) / 1.1 ** (t - 8);
    }
    const active = analysis.values.active.findIndex(
      (flag, index) => flag === 1 && subscriptions.attribute?.index[index] === 0
    );
    expect(analysis.renewals[active]).toBe(7);
    expect(analysis.values.derl[active]).toBeCloseTo(expected, 6);
    expect(analysis.values.clv[active]).toBeCloseTo(120 * 0.5 * expected, 4);
    // α < 1: the undiscounted expected lifetime is unbounded
    expect(analysis.values.expectedRemainingLifetime[active]).toBe(Infinity);
    // The first regular subscriber left in year 0: no value
    expect(analysis.values.active[0]).toBe(0);
    expect(analysis.values.derl[0]).toBeNaN();
  });
});

describe("analyzeSubscriptions refuses", () => {
  const { subscriptions } = readSubscriptions({ starts: ["2024-01-01"], ends: [null] });
  const refusal = (options: Parameters<typeof analyzeSubscriptions>[1]) => {
    try {
      analyzeSubscriptions(subscriptions, options);
    } catch (error) {
      return (error as Error).message;
    }
    return "analysed";
  };

  it("a discount rate of 0, a share above 1, a fractional projection, an end before every start", () => {
    expect(refusal({ discountRate: 0 })).toBe(
      "discount_rate: must be above 0 for DERL to be finite"
    );
    expect(refusal({ discountRate: 0.01, grossMargin: 40 })).toBe(
      "gross_margin: must be a share from 0 to 1, e.g. 0.4 for 40 %"
    );
    expect(refusal({ discountRate: 0.01, projectionPeriods: 2.5 })).toBe(
      "projection_periods: must be a whole number from 0 to 1200"
    );
    expect(refusal({ discountRate: 0.01, observationEnd: serial(2023, 12, 31) })).toBe(
      "observation_end: no subscription starts by 2023-12-31"
    );
  });

  it("nothing when one subscriber cannot be fitted: the curve says why", () => {
    const analysis = analyzeSubscriptions(subscriptions, { discountRate: 0.01 });
    expect(analysis.cohorts[0].curve).toEqual({
      fitted: false,
      message: "observed for 0 periods after the start; an sBG fit needs at least 2",
    });
    expect(analysis.values.active[0]).toBe(1);
    expect(analysis.values.clv[0]).toBeNaN();
  });
});
