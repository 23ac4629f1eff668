import { customerHistory } from "../../../src/engine/history/customerHistory";
import { customerPredictions, fitCustomerModels } from "../../../src/engine/report/customerModels";
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
