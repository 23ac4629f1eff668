import { fitBgnbd } from "../../../src/engine/models/bgnbd";
import { fitGammaGamma, gammaGammaLikelihood } from "../../../src/engine/models/gammaGamma";
import { logParameterCovariance } from "../../../src/engine/models/logParameterCovariance";
import { newCustomerClv } from "../../../src/engine/models/newCustomerClv";
import { newCustomerClvInterval } from "../../../src/engine/models/newCustomerClvInterval";
import { PURCHASE_MODELS } from "../../../src/engine/models/purchaseModel";
import { cdnowHistories, cdnowSpend } from "./cdnowHistories";

const purchases = cdnowHistories();
const spend = cdnowSpend();
const customers = { ...purchases, meanSpend: spend.meanSpend };
const purchaseFit = fitBgnbd(purchases);
const spendFit = fitGammaGamma(spend);
const options = { horizonMonths: 12, monthlyDiscountRate: 0.01, timeUnit: "W" as const };
const SYMBOLS = ["r", "alpha", "a", "b"] as const;

/** The new-customer CLV at purchase log-parameters u and spend log-parameters v. */
function valueAt(u: readonly number[], v: readonly number[]): number {
  const [r, alpha, a, b] = u.map(Math.exp);
  const [p, q, gamma] = v.map(Math.exp);
  return newCustomerClv(
    (t) => PURCHASE_MODELS.bgnbd.expectedPurchases({ r, alpha, a, b }, t),
    { p, q, gamma },
    options
  );
}

/** gᵀ C g with g the central-difference gradient of valueAt in one block of log-parameters. */
function deltaVariance(block: "purchase" | "spend", covariance: Float64Array): number {
  const u = SYMBOLS.map((symbol) => Math.log(purchaseFit.params[symbol]));
  const v = [spendFit.params.p, spendFit.params.q, spendFit.params.gamma].map(Math.log);
  const at = block === "purchase" ? u : v;
  const step = 1e-5;
  const gradient = at.map((_, index) => {
    const shifted = (by: number) => at.map((value, j) => (j === index ? value + by : value));
    const [up, down] =
      block === "purchase"
        ? [valueAt(shifted(step), v), valueAt(shifted(-step), v)]
        : [valueAt(u, shifted(step)), valueAt(u, shifted(-step))];
    return (up - down) / (2 * step);
  });
  let variance = 0;
  gradient.forEach((gi, i) =>
    gradient.forEach((gj, j) => (variance += gi * covariance[i * at.length + j] * gj))
  );
  return variance;
}

describe("newCustomerClvInterval on the CDNOW customers (BG/NBD + Gamma-Gamma, 12 months at 1 %)", () => {
  const interval = newCustomerClvInterval(
    { model: "bgnbd", fit: purchaseFit },
    spendFit,
    customers,
    options
  );

  it("centres on CX.NEWCLV's value, the same on every run", () => {
    expect(interval.estimate).toBeCloseTo(
      newCustomerClv(
        (t) => PURCHASE_MODELS.bgnbd.expectedPurchases(purchaseFit.params, t),
        spendFit.params,
        options
      ),
      12
    );
    expect(interval.low).toBeLessThan(interval.estimate);
    expect(interval.high).toBeGreaterThan(interval.estimate);
    expect(
      newCustomerClvInterval({ model: "bgnbd", fit: purchaseFit }, spendFit, customers, options)
    ).toEqual(interval);
  });

  it("is as wide as the delta method's 90 % interval (within 10 %), an independent reckoning", () => {
    const purchaseCovariance = logParameterCovariance(
      PURCHASE_MODELS.bgnbd.likelihood(purchases),
      SYMBOLS.map((symbol) => purchaseFit.params[symbol])
    );
    const spendCovariance = logParameterCovariance(gammaGammaLikelihood(spend), [
      spendFit.params.p,
      spendFit.params.q,
      spendFit.params.gamma,
    ]);
    const sd = Math.sqrt(
      deltaVariance("purchase", purchaseCovariance) + deltaVariance("spend", spendCovariance)
    );
    const halfWidth = (interval.high - interval.low) / 2;
    expect(Math.abs(halfWidth / (1.6448536269514722 * sd) - 1)).toBeLessThan(0.1);
    // The draws' median sits near the estimate: the value is close to linear in the logs here.
    expect(Math.abs((interval.low + interval.high) / 2 / interval.estimate - 1)).toBeLessThan(0.05);
  });

  it("narrows with the level and refuses a level outside (0, 1)", () => {
    const half = newCustomerClvInterval({ model: "bgnbd", fit: purchaseFit }, spendFit, customers, {
      ...options,
      level: 0.5,
    });
    expect(half.high - half.low).toBeLessThan(interval.high - interval.low);
    expect(() =>
      newCustomerClvInterval({ model: "bgnbd", fit: purchaseFit }, spendFit, customers, {
        ...options,
        level: 1,
      })
    ).toThrow("interval: must be a probability above 0 and below 1");
  });
});

/**
 * Mean spends of the first 600 CDNOW customers' repeat purchases drawn from Gamma-Gamma with
 * p = 4, q = 1.25, gamma = 30 (ν ~ Gamma(q, rate gamma), each value ~ Gamma(p, rate ν)), by a
 * seeded Lehmer generator and Marsaglia–Tsang: a fit whose q lies near 1.
 */
function spendNearQOne() {
  let state = 7;
  const uniform = () => (state = (state * 48271) % 2147483647) / 2147483647;
  const gammaDraw = (shape: number): number => {
    if (shape < 1) return gammaDraw(shape + 1) * uniform() ** (1 / shape);
    const d = shape - 1 / 3;
    const c = 1 / Math.sqrt(9 * d);
    for (;;) {
      const z = Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
      const v = (1 + c * z) ** 3;
      if (v > 0 && Math.log(uniform()) < 0.5 * z * z + d - d * v + d * Math.log(v)) return d * v;
    }
  };
  const cohort = {
    x: purchases.x.slice(0, 600),
    tx: purchases.tx.slice(0, 600),
    T: purchases.T.slice(0, 600),
  };
  const meanSpend = new Float64Array(600);
  for (let customer = 0; customer < 600; customer++) {
    if (cohort.x[customer] === 0) continue;
    const rate = gammaDraw(1.25) / 30;
    let sum = 0;
    for (let purchase = 0; purchase < cohort.x[customer]; purchase++) sum += gammaDraw(4) / rate;
    meanSpend[customer] = sum / cohort.x[customer];
  }
  return { ...cohort, meanSpend };
}

describe("newCustomerClvInterval when some draws of q fall to 1 or below", () => {
  const histories = spendNearQOne();
  const purchase = { model: "bgnbd" as const, fit: fitBgnbd(histories) };
  const nearOne = fitGammaGamma(histories);

  it("gives an infinite high, as those draws have no mean spend, and keeps the estimate and low", () => {
    expect(nearOne.params.q).toBeGreaterThan(1);
    expect(nearOne.params.q).toBeLessThan(1.3);
    const interval = newCustomerClvInterval(purchase, nearOne, histories, options);
    expect(interval.estimate).toBeCloseTo(
      newCustomerClv(
        (t) => PURCHASE_MODELS.bgnbd.expectedPurchases(purchase.fit.params, t),
        nearOne.params,
        options
      ),
      12
    );
    expect(interval.high).toBe(Infinity);
    expect(interval.low).toBeGreaterThan(0);
    expect(interval.low).toBeLessThan(interval.estimate);
  });
});
