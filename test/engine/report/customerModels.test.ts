import { customerHistory } from "../../../src/engine/history/customerHistory";
import { customerPredictions, fitCustomerModels } from "../../../src/engine/report/customerModels";
import { PUBLISHED } from "../../fixtures/published";
import { cdnowHistories, cdnowSpend } from "../models/cdnowHistories";
import { steadyCustomerHistories } from "../models/steadyCustomerHistories";
import { generatedLog } from "./generatedLog";

describe("fitCustomerModels where no customer leaves (the bench's synthetic log)", () => {
  const steady = steadyCustomerHistories(2000);

  it.each(["bgnbd+gg", "pnbd+gg"] as const)(
    "%s: says no customer leaves and predicts with the NBD instead, Gamma-Gamma as ever",
    (model) => {
      const outcome = fitCustomerModels(steady, model);
      expect(outcome.model).toBe(model);
      expect(outcome.transactionFailure).toBe("no-dropout");
      expect(outcome.transactionError).toBe("");
      expect(outcome.transaction?.model).toBe("nbd");
      // The NBD's mean rate r/alpha is the data's: Σ x / Σ T, at its maximum likelihood.
      const { r, alpha } = outcome.transaction!.fit.params as { r: number; alpha: number };
      const repeats = steady.x.reduce((sum, x) => sum + x, 0);
      const observed = steady.T.reduce((sum, T) => sum + T, 0);
      expect(r / alpha).toBeCloseTo(repeats / observed, 4);
      expect(outcome.spendError).toBe("");
      expect(outcome.spend!.params.p).toBeGreaterThan(0);
      expect(outcome.spendCustomers).toBe(steady.x.filter((x) => x > 0).length);
    }
  );

  it("gives every customer P(alive) 1, the NBD's expected purchases and a CLV", () => {
    const outcome = fitCustomerModels(steady, "bgnbd+gg");
    const settings = { grossMargin: 1, monthlyDiscountRate: 0.01, horizonMonths: 12 };
    const predictions = customerPredictions(outcome, steady, settings);
    const { r, alpha } = outcome.transaction!.fit.params as { r: number; alpha: number };
    const weeks = (12 * 365.25) / 12 / 7;
    for (let customer = 0; customer < 5; customer++) {
      expect(predictions.probabilityAlive[customer]).toBe(1);
      expect(predictions.expectedPurchases[customer]).toBeCloseTo(
        (weeks * (r + steady.x[customer])) / (alpha + steady.T[customer]),
        9
      );
    }
    expect(Array.from(predictions.predictedClv).every((value) => value > 0)).toBe(true);
  });
});

describe("fitCustomerModels on a log where customers drop out", () => {
  const log = generatedLog(20_000, 7);
  const lastDate = log.date.reduce((latest, date) => Math.max(latest, date), 0);
  const histories = customerHistory(log, { observationEnd: lastDate + 1 });

  it.each(["bgnbd+gg", "pnbd+gg"] as const)("%s: fits with no failure recorded", (model) => {
    const outcome = fitCustomerModels(histories, model);
    expect(outcome.transaction?.model).toBe(model === "bgnbd+gg" ? "bgnbd" : "pnbd");
    expect(outcome.transactionError).toBe("");
    expect(outcome.transactionFailure).toBeUndefined();
  });

  it("records no failure when no model is asked for", () => {
    const outcome = fitCustomerModels(histories, "none");
    expect(outcome.transaction).toBeUndefined();
    expect(outcome.transactionError).toBe("");
    expect(outcome.transactionFailure).toBeUndefined();
  });
});

describe("fitCustomerModels with each purchase model the holdout check compares, on the CDNOW sample", () => {
  const { x, tx, T } = cdnowHistories();
  const { meanSpend } = cdnowSpend();
  const histories = { x, tx, T, meanRepeatSpend: meanSpend };

  it("mbgnbd+gg fits the MBG/NBD to BTYDplus's estimates (Batislam et al. 2007)", () => {
    const outcome = fitCustomerModels(histories, "mbgnbd+gg");
    expect(outcome.transaction?.model).toBe("mbgnbd");
    const params = outcome.transaction!.fit.params as typeof PUBLISHED.mbgnbd_cdnow.params;
    const published = PUBLISHED.mbgnbd_cdnow.params;
    for (const name of ["r", "alpha", "a", "b"] as const) {
      expect(params[name]).toBeCloseTo(published[name], 3);
    }
    expect(outcome.spend!.params.p).toBeCloseTo(PUBLISHED.gamma_gamma_cdnow.params.p, 2);
  });

  it("nbd+gg fits the NBD, whose mean rate r/alpha is the sample's Σ x / Σ T", () => {
    const outcome = fitCustomerModels(histories, "nbd+gg");
    expect(outcome.transaction?.model).toBe("nbd");
    expect(outcome.transactionError).toBe("");
    const { r, alpha } = outcome.transaction!.fit.params as { r: number; alpha: number };
    const sum = (values: Float64Array) => values.reduce((total, value) => total + value, 0);
    expect(r / alpha).toBeCloseTo(sum(x) / sum(T), 4);
    const predictions = customerPredictions(outcome, histories, {
      grossMargin: 1,
      monthlyDiscountRate: 0.01,
      horizonMonths: 12,
    });
    expect(Array.from(predictions.probabilityAlive).every((alive) => alive === 1)).toBe(true);
  });

  it("bgnbd+gg and pnbd+gg still fit the papers' BG/NBD and Pareto/NBD", () => {
    const bgnbd = fitCustomerModels(histories, "bgnbd+gg").transaction!.fit.params;
    const pnbd = fitCustomerModels(histories, "pnbd+gg").transaction!.fit.params;
    expect((bgnbd as { r: number }).r).toBeCloseTo(PUBLISHED.bgnbd_cdnow.params.r, 3);
    expect((pnbd as { s: number }).s).toBeCloseTo(PUBLISHED.pareto_nbd_cdnow.params.s, 2);
  });
});
