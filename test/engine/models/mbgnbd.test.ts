import {
  fitMbgnbd,
  mbgnbdConditionalExpectedPurchases,
  mbgnbdExpectedPurchases,
  mbgnbdProbabilityAlive,
} from "../../../src/engine/models/mbgnbd";
import { PUBLISHED } from "../../fixtures/published";
import { cdnowHistories } from "./cdnowHistories";
import { modelFitErrorOf } from "./modelFitErrorOf";
import { steadyCustomerHistories } from "./steadyCustomerHistories";

const published = PUBLISHED.mbgnbd_cdnow.params;

describe("MBG/NBD on the CDNOW sample (Batislam et al. 2007)", () => {
  it("fits BTYDplus's parameters", () => {
    const fit = fitMbgnbd(cdnowHistories());
    for (const name of ["r", "alpha", "a", "b"] as const) {
      expect(fit.params[name]).toBeCloseTo(published[name], 3);
    }
  });

  it("P(alive) follows eq. 13, also for a customer with no repeat purchase", () => {
    const { r, alpha, a, b } = published;
    const odds = (a / b) * ((alpha + 38.86) / alpha) ** r;
    expect(mbgnbdProbabilityAlive(published, 0, 0, 38.86)).toBeCloseTo(1 / (1 + odds), 12);
  });

  it("expects b/(a − 1) [1 − (α/(α+t))^r 2F1(r, b + 1; a + b; t/(α+t))] purchases of a new customer", () => {
    // 2F1 summed term by term here, independently of the model code.
    const { r, alpha, a, b } = published;
    const t = 39;
    const z = t / (alpha + t);
    let term = 1;
    let series = 1;
    for (let k = 0; k < 5000; k++) {
      term *= (((r + k) * (b + 1 + k)) / ((a + b + k) * (k + 1))) * z;
      series += term;
    }
    const expected = (b / (a - 1)) * (1 - (alpha / (alpha + t)) ** r * series);
    expect(mbgnbdExpectedPurchases(published, t)).toBeCloseTo(expected, 8);
  });

  it.each([
    // params, t, x, t_x, T, expected: mpmath at 50 digits, Batislam et al. eq. 14 with
    // mpmath.hyp2f1(r + x, b + x + 1, a + b + x, z); 1 − z = (alpha + T)/(alpha + T + t) in the comment
    [published, 39, 2, 30.43, 38.86, 1.2629606232673658], // 0.54
    [published, 36525, 0, 0, 0.001, 14.788915520255514], // 1.7e-4
    [published, 61830000, 2, 30.43, 38.86, 97.53216905344853], // 7.3e-7
    [{ r: 0.5, alpha: 0.5, a: 1.5, b: 3 }, 365250000, 1, 0.5, 1, 6.512014659568718], // 4.1e-9
    [{ r: 1.7, alpha: 0.2, a: 3.3, b: 5 }, 36525000, 50, 300, 365, 0.016780066907019747], // 1.0e-5
  ])(
    "with %p: E[X(%p) | x = %p, t_x = %p, T = %p] = %p, also near z = 1",
    (params, t, x, tx, T, expected) => {
      const value = mbgnbdConditionalExpectedPurchases(params, t, x, tx, T);
      expect(Math.abs(value - expected) / expected).toBeLessThan(1e-12);
    }
  );

  it("expects purchases of a new customer over a century of days (mpmath, 50 digits)", () => {
    const value = mbgnbdExpectedPurchases({ r: 0.5, alpha: 0.5, a: 1.5, b: 3 }, 36525);
    expect(Math.abs(value - 5.73893297554129) / 5.73893297554129).toBeLessThan(1e-12);
  });

  it("stays finite for x = 1000, t_x = 10, T = 100", () => {
    expect(mbgnbdProbabilityAlive(published, 1000, 10, 100)).toBeLessThan(1e-100);
    expect(mbgnbdConditionalExpectedPurchases(published, 10, 1000, 10, 100)).toBeLessThan(1e-100);
  });
});

describe("fitMbgnbd where no customer leaves (the bench's synthetic log)", () => {
  it("throws a no-dropout ModelFitError, as the dropout probability runs to 0", () => {
    const error = modelFitErrorOf(() => fitMbgnbd(steadyCustomerHistories(2000)));
    expect(error.failure).toBe("no-dropout");
    expect(error.reason).toMatch(/^the data show almost no customers leaving/);
  });
});
