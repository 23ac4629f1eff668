import { cdnowSampleRows } from "../../browser/fixtures/cdnowSample";
import { logOf } from "../read/logOf";
import { generateSyntheticLog } from "../../bench/syntheticLog";
import { PUBLISHED } from "../../fixtures/published";
import { calibrationHoldout } from "../../../src/engine/history/calibrationHoldout";
import type { PurchaseModelName } from "../../../src/engine/models/purchaseModel";
import { toDaySerial } from "../../../src/engine/read/excelDate";
import {
  chooseHoldoutModel,
  holdoutCheck,
  HOLDOUT_MODELS,
  type HoldoutAccuracy,
} from "../../../src/engine/report/holdoutCheck";

// The closed forms as the papers print them, written out here so the check's sums have an
// independent reference (the models evaluate other, transformed forms of the same expressions).

/** 2F1(a, b; c; z) by its power series, |z| < 1. */
function hypergeometric(a: number, b: number, c: number, z: number): number {
  let term = 1;
  let sum = 1;
  for (let n = 0; Math.abs(term) > 1e-17 * Math.abs(sum); n++) {
    term *= (((a + n) * (b + n)) / ((c + n) * (n + 1))) * z;
    sum += term;
  }
  return sum;
}

type Parameters = Record<string, number>;
/** Expected purchases in (T, T + t] after (x, t_x, T); x = t_x = T = 0 gives E[X(t)] of a new customer. */
type ClosedForm = (params: Parameters, t: number, x: number, tx: number, T: number) => number;

/**
 * FHL 2005, eq. 10 (eq. 7 at x = t_x = T = 0); MBG/NBD (Batislam et al. 2007, eq. 15) is the
 * same with one more dropout opportunity in the beta part.
 */
function betaGeometricExpected(extraDropoutOpportunity: 0 | 1): ClosedForm {
  return ({ r, alpha, a, b }, t, x, tx, T) => {
    const opportunities = x + extraDropoutOpportunity;
    const c = a + b + opportunities - 1;
    const series = hypergeometric(r + x, b + opportunities, c, t / (alpha + T + t));
    const alive = 1 - Math.pow((alpha + T) / (alpha + T + t), r + x) * series;
    const dropped =
      opportunities > 0
        ? (a / (b + opportunities - 1)) * Math.pow((alpha + T) / (alpha + tx), r + x)
        : 0;
    return ((c / (a - 1)) * alive) / (1 + dropped);
  };
}

/** Pareto/NBD P(alive): Fader & Hardie's 2005 note on the Pareto/NBD, eqs. 16–18. */
function paretoNbdAlive({ r, alpha, s, beta }: Parameters, x: number, tx: number, T: number) {
  const total = r + s + x;
  const [high, low, second] = alpha >= beta ? [alpha, beta, s + 1] : [beta, alpha, r + x];
  const part = (time: number) =>
    hypergeometric(total, second, total + 1, (high - low) / (high + time)) *
    Math.exp(
      (r + x) * Math.log(alpha + T) + s * Math.log(beta + T) - total * Math.log(high + time)
    );
  return 1 / (1 + (s / total) * (part(tx) - part(T)));
}

const CLOSED_FORMS: Record<PurchaseModelName, ClosedForm> = {
  bgnbd: betaGeometricExpected(0),
  mbgnbd: betaGeometricExpected(1),
  // SMC 1987 / Fader & Hardie's note, eq. 20: the expectation if alive times P(alive).
  pnbd: (params, t, x, tx, T) => {
    const { r, alpha, s, beta } = params;
    const ifAlive =
      (((r + x) * (beta + T)) / ((alpha + T) * (s - 1))) *
      (1 - Math.pow((beta + T) / (beta + T + t), s - 1));
    return ifAlive * paretoNbdAlive(params, x, tx, T);
  },
  nbd: ({ r, alpha }, t, x, _tx, T) => (t * (r + x)) / (alpha + T),
};

describe("the test's closed forms reproduce the published values", () => {
  it("BG/NBD: 1.226 purchases in 39 weeks after (2, 30.43, 38.86)", () => {
    const { params, conditional_expected_purchases } = PUBLISHED.bgnbd_cdnow;
    const [{ t, x, t_x, T, value }] = conditional_expected_purchases;
    expect(CLOSED_FORMS.bgnbd(params, t, x, t_x, T)).toBeCloseTo(value, 3);
  });

  it("Pareto/NBD: P(alive) 0.9979 and 25.46 purchases in 52 weeks after (26, 30.86, 31)", () => {
    const { at_params, p_alive, conditional_expected_purchases } = PUBLISHED.pareto_nbd_cdnow;
    expect(paretoNbdAlive(at_params, 26, 30.86, 31)).toBeCloseTo(p_alive[0].value, 4);
    const [{ t, x, t_x, T, value }] = conditional_expected_purchases;
    // 25.455 at the printed parameters, 25.46 printed.
    expect(Math.abs(CLOSED_FORMS.pnbd(at_params, t, x, t_x, T) - value)).toBeLessThan(0.01);
  });
});

describe("holdoutCheck on the CDNOW sample: calibration to 1997-09-30, holdout to 1998-06-30, weeks", () => {
  const rows = cdnowSampleRows();
  const calibrationEnd = toDaySerial("1997-09-30");
  const observationEnd = toDaySerial("1998-06-30");
  const cohortStart = toDaySerial("1997-01-01");
  const split = calibrationHoldout(logOf(rows), { calibrationEnd, observationEnd, timeUnit: "W" });
  const check = holdoutCheck(split);
  const { customerIds, x, tx, T, firstPurchase } = split.calibration;
  const customers = customerIds.length;
  const holdoutWeeks = (observationEnd - calibrationEnd) / 7;

  // Each customer's purchase days (days netting ≥ 0), by a plain loop over the rows.
  const netByDay = new Map<string, Map<number, number>>();
  for (const [id, day, amount] of rows) {
    const days = netByDay.get(id) ?? new Map<number, number>();
    days.set(day, (days.get(day) ?? 0) + amount);
    netByDay.set(id, days);
  }
  const purchaseDays = customerIds.map((id) =>
    [...(netByDay.get(id) as Map<number, number>)]
      .filter(([day, net]) => net >= 0 && day <= observationEnd)
      .map(([day]) => day)
      .sort((left, right) => left - right)
  );
  const actual = purchaseDays.map((days) => days.filter((day) => day > calibrationEnd).length);
  const actualTotal = actual.reduce((sum, count) => sum + count, 0);
  const frequencyClass = (customer: number) => Math.min(x[customer], 7);

  /** The test's own measures of per-customer predictions against the holdout. */
  function measures(predicted: number[]) {
    let total = 0;
    let absolute = 0;
    let squared = 0;
    const sums = new Array<number>(8).fill(0);
    const counts = new Array<number>(8).fill(0);
    for (let customer = 0; customer < customers; customer++) {
      total += predicted[customer];
      absolute += Math.abs(predicted[customer] - actual[customer]);
      squared += (predicted[customer] - actual[customer]) ** 2;
      sums[frequencyClass(customer)] += predicted[customer];
      counts[frequencyClass(customer)]++;
    }
    return {
      predictedTotal: total,
      errorPercent: ((total - actualTotal) / actualTotal) * 100,
      meanAbsoluteError: absolute / customers,
      rootMeanSquaredError: Math.sqrt(squared / customers),
      meanByFrequency: sums.map((sum, group) => sum / counts[group]),
    };
  }

  function expectMeasures(accuracy: HoldoutAccuracy, expected: ReturnType<typeof measures>) {
    const relative = (value: number, reference: number) =>
      Math.abs(value - reference) / Math.abs(reference);
    expect(relative(accuracy.predictedTotal, expected.predictedTotal)).toBeLessThan(1e-9);
    expect(accuracy.errorPercent).toBeCloseTo(expected.errorPercent, 6);
    expect(relative(accuracy.meanAbsoluteError, expected.meanAbsoluteError)).toBeLessThan(1e-9);
    expect(relative(accuracy.rootMeanSquaredError, expected.rootMeanSquaredError)).toBeLessThan(
      1e-9
    );
    expected.meanByFrequency.forEach((mean, group) => {
      expect(Math.abs(accuracy.meanByFrequency[group] - mean)).toBeLessThan(1e-9 * mean + 1e-15);
    });
  }

  /** Each model's per-customer holdout prediction, the closed forms at its fitted parameters. */
  const predictions = new Map<PurchaseModelName, number[]>();
  for (const { model, fit } of check.models) {
    const params = fit!.fit.params as unknown as Parameters;
    const predicted: number[] = [];
    for (let customer = 0; customer < customers; customer++) {
      predicted.push(
        CLOSED_FORMS[model](params, holdoutWeeks, x[customer], tx[customer], T[customer])
      );
    }
    predictions.set(model, predicted);
  }

  it("fits every model on the calibration, BG/NBD, MBG/NBD and Pareto/NBD at their published estimates", () => {
    expect(check.models.map(({ model, error }) => [model, error])).toEqual(
      HOLDOUT_MODELS.map((model) => [model, ""])
    );
    const published = {
      bgnbd: PUBLISHED.bgnbd_cdnow.params,
      mbgnbd: PUBLISHED.mbgnbd_cdnow.params,
      pnbd: PUBLISHED.pareto_nbd_cdnow.params,
    };
    for (const [model, params] of Object.entries(published)) {
      const fitted = check.models.find((entry) => entry.model === model)!.fit!.fit.params;
      for (const [name, value] of Object.entries(params)) {
        expect((fitted as unknown as Parameters)[name]).toBeCloseTo(value, 3);
      }
    }
    expect(check.models[0].logLikelihood).toBeCloseTo(PUBLISHED.bgnbd_cdnow.log_likelihood, 1);
    expect(check.models[2].logLikelihood).toBeCloseTo(PUBLISHED.pareto_nbd_cdnow.log_likelihood, 1);
  });

  it("expects of a new customer, at the BG/NBD fit, the E[X(t)] the paper's sheet prints", () => {
    const { t, value } = PUBLISHED.bgnbd_cdnow.unconditional_expected_purchases;
    const params = check.models[0].fit!.fit.params as unknown as Parameters;
    t.forEach((time, index) => {
      // Within 5e-4, as lifetimes tests them: the sheet prints 1.8576 at t = 78 for 1.8580.
      const expected = CLOSED_FORMS.bgnbd(params, time, 0, 0, 0);
      expect(Math.abs(expected - value[index])).toBeLessThan(5e-4);
    });
  });

  it("scores each fit by BIC = k ln n − 2 ln L", () => {
    const parameters = { bgnbd: 4, mbgnbd: 4, pnbd: 4, nbd: 2 };
    for (const { model, logLikelihood, bic } of check.models) {
      expect(bic).toBeCloseTo(parameters[model] * Math.log(2357) - 2 * logLikelihood, 9);
    }
  });

  it("counts the holdout's purchase days as a loop over the rows does, by calibration frequency too", () => {
    expect(check.customers).toBe(2357);
    expect(check.holdoutLength).toBe(39);
    expect(check.timeUnit).toBe("W");
    expect(check.actualTotal).toBe(actualTotal);
    for (let group = 0; group < 8; group++) {
      let members = 0;
      let purchases = 0;
      for (let customer = 0; customer < customers; customer++) {
        if (frequencyClass(customer) !== group) continue;
        members++;
        purchases += actual[customer];
      }
      expect(check.customersByFrequency[group]).toBe(members);
      expect(check.actualByFrequency[group]).toBeCloseTo(purchases / members, 12);
    }
  });

  it("predicts each customer's holdout purchases as the closed forms summed by hand do (totals, errors, FHL 2005 Figure 4)", () => {
    for (const { model, accuracy } of check.models) {
      expectMeasures(accuracy!, measures(predictions.get(model)!));
    }
  });

  it("carries each customer's calibration rate x/T forward as the baseline", () => {
    const carried = Array.from(x, (repeats, customer) => (repeats / T[customer]) * holdoutWeeks);
    expectMeasures(check.baseline, measures(carried));
  });

  it("tracks the cumulative repeat purchases week by week over both periods (FHL 2005 Figure 3)", () => {
    const { time, actual: tracked, splitPeriod, calibrationTime } = check.tracking;
    const lastDay = observationEnd - cohortStart; // 545: 77 weeks and 6 days
    const endDays = Array.from({ length: 78 }, (_, week) => Math.min(7 * (week + 1), lastDay));
    expect(Array.from(time)).toEqual(endDays.map((day) => day / 7));
    expect(splitPeriod).toBe(39);
    expect(calibrationTime).toBeCloseTo(272 / 7, 12);
    const repeatDays = purchaseDays.flatMap((days) => days.slice(1));
    expect(Array.from(tracked)).toEqual(
      endDays.map((end) => repeatDays.filter((day) => day - cohortStart <= end).length)
    );
    for (const { model, fit, cumulativePredicted } of check.models) {
      const params = fit!.fit.params as unknown as Parameters;
      // E[X(t)] evaluated once per day since the first purchase; the sum stays a loop over customers.
      const afterDays = new Map<number, number>();
      const expectedAfter = (days: number) => {
        if (!afterDays.has(days))
          afterDays.set(days, CLOSED_FORMS[model](params, days / 7, 0, 0, 0));
        return afterDays.get(days) as number;
      };
      endDays.forEach((end, week) => {
        let expected = 0;
        for (let customer = 0; customer < customers; customer++) {
          const sinceFirst = end - (firstPurchase[customer] - cohortStart);
          if (sinceFirst >= 0) expected += expectedAfter(sinceFirst);
        }
        expect(Math.abs(cumulativePredicted![week] - expected)).toBeLessThan(
          1e-9 * expected + 1e-12
        );
      });
    }
  });

  it("chooses the model whose holdout total is closest, ties within 0.5 points broken by MAE", () => {
    const scored = HOLDOUT_MODELS.map((model) => {
      const { predictedTotal, meanAbsoluteError } = measures(predictions.get(model)!);
      return { model, error: Math.abs(predictedTotal - actualTotal), meanAbsoluteError };
    });
    const closest = Math.min(...scored.map(({ error }) => error));
    const tied = scored.filter(({ error }) => error <= closest + 0.005 * actualTotal);
    tied.sort((left, right) => left.meanAbsoluteError - right.meanAbsoluteError);
    expect(check.chosen).toBe(tied[0].model);
  });
});

describe("chooseHoldoutModel", () => {
  const accuracy = (predictedTotal: number, meanAbsoluteError: number) =>
    ({ predictedTotal, meanAbsoluteError }) as HoldoutAccuracy;

  it("takes the closest total when no other is within 0.5 points", () => {
    const models = [
      { model: "bgnbd" as const, accuracy: accuracy(1010, 0.9) },
      { model: "pnbd" as const, accuracy: accuracy(1016, 0.1) }, // 0.6 points further
    ];
    expect(chooseHoldoutModel(models, 1000)).toBe("bgnbd");
  });

  it("breaks a tie within 0.5 points, either side of the actual, by the lower MAE", () => {
    const models = [
      { model: "bgnbd" as const, accuracy: accuracy(1030, 0.6) },
      { model: "pnbd" as const, accuracy: accuracy(975, 0.5) }, // 2.5 % under, 0.5 points closer
      { model: "nbd" as const, accuracy: accuracy(1200, 0.4) },
    ];
    expect(chooseHoldoutModel(models, 1000)).toBe("pnbd");
    models[1].accuracy = accuracy(975, 0.7);
    expect(chooseHoldoutModel(models, 1000)).toBe("bgnbd");
  });

  it("passes over models that did not fit, and chooses none when none did", () => {
    const models = [
      { model: "bgnbd" as const, accuracy: undefined },
      { model: "nbd" as const, accuracy: accuracy(1500, 2) },
    ];
    expect(chooseHoldoutModel(models, 1000)).toBe("nbd");
    expect(chooseHoldoutModel([models[0]], 1000)).toBeUndefined();
  });
});

describe("holdoutCheck where no customer leaves (the bench's synthetic log, split at day 180)", () => {
  const customers = 2000;
  const synthetic = generateSyntheticLog(Math.round(customers * 10.48575), customers, 20240601);
  const log = logOf(
    Array.from(synthetic.customer, (customer, row) => [
      customer,
      synthetic.date[row],
      synthetic.cents[row] / 100,
    ])
  );
  const start = toDaySerial("2023-01-01");
  const check = holdoutCheck(
    calibrationHoldout(log, { calibrationEnd: start + 180, observationEnd: start + 730 })
  );

  it("reports the dropout models' failed fits with their reason and goes on with the NBD", () => {
    for (const entry of check.models.slice(0, 3)) {
      expect(entry.fit).toBeUndefined();
      expect(entry.error).toMatch(/^the data show almost no customers leaving/);
      expect(entry.logLikelihood).toBeNaN();
      expect(entry.bic).toBeNaN();
      expect(entry.accuracy).toBeUndefined();
      expect(entry.cumulativePredicted).toBeUndefined();
    }
    const nbd = check.models[3];
    expect(nbd.model).toBe("nbd");
    expect(nbd.error).toBe("");
    expect(nbd.accuracy!.predictedTotal).toBeGreaterThan(0);
    expect(check.chosen).toBe("nbd");
  });
});
