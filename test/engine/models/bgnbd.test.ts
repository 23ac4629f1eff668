import {
  bgnbdConditionalExpectedPurchases,
  bgnbdExpectedPurchases,
  bgnbdLogLikelihood,
  bgnbdProbabilityAlive,
  bgnbdProbabilityOfPurchases,
  fitBgnbd,
} from "../../../src/engine/models/bgnbd";
import { InputError } from "../../../src/engine/inputError";
import { PUBLISHED } from "../../fixtures/published";
import { cdnowHistories } from "./cdnowHistories";
import { modelFitErrorOf } from "./modelFitErrorOf";
import { steadyCustomerHistories } from "./steadyCustomerHistories";

const published = PUBLISHED.bgnbd_cdnow;
const paper = published.params;

describe("BG/NBD on the CDNOW sample (Fader, Hardie & Lee 2005)", () => {
  const fit = fitBgnbd(cdnowHistories());

  it("fits the published parameters and log-likelihood", () => {
    for (const name of ["r", "alpha", "a", "b"] as const) {
      expect(fit.params[name]).toBeCloseTo(paper[name], 3);
    }
    expect(fit.logLikelihood).toBeCloseTo(published.log_likelihood, 1);
    expect(fit.converged).toBe(true);
    expect(fit.standardErrors.r).toBeGreaterThan(0);
  });

  it("gives the published log-likelihood at the published parameters", () => {
    expect(bgnbdLogLikelihood(paper, cdnowHistories())).toBeCloseTo(published.log_likelihood, 0);
  });

  it("predicts the published conditional expected purchases (eq. 10)", () => {
    for (const { t, x, t_x, T, value } of published.conditional_expected_purchases) {
      expect(bgnbdConditionalExpectedPurchases(paper, t, x, t_x, T)).toBeCloseTo(value, 3);
    }
  });

  it("predicts the unconditional expected purchases (eq. 7) of Hardie's spreadsheet", () => {
    const { t, value } = published.unconditional_expected_purchases;
    // To 4 decimals except t = 78 (1.85797 here and by mpmath; the sheet prints 1.8576),
    // so to within 5e-4 as lifetimes' test of the same vector.
    t.forEach((time: number, index: number) => {
      expect(Math.abs(bgnbdExpectedPurchases(fit.params, time) - value[index])).toBeLessThan(5e-4);
    });
  });

  it("gives the published P(X(t) = n) at the published parameters (eq. 8)", () => {
    for (const { t, n, value } of published.probability_of_n_purchases_at_published_params) {
      const counts: number[] = Array.isArray(n) ? n : [n];
      const values: number[] = Array.isArray(value) ? value : [value];
      counts.forEach((count, index) => {
        const probability = bgnbdProbabilityOfPurchases(paper, t, count);
        expect(probability / values[index]).toBeCloseTo(1, 5);
      });
    }
  });

  it("P(X(t) = n) sums to 1 over n", () => {
    let total = 0;
    for (let n = 0; n < 300; n++) total += bgnbdProbabilityOfPurchases(paper, 39, n);
    expect(total).toBeCloseTo(1, 6);
  });
});

describe("BG/NBD P(alive) and expectations", () => {
  it("keeps a customer with no repeat purchase alive", () => {
    expect(bgnbdProbabilityAlive(paper, 0, 0, 38.86)).toBe(1);
  });

  it("matches eq. 11 written out for a typical customer", () => {
    const { r, alpha, a, b } = paper;
    const odds = (a / (b + 2 - 1)) * ((alpha + 38.86) / (alpha + 30.43)) ** (r + 2);
    expect(bgnbdProbabilityAlive(paper, 2, 30.43, 38.86)).toBeCloseTo(1 / (1 + odds), 12);
  });

  it("stays finite and near 0 for x = 1000, t_x = 10, T = 100", () => {
    const alive = bgnbdProbabilityAlive(paper, 1000, 10, 100);
    const expected = bgnbdConditionalExpectedPurchases(paper, 10, 1000, 10, 100);
    expect(Number.isFinite(alive) && Number.isFinite(expected)).toBe(true);
    expect(alive).toBeLessThan(1e-100);
    expect(expected).toBeLessThan(1e-100);
  });

  it("stays finite for high-frequency customers", () => {
    for (const [x, tx, T] of [
      [221, 103.43, 103.57],
      [254, 103.29, 103.57],
      [132, 200, 200],
    ]) {
      const expected = bgnbdConditionalExpectedPurchases(paper, 10, x, tx, T);
      expect(Number.isFinite(expected)).toBe(true);
      expect(expected).toBeGreaterThan(0);
      expect(bgnbdProbabilityAlive(paper, x, tx, T)).toBeGreaterThan(0.5);
    }
  });

  it("gives the expectations at a = 1, where eq. 10's (a − 1) makes 0 / 0 (mpmath, 60 digits)", () => {
    const atOne = { ...paper, a: 1 };
    // mpmath's eq. 10 at a = 1 + 1e-30, r 0.243, alpha 4.414, b 2.426, t 39.
    expect(bgnbdConditionalExpectedPurchases(atOne, 39, 2, 30.43, 38.86)).toBeCloseTo(
      1.1021367860399558,
      11
    );
    expect(bgnbdExpectedPurchases(atOne, 39)).toBeCloseTo(1.0842790105915188, 10);
    // Just off 1, where the formula's own cancellation cost some 0.1 % at 1 + 1e-12.
    expect(
      bgnbdConditionalExpectedPurchases({ ...paper, a: 1.0005 }, 39, 2, 30.43, 38.86)
    ).toBeCloseTo(1.1018637288605888, 11);
    expect(
      bgnbdConditionalExpectedPurchases({ ...paper, a: 1 + 1e-12 }, 39, 2, 30.43, 38.86)
    ).toBeCloseTo(1.1021367860399558, 10);
  });

  describe("near z = t/(alpha + T + t) = 1, where the 2F1 series would need millions of terms", () => {
    // a − 1 − r = 0, so eq. 10's 2F1(r + x, b + x; a + b + x − 1; z) has c − a − b = −x, whole.
    const wholeExponent = { r: 0.5, alpha: 0.5, a: 1.5, b: 3 };
    const aAboveOne = { r: 1.7, alpha: 0.2, a: 3.3, b: 5 };
    // mpmath at 50 digits: eq. 10 with mpmath.hyp2f1(r + x, b + x, a + b + x − 1, z).
    it.each([
      // params, t, x, t_x, T, expected; 1 − z = (alpha + T)/(alpha + T + t) in the comment
      [paper, 39, 2, 30.43, 38.86, 1.2260281747671444], // 0.53
      [paper, 43274, 2, 30.43, 38.86, 38.534994825335325], // 1.0e-3
      [paper, 4327400, 2, 30.43, 38.86, 123.50783662251462], // 1.0e-5
      [paper, 432740000, 2, 30.43, 38.86, 344.00772990995625], // 1.0e-7
      [wholeExponent, 3652.5, 3, 2, 2.5, 7.948734411965142], // 8.2e-4
      [wholeExponent, 36525, 1, 0.5, 1, 4.625297326359807], // 4.1e-5
      [wholeExponent, 36525, 3, 2, 2.5, 8.18297896438985], // 8.2e-5
      [wholeExponent, 36525000, 3, 2, 2.5, 8.288026755056658], // 8.2e-8
      [aAboveOne, 365250, 50, 300, 365, 0.016192577465844637], // 1.0e-3
      [aAboveOne, 36525000, 50, 300, 365, 0.01619258006007669], // 1.0e-5
      [aAboveOne, 36525, 1, 0.01, 0.02, 2.064081683492743], // 6.0e-6
      [aAboveOne, 365250, 1, 0.01, 0.02, 2.0640816837095675], // 6.0e-7
    ])("with %p: E[X(%p) | x = %p, t_x = %p, T = %p] = %p", (params, t, x, tx, T, expected) => {
      const value = bgnbdConditionalExpectedPurchases(params, t, x, tx, T);
      expect(Math.abs(value - expected) / expected).toBeLessThan(1e-12);
    });

    it("expects 6.73084 purchases of a new customer in a century of days (NaN before)", () => {
      // mpmath at 50 digits; 1 − z = 0.5/36525.5 = 1.4e-5
      const value = bgnbdExpectedPurchases(wholeExponent, 36525);
      expect(Math.abs(value - 6.730841122200116) / 6.730841122200116).toBeLessThan(1e-12);
      expect(bgnbdExpectedPurchases(aAboveOne, 36525)).toBeCloseTo(3.173912948956843, 13);
    });
  });

  it("grows with t and starts at 0", () => {
    expect(bgnbdExpectedPurchases(paper, 0)).toBeCloseTo(0, 15);
    expect(bgnbdExpectedPurchases(paper, 10)).toBeLessThan(bgnbdExpectedPurchases(paper, 20));
  });
});

describe("fitBgnbd input checks", () => {
  it("rejects a recency after T", () => {
    const histories = { x: Float64Array.of(1), tx: Float64Array.of(40), T: Float64Array.of(38) };
    expect(() => fitBgnbd(histories)).toThrow(InputError);
    expect(() => fitBgnbd(histories)).toThrow(
      expect.objectContaining({
        kind: "value",
        message:
          "recency: row 1: is 40, above its T (38); must be from 0 to T, in the time unit of T",
      })
    );
  });

  it("rejects columns of different lengths", () => {
    const histories = {
      x: Float64Array.of(1, 2),
      tx: Float64Array.of(1),
      T: Float64Array.of(3, 3),
    };
    expect(() => fitBgnbd(histories)).toThrow(/recency: has 1 rows/);
  });

  it("counts weighted patterns like repeated customers", () => {
    const repeated = {
      x: Float64Array.of(0, 0, 1, 2, 2, 5),
      tx: Float64Array.of(0, 0, 3, 6, 6, 9),
      T: Float64Array.of(10, 10, 10, 10, 10, 10),
    };
    const weighted = {
      x: Float64Array.of(0, 1, 2, 5),
      tx: Float64Array.of(0, 3, 6, 9),
      T: Float64Array.of(10, 10, 10, 10),
      weights: Float64Array.of(2, 1, 2, 1),
    };
    expect(bgnbdLogLikelihood(paper, weighted)).toBeCloseTo(
      bgnbdLogLikelihood(paper, repeated),
      10
    );
  });
});

describe("fitBgnbd where no customer leaves (the bench's synthetic log)", () => {
  it("throws a no-dropout ModelFitError that says every customer looks alive", () => {
    const error = modelFitErrorOf(() => fitBgnbd(steadyCustomerHistories(2000)));
    expect(error.failure).toBe("no-dropout");
    expect(error.kind).toBe("na");
    expect(error.argument).toBe("frequency");
    expect(error.reason).toMatch(/^the data show almost no customers leaving/);
    expect(error.reason).toContain("every customer looks alive");
  });
});
