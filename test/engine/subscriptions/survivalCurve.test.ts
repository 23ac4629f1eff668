import { sbgLogLikelihood, sbgRetention, sbgSurvival } from "../../../src/engine/models/sbg";
import { survivalCurve } from "../../../src/engine/subscriptions/survivalCurve";
import { TABLE_1, table1Survivors } from "./fhSubscriptions";

describe("survivalCurve", () => {
  it("fits Fader & Hardie (2007) Table 1 regular, years 0–7, and projects S and r to year 12", () => {
    const curve = survivalCurve([Float64Array.from(table1Survivors("regular").slice(0, 8))], 12);
    if (!curve.fitted) throw new Error(curve.message);
    expect(curve.fit.params.alpha).toBeCloseTo(TABLE_1.params.regular.alpha, 3);
    expect(curve.fit.params.beta).toBeCloseTo(TABLE_1.params.regular.beta, 3);
    expect(curve.survival).toHaveLength(13);
    expect(curve.survival[0]).toBeCloseTo(1, 14);
    expect(curve.survival[12]).toBeCloseTo(sbgSurvival(curve.fit.params, 12), 14);
    expect(curve.retention[0]).toBeNaN();
    // r(1) = β/(α + β)
    expect(curve.retention[1]).toBeCloseTo(sbgRetention(curve.fit.params, 1), 14);
  });

  it("pools cohorts by adding their log-likelihoods, each cut where it is observed", () => {
    const whole = Float64Array.from(table1Survivors("regular").slice(0, 8));
    const half = whole.map((count) => count / 2);
    const same = survivalCurve([half, half], 8);
    if (!same.fitted) throw new Error(same.message);
    expect(same.fit.params.alpha).toBeCloseTo(TABLE_1.params.regular.alpha, 3);
    expect(same.fit.params.beta).toBeCloseTo(TABLE_1.params.regular.beta, 3);
    // A younger half observed for 5 years: the maximum of the sum of the two ln L
    const younger = half.slice(0, 6);
    const pooled = survivalCurve([half, younger], 8);
    if (!pooled.fitted) throw new Error(pooled.message);
    const logLikelihood = (alpha: number, beta: number) =>
      sbgLogLikelihood({ alpha, beta }, half) + sbgLogLikelihood({ alpha, beta }, younger);
    const { alpha, beta } = pooled.fit.params;
    expect(pooled.fit.logLikelihood).toBeCloseTo(logLikelihood(alpha, beta), 8);
    for (const [da, db] of [
      [1.01, 1],
      [0.99, 1],
      [1, 1.01],
      [1, 0.99],
    ]) {
      expect(logLikelihood(alpha * da, beta * db)).toBeLessThan(pooled.fit.logLikelihood);
    }
  });

  it("gives plain messages for cohorts too short, too small, without churn, or with no best fit", () => {
    const message = (counts: number[][]) => {
      const curve = survivalCurve(
        counts.map((cohort) => Float64Array.from(cohort)),
        12
      );
      return curve.fitted ? "fitted" : curve.message;
    };
    expect(message([[40, 31]])).toBe(
      "observed for 1 period after the start; an sBG fit needs at least 2"
    );
    expect(message([[6, 3, 2]])).toBe("6 subscribers; an sBG fit needs at least 10");
    expect(message([[10, 10, 10]])).toBe(
      "no subscriber has ended yet; an sBG fit needs some who leave"
    );
    // Churn that rises (a third, then half) sends α and β to infinity
    expect(message([[30, 20, 10]])).toBe(
      "the sBG has no best fit to these survivors (a parameter runs to 0 or infinity); more subscribers or periods may help"
    );
    expect(
      message([
        [40, 31],
        [40, 30, 25],
      ])
    ).toBe("fitted");
  });
});
