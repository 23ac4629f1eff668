import { clvIntervals } from "../../../src/engine/models/clvIntervals";
import { createTransactionLogBuilder } from "../../../src/engine/read/transactionLog";
import { customerAnalysis } from "../../../src/engine/report/customerAnalysis";
import { CLV_INTERVAL_SEED } from "../../../src/engine/report/customerClvIntervals";
import { segmentSummary } from "../../../src/engine/report/segmentSummary";
import { SEGMENT_KEYS } from "../../../src/engine/rfm/customerSegments";
import { cdnowSampleRows } from "../../browser/fixtures/cdnowSample";

function cdnowLog() {
  const builder = createTransactionLogBuilder({ customer: 0, date: 1, amount: 2 });
  builder.addRows(cdnowSampleRows());
  return builder.finish();
}

describe("the analysis' CLV intervals on the CDNOW sample, 40 % margin", () => {
  const analysis = customerAnalysis(cdnowLog(), { grossMargin: 0.4 });
  const { clvIntervals: intervals } = analysis;
  const transaction = analysis.models.transaction!;
  const spend = analysis.models.spend!;
  const direct = clvIntervals(
    transaction,
    spend,
    { x: analysis.x, tx: analysis.tx, T: analysis.T, meanSpend: analysis.meanRepeatSpend },
    {
      horizonMonths: 12,
      monthlyDiscountRate: 0.01,
      timeUnit: "W",
      level: 0.9,
      seed: CLV_INTERVAL_SEED,
      groups: Int32Array.from(analysis.segment),
    }
  );

  it("puts every customer's predicted CLV between their low and high", () => {
    expect(intervals.error).toBe("");
    expect(intervals.level).toBe(0.9);
    let inside = 0;
    for (let customer = 0; customer < analysis.customerIds.length; customer++) {
      const estimate = analysis.predictedClv[customer];
      if (intervals.low[customer] <= estimate && estimate <= intervals.high[customer]) inside++;
      expect(intervals.high[customer]).toBeGreaterThan(intervals.low[customer]);
    }
    expect(inside).toBe(2357);
  });

  it("is clvIntervals with the segments as groups, times the margin", () => {
    for (let customer = 0; customer < 2357; customer += 97) {
      expect(intervals.low[customer]).toBeCloseTo(0.4 * direct.low[customer], 9);
      expect(intervals.high[customer]).toBeCloseTo(0.4 * direct.high[customer], 9);
      expect(analysis.predictedClv[customer]).toBeCloseTo(0.4 * direct.estimate[customer], 6);
    }
    const rows = segmentSummary(analysis);
    expect(rows.length).toBeGreaterThan(3);
    for (const row of rows) {
      const group = SEGMENT_KEYS.indexOf(row.segment);
      expect(row.totalPredictedClvLow).toBeCloseTo(0.4 * direct.groups.low[group], 6);
      expect(row.totalPredictedClvHigh).toBeCloseTo(0.4 * direct.groups.high[group], 6);
      expect(row.totalPredictedClv).toBeCloseTo(0.4 * direct.groups.estimate[group], 4);
      expect(row.totalPredictedClvLow).toBeLessThan(row.totalPredictedClv);
      expect(row.totalPredictedClvHigh).toBeGreaterThan(row.totalPredictedClv);
    }
    expect(intervals.total.low).toBeCloseTo(0.4 * direct.total.low, 6);
    expect(intervals.total.high).toBeCloseTo(0.4 * direct.total.high, 6);
    expect(intervals.totalProcess.low).toBeCloseTo(0.4 * direct.totalProcess.low, 6);
    expect(intervals.totalProcess.high).toBeCloseTo(0.4 * direct.totalProcess.high, 6);
    const total = analysis.predictedClv.reduce((sum, value) => sum + value, 0);
    expect(intervals.total.estimate).toBeCloseTo(total, 4);
  });

  it("gives the same numbers on every run", () => {
    const again = customerAnalysis(cdnowLog(), { grossMargin: 0.4 }).clvIntervals;
    expect(again.total).toEqual(intervals.total);
    expect(Array.from(again.groupLow)).toEqual(Array.from(intervals.groupLow));
  });

  it("is blank, with no reason of its own, when the purchase model is not fitted", () => {
    const none = customerAnalysis(cdnowLog(), { model: "none" }).clvIntervals;
    expect(none.error).toBe("");
    expect(Number.isNaN(none.total.low)).toBe(true);
    expect(none.low.every(Number.isNaN)).toBe(true);
  });
});
