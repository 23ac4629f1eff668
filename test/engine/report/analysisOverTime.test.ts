import { cohortTable } from "../../../src/engine/cohorts/cohortTable";
import { projectedCohortValue } from "../../../src/engine/cohorts/projectedCohortValue";
import { customerHistory } from "../../../src/engine/history/customerHistory";
import { fittedPurchaseModel } from "../../../src/engine/models/purchaseModel";
import { analysisResult } from "../../../src/engine/report/analysisResult";
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

  it("leaves the projection out when no model is fitted", () => {
    const overTimeNoModel = analysisResult(log, { model: "none" }).overTime;
    expect(overTimeNoModel?.projection).toBeUndefined();
    expect(overTimeNoModel?.cohorts.cohorts).toHaveLength(3);
  });
});
