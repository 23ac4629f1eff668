import { customerAnalysis } from "../../../src/engine/report/customerAnalysis";
import { SEGMENT_KEYS } from "../../../src/engine/rfm/customerSegments";
import { segmentSummary } from "../../../src/engine/report/segmentSummary";
import { recencyFrequencyGrid } from "../../../src/engine/report/recencyFrequencyGrid";
import { attributeSummary } from "../../../src/engine/report/attributeSummary";
import { atRiskCustomers } from "../../../src/engine/report/atRiskCustomers";
import { modelReport } from "../../../src/engine/report/modelReport";
import { fitBgnbd } from "../../../src/engine/models/bgnbd";
import { fitGammaGamma } from "../../../src/engine/models/gammaGamma";
import { customerHistory } from "../../../src/engine/history/customerHistory";
import { historyKpis } from "../../../src/engine/report/kpis";
import { createTransactionLogBuilder } from "../../../src/engine/read/transactionLog";
import { cdnowSampleRows } from "../../browser/fixtures/cdnowSample";

function cdnowLog() {
  const builder = createTransactionLogBuilder({ customer: 0, date: 1, amount: 2 });
  builder.addRows(cdnowSampleRows());
  return builder.finish();
}

describe("customerAnalysis on the CDNOW sample", () => {
  const log = cdnowLog();
  const analysis = customerAnalysis(log);

  it("keeps every one of the 2357 customers", () => {
    expect(analysis.customerIds.length).toBe(2357);
  });

  it("fits the same BG/NBD and Gamma-Gamma as the engine does on customerHistory", () => {
    const summary = customerHistory(log, { timeUnit: "W" });
    const direct = fitBgnbd(summary);
    const fitted = analysis.models.transaction!;
    if (fitted.model !== "bgnbd") throw new Error("expected the default BG/NBD fit");
    for (const name of ["r", "alpha", "a", "b"] as const) {
      expect(fitted.fit.params[name]).toBeCloseTo(direct.params[name], 6);
    }
    const spend = fitGammaGamma({ x: summary.x, meanSpend: summary.meanRepeatSpend });
    expect(analysis.models.spend!.params.p).toBeCloseTo(spend.params.p, 5);
    expect(analysis.models.spendError).toBe("");
  });
  it("gives segment counts and shares that add up", () => {
    const rows = segmentSummary(analysis);
    const sum = (pick: (row: (typeof rows)[number]) => number) =>
      rows.reduce((total, row) => total + pick(row), 0);
    expect(sum((row) => row.customers)).toBe(2357);
    expect(sum((row) => row.customerShare)).toBeCloseTo(1, 12);
    expect(sum((row) => row.revenueShare)).toBeCloseTo(1, 12);
    const total = analysis.revenue.reduce((a, b) => a + b, 0);
    expect(sum((row) => row.revenue)).toBeCloseTo(total, 6);
    const champions = rows.find((row) => row.segment === "champions")!;
    const championCount = analysis.segment.filter((s) => SEGMENT_KEYS[s] === "champions").length;
    expect(champions.customers).toBe(championCount);
  });

  it("puts every customer in one R × F cell", () => {
    const grid = recencyFrequencyGrid(analysis);
    expect(grid.counts.length).toBe(25);
    expect(grid.counts.reduce((a, b) => a + b, 0)).toBe(2357);
  });

  it("reports the fit and a repeat-purchase histogram summing to the customers", () => {
    const report = modelReport(analysis);
    expect(report.parameters.map((p) => p.name)).toEqual([
      "r",
      "alpha",
      "a",
      "b",
      "p",
      "q",
      "gamma",
    ]);
    expect(report.parameters.every((p) => p.standardError > 0)).toBe(true);
    const summary = customerHistory(log, { timeUnit: "W" });
    expect(report.actualRepeatCustomers[0]).toBe(summary.x.filter((x: number) => x === 0).length);
    expect(report.actualRepeatCustomers.reduce((a, b) => a + b, 0)).toBe(2357);
    expect(report.expectedRepeatCustomers.reduce((a, b) => a + b, 0)).toBeCloseTo(2357, 6);
    // The fitted model reproduces the share of customers who never came back to within a few percent.
    expect(report.expectedRepeatCustomers[0] / report.actualRepeatCustomers[0]).toBeCloseTo(1, 1);
  });

  it("lists valuable customers at risk, most at stake first", () => {
    const list = atRiskCustomers(analysis);
    expect(list.customer.length).toBeGreaterThan(0);
    // The top quartile's start: the type-7 0.75 quantile of the sorted revenues, by hand.
    const sorted = Float64Array.from(analysis.revenue).sort();
    const position = (sorted.length - 1) * 0.75;
    const lower = Math.floor(position);
    const fraction = position - lower;
    expect(list.revenueThreshold).toBeCloseTo(
      sorted[lower] + fraction * (sorted[lower + 1] - sorted[lower]),
      10
    );
    for (let index = 0; index < list.customer.length; index++) {
      const customer = list.customer[index];
      expect(analysis.revenue[customer]).toBeGreaterThanOrEqual(list.revenueThreshold);
      if (index > 0)
        expect(list.valueAtStake[index]).toBeLessThanOrEqual(list.valueAtStake[index - 1]);
      const alive = analysis.probabilityAlive[customer];
      expect(list.valueAtStake[index]).toBeCloseTo(
        (analysis.predictedClv[customer] * (1 - alive)) / alive,
        9
      );
    }
  });

  it("summarises by attribute value, blanks last", () => {
    const values = ["odd", "even"];
    const index = Int32Array.from(log.customer, (customer) => (customer === 0 ? -1 : customer % 2));
    const withAttribute = customerAnalysis(
      { ...log, attribute: { values, index } },
      { grossMargin: 0.5, model: "none" }
    );
    const rows = attributeSummary(withAttribute);
    expect(rows.map((row) => row.value)).toEqual(["odd", "even", ""]);
    expect(rows.reduce((total, row) => total + row.customers, 0)).toBe(2357);
    expect(rows[2].customers).toBe(1);
    expect(rows[2].meanHistoricalValue).toBeCloseTo(withAttribute.revenue[0] * 0.5, 9);
    expect(rows[0].meanPredictedClv).toBeNaN();
  });

  it("gives one group the simple CLV of the KPI table, times the gross margin", () => {
    const everyone = { values: ["all"], index: new Int32Array(log.rows) };
    const analysis = customerAnalysis(
      { ...log, attribute: everyone },
      { grossMargin: 0.5, model: "none" }
    );
    const [row] = attributeSummary(analysis);
    expect(row.meanSimpleClv).toBeCloseTo(0.5 * historyKpis(customerHistory(log)).simpleClv, 9);
    expect(row.meanSimpleClv).toBeGreaterThan(0);
  });
});

describe("customerAnalysis with returns and failing fits", () => {
  // Customer A buys 10 on day 100, returns 4 on day 103, buys 20 and returns 5 on day 114;
  // B buys 8 on day 110 and only returns afterwards; C only returns.
  const log = {
    rows: 7,
    customerIds: ["A", "B", "C"],
    customer: Int32Array.of(0, 0, 0, 0, 1, 1, 2),
    date: Int32Array.of(100, 103, 114, 114, 110, 120, 105),
    amount: Float64Array.of(10, -4, 20, -5, 8, -8, -3),
    skipped: { blankCustomer: 0, unreadableDate: 0, nonNumericAmount: 0 },
    firstSkippedRow: { blankCustomer: -1, unreadableDate: -1, nonNumericAmount: -1 },
  };
  const analysis = customerAnalysis(log, { observationEnd: 128 });

  it("nets returns into revenue but not into purchase occasions", () => {
    expect(analysis.customerIds).toEqual(["A", "B"]);
    expect(analysis.customersWithoutPurchase).toBe(1);
    expect(Array.from(analysis.orders)).toEqual([2, 1]);
    expect(Array.from(analysis.revenue)).toEqual([21, 0]);
    expect(Array.from(analysis.lastPurchase)).toEqual([114, 110]);
    expect(Array.from(analysis.recencyDays)).toEqual([14, 18]);
    expect(Array.from(analysis.tx)).toEqual([2, 0]);
    expect(Array.from(analysis.T)).toEqual([4, 18 / 7]);
    expect(Array.from(analysis.meanRepeatSpend)).toEqual([15, 0]);
  });

  it("reports a fit that fails and leaves its columns NaN", () => {
    // One repeat customer is too few for Gamma-Gamma's three parameters to have a best fit.
    expect(analysis.models.spend).toBeUndefined();
    expect(analysis.models.spendError).toMatch(/^the model fit did not converge/);
    expect(Array.from(analysis.predictedClv).every(Number.isNaN)).toBe(true);
    expect(Array.from(analysis.segment).every((segment) => segment < SEGMENT_KEYS.length)).toBe(
      true
    );
  });
});
