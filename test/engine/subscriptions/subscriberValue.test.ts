import { sbgSurvival } from "../../../src/engine/models/sbg";
import {
  expectedRemainingLifetime,
  subscriberValues,
} from "../../../src/engine/subscriptions/subscriberValue";
import { PUBLISHED } from "../../fixtures/published";

describe("subscriberValues (Fader & Hardie 2010, d = 0.10)", () => {
  // Five active subscribers who renewed 0…4 times, one who left, one not yet started
  const subscriptions = {
    start: Float64Array.of(45000, 45000, 45000, 45000, 45000, 45000, 45500),
    end: Float64Array.of(NaN, NaN, NaN, NaN, 45500, 45100, NaN),
    fee: Float64Array.of(10, 10, 10, 10, 20, 10, 10),
  };
  const renewals = Int32Array.of(0, 1, 2, 3, 4, 2, -1);
  const observationEnd = 45400;

  it.each(["case_1", "case_2"] as const)(
    "gives %s's DERL for n = 1…5 renewal decisions, conditional on the renewals made",
    (name) => {
      const { alpha, beta, derl } = PUBLISHED.derl[name];
      const fitOf = new Int32Array(7); // all valued with the one fit
      const values = subscriberValues(
        subscriptions,
        renewals,
        [{ alpha, beta }],
        fitOf,
        observationEnd,
        0.1,
        0.25
      );
      derl.forEach((expected: number, index: number) =>
        expect(Math.abs(values.derl[index] / expected - 1)).toBeLessThan(0.01)
      );
      // An end after the observation end is still active then; the leaver and the late start are not valued
      expect(Array.from(values.active)).toEqual([1, 1, 1, 1, 1, 0, 0]);
      expect(values.derl[5]).toBeNaN();
      expect(values.clv[6]).toBeNaN();
      expect(values.clv[4]).toBeCloseTo(20 * 0.25 * values.derl[4], 12);
    }
  );

  it("leaves a subscriber without a fit unvalued, though active", () => {
    const values = subscriberValues(
      subscriptions,
      renewals,
      [undefined],
      new Int32Array(7),
      observationEnd,
      0.1,
      1
    );
    expect(values.active[0]).toBe(1);
    expect(values.derl[0]).toBeNaN();
    expect(values.expectedRemainingLifetime[0]).toBeNaN();
  });
});

describe("expectedRemainingLifetime", () => {
  it("is the plain sum of S(t)/S(n − 1) over t ≥ n, (β + n − 1)/(α − 1), for α > 1", () => {
    const params = PUBLISHED.derl.case_1;
    for (const renewed of [0, 4]) {
      // S(t) falls as t^−α: the terms beyond t = 2000 add about 1e-5
      let sum = 0;
      for (let t = renewed + 1; t < 2000; t++) sum += sbgSurvival(params, t);
      sum /= sbgSurvival(params, renewed);
      expect(expectedRemainingLifetime(params, renewed)).toBeCloseTo(sum, 4);
    }
    expect(expectedRemainingLifetime(params, 4)).toBeCloseTo(19.2 / 2.8, 12);
  });

  it("is unbounded for α ≤ 1, as for Table 1's segments", () => {
    expect(expectedRemainingLifetime(PUBLISHED.sbg_retention.params.regular, 7)).toBe(Infinity);
  });
});
