import { fitBgnbd, bgnbdProbabilityAlive } from "../../../src/engine/models/bgnbd";
import { customerHistory } from "../../../src/engine/history/customerHistory";
import { detectLayout, transactionColumns } from "../../../src/engine/read/detectLayout";
import { createTransactionLogBuilder } from "../../../src/engine/read/transactionLog";
import { analysisResult } from "../../../src/engine/report/analysisResult";
import { NO_AMOUNTS } from "../../../src/engine/report/customerModels";
import { customerSegments } from "../../../src/engine/rfm/customerSegments";
import { rfmScoreColumns } from "../../../src/engine/rfm/rfmScores";
import { readFixture } from "../../fixtures/readFixture";

/** lifetimes' example_transactions.csv: date, id, no amounts. */
function exampleLog() {
  const [header, ...rows] = readFixture("example_transactions.csv")
    .trim()
    .split("\n")
    .map((line) => line.split(","));
  const proposal = detectLayout(header, rows.slice(0, 200));
  const builder = createTransactionLogBuilder(transactionColumns(proposal.roles));
  builder.addRows(rows);
  return { proposal, log: builder.finish() };
}

describe("the analysis of a log without amounts (lifetimes' example_transactions.csv)", () => {
  const { proposal, log } = exampleLog();
  const result = analysisResult(log);
  const customers = result.customers;

  it("reads the log as dates and customers, every row a purchase", () => {
    expect(proposal.layout).toBe("transactions");
    expect(proposal.roles).toEqual(["date", "customer"]);
    expect(log.withoutAmounts).toBe(true);
    expect(log.rows).toBe(15273);
    expect(customers.customerIds.length).toBe(5000);
    expect(customers.zeroAmounts).toBe(0);
  });

  it("gives every customer P(alive) and expected purchases from the BG/NBD fitted on x, t_x, T", () => {
    const direct = fitBgnbd(customerHistory(log, { timeUnit: "W" }));
    const fitted = customers.models.transaction!;
    expect(fitted.model).toBe("bgnbd");
    if (fitted.model !== "bgnbd") return;
    expect(fitted.fit.params.r).toBeCloseTo(direct.params.r, 6);
    for (let customer = 0; customer < 5000; customer++) {
      expect(customers.expectedPurchases[customer]).toBeGreaterThanOrEqual(0);
      expect(customers.expectedPurchases[customer]).toBeLessThan(Infinity);
    }
    for (let customer = 0; customer < 5000; customer += 123) {
      const { x, tx, T } = customers;
      expect(customers.probabilityAlive[customer]).toBeCloseTo(
        bgnbdProbabilityAlive(direct.params, x[customer], tx[customer], T[customer]),
        6
      );
    }
  });

  it("gives no revenue, spend or CLV, and says the spend model needs amounts", () => {
    expect(customers.models.spend).toBeUndefined();
    expect(customers.models.spendError).toBe(NO_AMOUNTS);
    for (const column of [
      customers.revenue,
      customers.expectedSpend,
      customers.predictedClv,
      customers.clvIntervals.low,
    ]) {
      expect(column.every(Number.isNaN)).toBe(true);
    }
    expect(result.kpis.revenue).toBeNaN();
    expect(result.kpis.orders).toBe(15273);
    expect(customers.clvIntervals.error).toBe("");
  });

  it("scores R and F only and segments on the R × F grid (M scored as F)", () => {
    const scores = rfmScoreColumns(customers.recencyDays, customers.orders, customers.orders, 5);
    expect(Array.from(customers.segment)).toEqual(Array.from(customerSegments(scores, 5)));
    expect(Array.from(customers.scores.recency)).toEqual(Array.from(scores.recency));
    expect(customers.scores.monetary.every((score) => score === 0)).toBe(true);
    expect(customers.rfmScore[2]).toBe(100 * scores.recency[2] + 10 * scores.frequency[2]);
    const counted = result.segments.reduce((sum, row) => sum + row.customers, 0);
    expect(counted).toBe(5000);
  });
});
