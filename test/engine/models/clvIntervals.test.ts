import { clvIntervals } from "../../../src/engine/models/clvIntervals";
import {
  fitGammaGamma,
  gammaGammaConditionalExpectedSpend,
  gammaGammaLikelihood,
} from "../../../src/engine/models/gammaGamma";
import { logParameterCovariance } from "../../../src/engine/models/logParameterCovariance";
import { parameterDraws } from "../../../src/engine/models/parameterDraws";
import { predictedClv } from "../../../src/engine/models/predictedClv";
import {
  PURCHASE_MODELS,
  type PurchaseModel,
  type PurchaseModelName,
} from "../../../src/engine/models/purchaseModel";
import { quantileSorted } from "../../../src/engine/rfm/quantile";
import { cdnowHistories, cdnowSpend } from "./cdnowHistories";

const allPurchases = cdnowHistories();
const allSpend = cdnowSpend();
const allHistories = { ...allPurchases, meanSpend: allSpend.meanSpend };
const allSpendFit = fitGammaGamma(allSpend);
/** The first 600 CDNOW customers, on which the models are also evaluated at every draw. */
const COHORT = 600;
const purchases = {
  x: allPurchases.x.subarray(0, COHORT),
  tx: allPurchases.tx.subarray(0, COHORT),
  T: allPurchases.T.subarray(0, COHORT),
};
const spend = { x: purchases.x, meanSpend: allSpend.meanSpend.subarray(0, COHORT) };
const histories = { ...purchases, meanSpend: spend.meanSpend };
const spendFit = fitGammaGamma(spend);
const options = { horizonMonths: 12, monthlyDiscountRate: 0.01, timeUnit: "W" as const };
const DRAWS = 100;
const SEED = 20240601;

/** The model's parameters as an array in its symbols' order. */
function paramsOf(model: PurchaseModel<Record<string, number>>, params: Record<string, number>) {
  return model.symbols.map((symbol) => params[symbol]);
}

/**
 * The intervals computed the slow, plain way: the same parameter draws (parameterDraws with the
 * seeds clvIntervals uses), every customer's CLV from predictedClv and the model's conditional
 * expectation at every draw, quantiles by sorting.
 */
function exactDraws(name: PurchaseModelName, fitted: Record<string, number>, customers: number[]) {
  const model = PURCHASE_MODELS[name] as unknown as PurchaseModel<Record<string, number>>;
  const params = paramsOf(model, fitted);
  const covariance = logParameterCovariance(model.likelihood(purchases), params);
  const { p, q, gamma } = spendFit.params;
  const spendCovariance = logParameterCovariance(gammaGammaLikelihood(spend), [p, q, gamma]);
  const draws = parameterDraws(params, covariance, DRAWS, SEED);
  const spendDraws = parameterDraws([p, q, gamma], spendCovariance, DRAWS, SEED + 1);
  const totals = new Float64Array(DRAWS);
  const perCustomer = customers.map(() => new Float64Array(DRAWS));
  for (let draw = 0; draw < DRAWS; draw++) {
    const drawn: Record<string, number> = {};
    model.symbols.forEach(
      (symbol, index) => (drawn[symbol] = Math.exp(draws.logParams[draw * params.length + index]))
    );
    const [drawP, drawQ, drawGamma] = [0, 1, 2].map((index) =>
      Math.exp(spendDraws.logParams[draw * 3 + index])
    );
    for (let customer = 0; customer < purchases.x.length; customer++) {
      const { x, tx, T } = {
        x: purchases.x[customer],
        tx: purchases.tx[customer],
        T: purchases.T[customer],
      };
      const value = predictedClv(
        (t) => model.conditionalExpectedPurchases(drawn, t, x, tx, T),
        gammaGammaConditionalExpectedSpend(
          { p: drawP, q: drawQ, gamma: drawGamma },
          x,
          spend.meanSpend[customer]
        ),
        options
      );
      totals[draw] += value;
      const picked = customers.indexOf(customer);
      if (picked >= 0) perCustomer[picked][draw] = value;
    }
  }
  const interval = (values: Float64Array) => {
    const sorted = Float64Array.from(values).sort();
    return [quantileSorted(sorted, 0.05), quantileSorted(sorted, 0.95)];
  };
  return { total: interval(totals), customers: perCustomer.map(interval) };
}

describe("clvIntervals on the CDNOW sample", () => {
  const allFit = PURCHASE_MODELS.bgnbd.fit(allPurchases);
  // 2 357 customers × 12 months × 100 draws is past exactEvaluations' default: the surrogate.
  const whole = clvIntervals({ model: "bgnbd", fit: allFit }, allSpendFit, allHistories, {
    ...options,
    draws: DRAWS,
  });
  const fit = PURCHASE_MODELS.bgnbd.fit(purchases);
  const groups = Int32Array.from(purchases.x, (x) => Math.min(x, 2));
  const intervals = clvIntervals({ model: "bgnbd", fit }, spendFit, histories, {
    ...options,
    draws: DRAWS,
    groups,
  });

  it("estimates each customer's CLV as predictedClv does at the fitted parameters (customer 1: 36.30)", () => {
    expect(whole.estimate[0]).toBeCloseTo(36.3, 2);
    for (const customer of [0, 1, 5, 100, 2356]) {
      const x = allPurchases.x[customer];
      const tx = allPurchases.tx[customer];
      const T = allPurchases.T[customer];
      const byHand = predictedClv(
        (t) => PURCHASE_MODELS.bgnbd.conditionalExpectedPurchases(allFit.params, t, x, tx, T),
        gammaGammaConditionalExpectedSpend(allSpendFit.params, x, allSpend.meanSpend[customer]),
        options
      );
      expect(whole.estimate[customer]).toBeCloseTo(byHand, 9);
    }
  });

  it("measures the uncertainty the fit reports: se(θ) = θ · √C_ii", () => {
    const model = PURCHASE_MODELS.bgnbd;
    const params = paramsOf(model as never, allFit.params as never);
    const covariance = logParameterCovariance(model.likelihood(allPurchases), params);
    model.symbols.forEach((symbol, index) => {
      const se = params[index] * Math.sqrt(covariance[index * 5]);
      expect(se / allFit.standardErrors[symbol]).toBeCloseTo(1, 6);
    });
    // lifetimes' CDNOW standard errors: r 0.0125, a 0.185 (to the digits given).
    expect(allFit.standardErrors.r).toBeCloseTo(0.0125, 3);
    expect(allFit.standardErrors.a).toBeCloseTo(0.185, 2);
  });

  it("gives the intervals of the model evaluated at every draw (BG/NBD, 600 customers, 100 draws)", () => {
    const picked = [0, 1, 5, 100, 500];
    const exact = exactDraws("bgnbd", fit.params as never, picked);
    expect(intervals.total.low).toBeCloseTo(exact.total[0], 6);
    expect(intervals.total.high).toBeCloseTo(exact.total[1], 6);
    picked.forEach((customer, index) => {
      expect(intervals.low[customer]).toBeCloseTo(exact.customers[index][0], 9);
      expect(intervals.high[customer]).toBeCloseTo(exact.customers[index][1], 9);
    });
  });

  it("through the surrogate, is within 0.3 % of every draw evaluated for the total, 1.5 % for each customer (all 2 357)", () => {
    const everyDraw = clvIntervals({ model: "bgnbd", fit: allFit }, allSpendFit, allHistories, {
      ...options,
      draws: DRAWS,
      exactEvaluations: Infinity,
    });
    expect(Math.abs(whole.total.low / everyDraw.total.low - 1)).toBeLessThan(0.003);
    expect(Math.abs(whole.total.high / everyDraw.total.high - 1)).toBeLessThan(0.003);
    let worst = 0;
    for (let customer = 0; customer < allPurchases.x.length; customer++) {
      worst = Math.max(
        worst,
        Math.abs(whole.low[customer] / everyDraw.low[customer] - 1),
        Math.abs(whole.high[customer] / everyDraw.high[customer] - 1)
      );
    }
    expect(worst).toBeLessThan(0.015);
  });

  it("puts the estimate inside each interval, the groups' estimates summing to the total", () => {
    for (let customer = 0; customer < purchases.x.length; customer++) {
      expect(intervals.low[customer]).toBeLessThanOrEqual(intervals.estimate[customer] * 1.0001);
      expect(intervals.high[customer]).toBeGreaterThanOrEqual(
        intervals.estimate[customer] * 0.9999
      );
    }
    const groupSum = intervals.groups.estimate.reduce((sum, value) => sum + value, 0);
    expect(groupSum).toBeCloseTo(intervals.total.estimate, 6);
    expect(intervals.total.low).toBeLessThan(intervals.total.estimate);
    expect(intervals.total.high).toBeGreaterThan(intervals.total.estimate);
  });

  it("gives the customers' own randomness as a normal around the total, apart", () => {
    const { low, estimate, high, standardDeviation } = intervals.totalProcess;
    expect(estimate).toBe(intervals.total.estimate);
    expect((high - estimate) / standardDeviation).toBeCloseTo(1.6448536, 6);
    expect((estimate - low) / standardDeviation).toBeCloseTo(1.6448536, 6);
    const groupVariance = intervals.groups.processStandardDeviation.reduce(
      (sum, sd) => sum + sd * sd,
      0
    );
    expect(Math.sqrt(groupVariance)).toBeCloseTo(standardDeviation, 6);
    // At least Poisson: a customer's variance is ≥ spend² × expected purchases (discounted twice).
    expect(standardDeviation).toBeGreaterThan(0.02 * estimate);
  });

  it("gives the same numbers on every run, and others with another seed", () => {
    const again = clvIntervals({ model: "bgnbd", fit }, spendFit, histories, {
      ...options,
      draws: DRAWS,
      groups,
    });
    expect(again.total).toEqual(intervals.total);
    expect(Array.from(again.low.subarray(0, 50))).toEqual(
      Array.from(intervals.low.subarray(0, 50))
    );
    const other = clvIntervals({ model: "bgnbd", fit }, spendFit, histories, {
      ...options,
      draws: DRAWS,
      seed: 1,
    });
    expect(other.total.low).not.toBe(intervals.total.low);
    expect(other.total.estimate).toBe(intervals.total.estimate);
  });

  it("checks the level and the draws", () => {
    const run = (extra: object) => () =>
      clvIntervals({ model: "bgnbd", fit }, spendFit, histories, { ...options, ...extra });
    expect(run({ level: 1 })).toThrow("interval: must be a probability above 0 and below 1");
    expect(run({ draws: 5 })).toThrow("draws: must be a whole number from 10 to 100 000");
  });
});

describe("clvIntervals for the other purchase models", () => {
  it.each(["mbgnbd", "pnbd", "nbd"] as const)(
    "%s: evaluated at every draw as by hand; the surrogate within 3 % on the total",
    (name) => {
      const model = PURCHASE_MODELS[name] as unknown as PurchaseModel<Record<string, number>>;
      const fit = model.fit(purchases);
      const run = (exactEvaluations: number) =>
        clvIntervals({ model: name, fit } as never, spendFit, histories, {
          ...options,
          draws: DRAWS,
          exactEvaluations,
        });
      const everyDraw = run(Infinity);
      const exact = exactDraws(name, fit.params, [0]);
      expect(everyDraw.total.low).toBeCloseTo(exact.total[0], 6);
      expect(everyDraw.total.high).toBeCloseTo(exact.total[1], 6);
      expect(everyDraw.low[0]).toBeCloseTo(exact.customers[0][0], 9);
      // Pareto/NBD on 600 customers: se(ln beta) ≈ 0.96, the surrogate's hardest case here.
      const surrogate = run(0);
      expect(Math.abs(surrogate.total.low / everyDraw.total.low - 1)).toBeLessThan(0.03);
      expect(Math.abs(surrogate.total.high / everyDraw.total.high - 1)).toBeLessThan(0.02);
    }
  );
});
