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
