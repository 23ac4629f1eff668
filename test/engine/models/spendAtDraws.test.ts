import { gammaGammaConditionalExpectedSpend } from "../../../src/engine/models/gammaGamma";
import { spendAtDraws } from "../../../src/engine/models/spendAtDraws";

describe("spendAtDraws", () => {
  it("gives Gamma-Gamma's expected spend at each draw as fixed + slope · m x, per distinct x", () => {
    const draws = [
      { p: 6, q: 4, gamma: 15 },
      { p: 2.5, q: 1.2, gamma: 8 },
    ];
    const logParams = Float64Array.from(
      draws.flatMap(({ p, q, gamma }) => [p, q, gamma]),
      Math.log
    );
    const spend = spendAtDraws(Float64Array.of(0, 0, 2, 5), logParams);
    expect(spend.count).toBe(2);
    expect(Array.from(spend.xOfTriple)).toEqual([0, 0, 1, 2]);
    [0, 2, 5].forEach((x, index) => {
      draws.forEach((params, draw) => {
        const at = index * 2 + draw;
        const meanSpend = 31.5;
        expect(spend.fixed[at] + spend.slope[at] * meanSpend * x).toBeCloseTo(
          gammaGammaConditionalExpectedSpend(params, x, meanSpend),
          10
        );
      });
    });
  });

  it("has no mean where p x + q ≤ 1: fixed Infinity, slope 0", () => {
    const spend = spendAtDraws(Float64Array.of(0), Float64Array.of(0, Math.log(0.9), 0));
    expect(spend.fixed[0]).toBe(Infinity);
    expect(spend.slope[0]).toBe(0);
  });
});
