import {
  fitNbd,
  nbdConditionalExpectedPurchases,
  nbdLogLikelihood,
} from "../../../src/engine/models/nbd";
import { fitBgnbd } from "../../../src/engine/models/bgnbd";
import { randomDraws } from "./randomDraws";

/** Customers drawn from the NBD: λ ~ Gamma(r, alpha), x ~ Poisson(λ T), T uniform in 20..60 weeks. */
function nbdCustomers(customers: number, r: number, alpha: number, seed: number) {
  const draws = randomDraws(seed);
  const x = new Float64Array(customers);
  const tx = new Float64Array(customers);
  const T = new Float64Array(customers);
  for (let customer = 0; customer < customers; customer++) {
    T[customer] = 20 + 40 * draws.uniform();
    x[customer] = draws.poisson((draws.gamma(r) / alpha) * T[customer]);
    tx[customer] = x[customer] > 0 ? T[customer] * draws.uniform() : 0; // t_x plays no part
  }
  return { x, tx, T };
}

describe("fitNbd", () => {
  const truth = { r: 0.8, alpha: 20 };
  const histories = nbdCustomers(20_000, truth.r, truth.alpha, 11);
  const fit = fitNbd(histories);

  it("recovers the parameters 20,000 customers were drawn with", () => {
    expect(fit.params.r).toBeGreaterThan(truth.r * 0.93);
    expect(fit.params.r).toBeLessThan(truth.r * 1.07);
    expect(fit.params.alpha).toBeGreaterThan(truth.alpha * 0.9);
    expect(fit.params.alpha).toBeLessThan(truth.alpha * 1.1);
    // The truth lies within about two standard errors of the estimate.
    expect(Math.abs(fit.params.r - truth.r)).toBeLessThan(3 * fit.standardErrors.r);
  });

  it("matches the likelihood written out by hand", () => {
    const { r, alpha } = fit.params;
    let byHand = 0;
    const logGammaRatio = (x: number) => {
      let sum = 0;
      for (let k = 0; k < x; k++) sum += Math.log(r + k); // Γ(r + x)/Γ(r) = Π (r + k)
      return sum;
    };
    for (let customer = 0; customer < histories.x.length; customer++) {
      const x = histories.x[customer];
      byHand +=
        logGammaRatio(x) + r * Math.log(alpha) - (r + x) * Math.log(alpha + histories.T[customer]);
    }
    expect(fit.logLikelihood).toBeCloseTo(byHand, 6);
    expect(nbdLogLikelihood(fit.params, histories)).toBeCloseTo(byHand, 6);
  });

  it("is the BG/NBD likelihood's no-dropout limit, never above it", () => {
    // BG/NBD nests the NBD (a → 0), so its maximum cannot be lower; on NBD data it is barely higher.
    let bgnbd: number;
    try {
      bgnbd = fitBgnbd(histories).logLikelihood;
    } catch {
      bgnbd = fit.logLikelihood; // BG/NBD finds no dropout to fit: the same maximum
    }
    expect(bgnbd).toBeGreaterThanOrEqual(fit.logLikelihood - 1e-6);
    expect(bgnbd - fit.logLikelihood).toBeLessThan(5);
  });

  it("expects a customer's posterior rate times t, whatever the last purchase's time", () => {
    const params = { r: 0.8, alpha: 20 };
    expect(nbdConditionalExpectedPurchases(params, 52, 3, 10, 40)).toBeCloseTo((52 * 3.8) / 60, 12);
    expect(nbdConditionalExpectedPurchases(params, 52, 3, 39, 40)).toBeCloseTo((52 * 3.8) / 60, 12);
  });
});

describe("fitNbd where every customer buys at one rate", () => {
  // Poisson counts at one rate for all: no spread of rates, so the maximum is at r, alpha → ∞.
  const draws = randomDraws(5);
  const customers = 5000;
  const T = Float64Array.from({ length: customers }, () => 20 + 40 * draws.uniform());
  const x = Float64Array.from(T, (observed) => draws.poisson(0.1 * observed));
  const histories = { x, tx: Float64Array.from(T, (observed) => observed / 2), T };
  const rate = x.reduce((sum, value) => sum + value, 0) / T.reduce((sum, value) => sum + value, 0);
  const fit = fitNbd(histories);

  it("expects every customer to buy at the data's rate, whatever their own history", () => {
    expect(fit.params.r / fit.params.alpha).toBeCloseTo(rate, 6);
    expect(nbdConditionalExpectedPurchases(fit.params, 52, 0, 0, 40)).toBeCloseTo(52 * rate, 1);
    expect(nbdConditionalExpectedPurchases(fit.params, 52, 12, 30, 40)).toBeCloseTo(52 * rate, 1);
  });

  it("says so and gives the Poisson limit when the counts vary less than a Poisson's", () => {
    // Each customer buys exactly 4 times in 40 weeks: no spread at all.
    const even = {
      x: new Float64Array(100).fill(4),
      tx: new Float64Array(100).fill(30),
      T: new Float64Array(100).fill(40),
    };
    const limit = fitNbd(even);
    expect(limit.params.r / limit.params.alpha).toBeCloseTo(0.1, 12);
    expect(limit.params.r).toBeGreaterThan(1e6);
    expect(limit.message).toMatch(
      /^every customer buys at about the same rate \(0\.1000 per time unit\)/
    );
    for (const r of [1, 10, 100, 1000]) {
      expect(nbdLogLikelihood({ r, alpha: r / 0.1 }, even)).toBeLessThan(limit.logLikelihood);
    }
  });
});

test("fitNbd refuses customers without a single repeat purchase", () => {
  const none = { x: Float64Array.of(0, 0), tx: Float64Array.of(0, 0), T: Float64Array.of(10, 20) };
  expect(() => fitNbd(none)).toThrow(
    expect.objectContaining({ argument: "frequency", kind: "na" })
  );
});
