import { cohortTable } from "../../../src/engine/cohorts/cohortTable";
import { projectedCohortValue } from "../../../src/engine/cohorts/projectedCohortValue";
import { customerHistory } from "../../../src/engine/history/customerHistory";
import { fittedPurchaseModel } from "../../../src/engine/models/purchaseModel";
import { analysisResult } from "../../../src/engine/report/analysisResult";
import { projectedPeriods } from "../../../src/engine/report/analysisOverTime";
import { createTransactionLogBuilder } from "../../../src/engine/read/transactionLog";
import { kpiTrends } from "../../../src/engine/trends/kpiTrends";
import { cdnowSampleRows } from "../../browser/fixtures/cdnowSample";

/** The CDNOW sample log, with a made-up attribute (odd and even ids) when asked. */
function cdnowLog(withAttribute = false) {
  const builder = createTransactionLogBuilder(
    { customer: 0, date: 1, amount: 2 },
    withAttribute ? { attributeColumn: 3 } : {}
  );
  builder.addRows(cdnowSampleRows().map((row) => [...row, Number(row[0]) % 2 ? "odd" : "even"]));
  return builder.finish();
}

describe("analysisResult's cohorts and trends on the CDNOW sample", () => {
  const log = cdnowLog();
  const result = analysisResult(log);
  const overTime = result.overTime;

  it("runs them to an observation end the user gives past the last date, not only to the last date", () => {
    // The log ends 1998-06-30 (35976); its default end, the day after, opens no July.
    const toAugust = analysisResult(log, { observationEnd: 35976 + 62 }).overTime;
    expect(toAugust?.cohorts.periods).toBe(20);
    expect(Array.from(toAugust?.cohorts.cohorts[0].active.slice(18) ?? [])).toEqual([0, 0]);
    expect(toAugust?.trends).toEqual(
      kpiTrends(log, { period: "month", observationEnd: 35976 + 62 })
    );
  });

  it("holds the cohort table and trends of the same log, to the same end", () => {
    expect(overTime).toBeDefined();
    expect(overTime?.cohorts).toEqual(cohortTable(log, { period: "month" }));
    expect(overTime?.trends).toEqual(kpiTrends(log, { period: "month" }));
    // Three monthly cohorts, January to March 1997, observed to June 1998; all buy in month 0.
    expect(overTime?.cohorts.cohorts.map((cohort) => cohort.label)).toEqual([
      "1997-01",
      "1997-02",
      "1997-03",
    ]);
    expect(overTime?.cohorts.periods).toBe(18);
    for (const cohort of overTime?.cohorts.cohorts ?? []) {
      expect(cohort.active[0]).toBe(cohort.customers);
    }
    // A plain count: every customer belongs to the cohort of the month of their first row.
    const firstMonth = new Map<string, number>();
    for (const [id, date] of cdnowSampleRows()) {
      firstMonth.set(id, Math.min(firstMonth.get(id) ?? Infinity, date));
    }
    const january = [...firstMonth.values()].filter((date) => date < 35431 + 31).length;
    expect(overTime?.cohorts.cohorts[0].customers).toBe(january);
    expect(overTime?.trends.labels[0]).toBe("1997-01");
    expect(overTime?.trends.labels).toHaveLength(18);
  });

  it("projects each cohort's value from the fitted models over the widest cohort + 12 months", () => {
    const customers = result.customers;
    const transaction = customers.models.transaction;
    if (!transaction) throw new Error("BG/NBD did not fit");
    const expected = projectedCohortValue(
      cohortTable(log),
      customerHistory(log, { timeUnit: "W" }),
      fittedPurchaseModel(transaction),
      customers.expectedSpend,
      30
    );
    expect(overTime?.projection).toEqual(expected);
    expect(Array.from(overTime?.projection?.projectedFrom ?? [])).toEqual([18, 17, 16]);
    // Projected value only grows on the observed value to date.
    const january = overTime?.projection?.values[0] ?? new Float64Array();
    expect(january[18]).toBeGreaterThan(january[17]);
    expect(january[29]).toBeGreaterThan(january[18]);
  });

  it("splits the cohorts by the log's attribute", () => {
    const split = cdnowLog(true);
    const cohorts = analysisResult(split).overTime?.cohorts;
    expect(cohorts).toEqual(cohortTable(split, { byAttribute: true }));
    expect(cohorts?.cohorts).toHaveLength(6);
    expect(new Set(cohorts?.cohorts.map((cohort) => cohort.attribute))).toEqual(
      new Set(["odd", "even"])
    );
  });

  it("forms the cohorts and counts the trends in the period asked for, and projects two years at least", () => {
    const quarterly = analysisResult(log, { period: "quarter" }).overTime;
    expect(quarterly?.cohorts).toEqual(cohortTable(log, { period: "quarter" }));
    expect(quarterly?.trends).toEqual(kpiTrends(log, { period: "quarter" }));
    // Every first purchase of the sample is in 1997's first quarter, observed to 1998's second.
    expect(quarterly?.cohorts.cohorts.map((cohort) => cohort.label)).toEqual(["1997-Q1"]);
    expect(quarterly?.cohorts.periods).toBe(6);
    expect(quarterly?.trends.labels).toEqual([
      "1997-Q1",
      "1997-Q2",
      "1997-Q3",
      "1997-Q4",
      "1998-Q1",
      "1998-Q2",
    ]);
    // max(two years, 6 quarters + a year) = 10 quarters.
    expect(quarterly?.projection?.periods).toBe(10);
    expect(Array.from(quarterly?.projection?.projectedFrom ?? [])).toEqual([6]);
    // The one quarterly cohort holds the three monthly ones, so its value per customer at the
    // end of quarter 9 (1999-06-30) is theirs at that day, weighted by their customers: months
    // 29, 28 and 27 of the January, February and March cohorts.
    const monthly = overTime?.projection;
    const customersOf = overTime?.cohorts.cohorts.map((cohort) => cohort.customers) ?? [];
    const all = customersOf.reduce((sum, count) => sum + count, 0);
    const atJune1999 = (monthly?.values ?? []).reduce(
      (sum, values, index) => sum + values[29 - index] * customersOf[index],
      0
    );
    expect(quarterly?.projection?.values[0][9]).toBeCloseTo(atJune1999 / all, 9);
  });

  it("projects max(two years, widest cohort + a year) in each period", () => {
    expect(projectedPeriods("month", 18)).toBe(30);
    expect(projectedPeriods("month", 6)).toBe(24);
    expect(projectedPeriods("week", 78)).toBe(130);
    expect(projectedPeriods("week", 10)).toBe(104);
    expect(projectedPeriods("quarter", 3)).toBe(8);
    expect(projectedPeriods("year", 5)).toBe(6);
    // One observed year: two years, the least the projection runs.
    expect(projectedPeriods("year", 1)).toBe(2);
  });

  it("leaves the projection out when no model is fitted", () => {
    const overTimeNoModel = analysisResult(log, { model: "none" }).overTime;
    expect(overTimeNoModel?.projection).toBeUndefined();
    expect(overTimeNoModel?.cohorts.cohorts).toHaveLength(3);
  });
});
