import { sbgSurvival } from "../../../src/engine/models/sbg";
import { subscriptionReport } from "../../../src/engine/report/subscriptionReport";
import { TABLE_1, table1Subscriptions, type Segment } from "../subscriptions/fhSubscriptions";

const SEGMENTS: readonly Segment[] = ["regular", "high_end"];
/** 2007-06-30: years 0–7 observed, as Fader & Hardie calibrate. */
const OBSERVATION_END = Date.UTC(2007, 5, 30) / 86_400_000 + 25569;

describe("subscriptionReport on Fader & Hardie (2007) Table 1", () => {
  const parts = SEGMENTS.map((segment) => ({ segment, ...table1Subscriptions(segment) }));
  const cells = {
    starts: [...parts.flatMap((part) => part.starts), "not a date"],
    ends: [...parts.flatMap((part) => part.ends), null],
    attributes: [...parts.flatMap((part) => part.starts.map(() => part.segment)), "regular"],
  };
  const report = subscriptionReport(cells, {
    period: "year",
    observationEnd: OBSERVATION_END,
    discountRate: 0.1,
  });

  it("skips and counts the unreadable row", () => {
    expect(report.skipped).toEqual({ unreadableStart: 1, unreadableEnd: 0, endBeforeStart: 0 });
    expect(report.subscriptions.count).toBe(2000);
  });

  it.each(SEGMENTS.map((segment, index) => [segment, index + 1] as const))(
    "gives the %s segment's published α and β, an unbounded mean lifetime and DERL as the plain sum",
    (segment, group) => {
      const fit = report.fits[group];
      if (!fit.fitted) throw new Error(fit.message);
      expect(fit.alpha).toBeCloseTo(TABLE_1.params[segment].alpha, 3);
      expect(fit.beta).toBeCloseTo(TABLE_1.params[segment].beta, 3);
      // α < 1 in both segments
      expect(fit.expectedLifetime).toBe(Infinity);
      // DERL given 0 renewals: Σ_{t ≥ 1} S(t) / 1.1^(t − 1) (Fader & Hardie 2010, eq. 5)
      let expected = 0;
      for (let t = 1; t < 3000; t++) expected += sbgSurvival(fit, t) / 1.1 ** (t - 1);
      expect(fit.newSubscriberDerl).toBeCloseTo(expected, 6);
    }
  );

  it("fits all 2000 together too", () => {
    expect(report.analysis.groups[0].size).toBe(2000);
    expect(report.fits[0].fitted).toBe(true);
  });
});
