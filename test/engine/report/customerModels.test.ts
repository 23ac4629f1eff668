import { customerHistory } from "../../../src/engine/history/customerHistory";
import { fitCustomerModels } from "../../../src/engine/report/customerModels";
import { steadyCustomerHistories } from "../models/steadyCustomerHistories";
import { generatedLog } from "./generatedLog";

describe("fitCustomerModels where no customer leaves (the bench's synthetic log)", () => {
  const steady = steadyCustomerHistories(2000);

  it.each(["bgnbd+gg", "pnbd+gg"] as const)(
    "%s: leaves the purchase model out with a no-dropout reason and still fits Gamma-Gamma",
    (model) => {
      const outcome = fitCustomerModels(steady, model);
      expect(outcome.model).toBe(model);
      expect(outcome.transaction).toBeUndefined();
      expect(outcome.transactionFailure).toBe("no-dropout");
      expect(outcome.transactionError).toMatch(
        /^the data show almost no customers leaving: every customer looks alive/
      );
      expect(outcome.spendError).toBe("");
      expect(outcome.spend!.params.p).toBeGreaterThan(0);
      expect(outcome.spendCustomers).toBe(steady.x.filter((x) => x > 0).length);
    }
  );
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
