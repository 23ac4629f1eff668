import { cohortMetric } from "../../../src/engine/cohorts/cohortMetric";
import { cohortTable } from "../../../src/engine/cohorts/cohortTable";
import { customerHistory } from "../../../src/engine/history/customerHistory";
import { toDaySerial } from "../../../src/engine/read/excelDate";
import { createTransactionLogBuilder } from "../../../src/engine/read/transactionLog";
import { readFixture } from "../../fixtures/readFixture";
import { logOf } from "../read/logOf";

const day = (iso: string) => toDaySerial(iso);

describe("cohortTable on the CDNOW 1/10 sample", () => {
  // Whitespace-separated: master id, sample id, YYYYMMDD, CDs, dollars; every amount ≥ 0.
  const rows = readFixture("CDNOW_sample.txt")
    .split(/\r?\n/)
    .filter((line) => line.trim() !== "")
    .map((line) => line.trim().split(/\s+/));
  const builder = createTransactionLogBuilder({ customer: 1, date: 2, amount: 4 });
  builder.addRows(rows);
  const table = cohortTable(builder.finish());

  // The independent computation: a plain loop over the rows, months as YYYY × 12 + MM.
  const monthOf = (yyyymmdd: string) =>
    Number(yyyymmdd.slice(0, 4)) * 12 + Number(yyyymmdd.slice(4, 6)) - 1;
  const firstMonth = new Map<string, number>();
  for (const [, id, date] of rows) {
    firstMonth.set(id, Math.min(firstMonth.get(id) ?? Infinity, monthOf(date)));
  }
  const lastMonth = Math.max(...rows.map((row) => monthOf(row[2])));
  const cohortMonths = [...new Set(firstMonth.values())].sort((a, b) => a - b);
  const expected = cohortMonths.map((month) => {
    const periods = lastMonth - month + 1;
    const activeSets = Array.from({ length: periods }, () => new Set<string>());
    const revenue = new Array<number>(periods).fill(0);
    for (const [, id, date, , dollars] of rows) {
      if (firstMonth.get(id) !== month) continue;
      activeSets[monthOf(date) - month].add(id);
      revenue[monthOf(date) - month] += Number(dollars);
    }
    const customers = [...firstMonth.values()].filter((first) => first === month).length;
    return { customers, active: activeSets.map((set) => set.size), revenue };
  });

  it("has the three monthly cohorts of January to March 1997, observed 18, 17 and 16 months", () => {
    expect(table.cohorts.map((cohort) => cohort.label)).toEqual(["1997-01", "1997-02", "1997-03"]);
    expect(table.cohorts.map((cohort) => cohort.active.length)).toEqual([18, 17, 16]);
    expect(table.periods).toBe(18);
    expect(table.cohorts.map((cohort) => cohort.customers)).toEqual(
      expected.map((cohort) => cohort.customers)
    );
    expect(table.customerCohort.length).toBe(firstMonth.size);
  });

  it("gives the retention and revenue matrices of a plain loop over the rows", () => {
    table.cohorts.forEach((cohort, index) => {
      expect(Array.from(cohort.active)).toEqual(expected[index].active);
      const retention = cohortMetric(cohort, "retention");
      expect(retention[0]).toBe(1);
      expected[index].active.forEach((active, period) =>
        expect(retention[period]).toBeCloseTo(active / expected[index].customers, 12)
      );
      expected[index].revenue.forEach((revenue, period) =>
        expect(cohort.revenue[period]).toBeCloseTo(revenue, 6)
      );
    });
  });

  it("orders its customers as the customer history does", () => {
    const log = builder.finish();
    const history = customerHistory(log);
    const labelOf = (position: number) => table.cohorts[table.customerCohort[position]].label;
    history.firstPurchase.forEach((first, position) => {
      const [year, month] = new Date((first - 25569) * 86_400_000)
        .toISOString()
        .split("-")
        .map(Number);
      expect(labelOf(position)).toBe(`${year}-${String(month).padStart(2, "0")}`);
    });
  });
});

describe("cohortTable by the history's definitions", () => {
  // A buys in January and March; B in January; C in February and returns in March;
  // D has only a return; E returns in January before a first purchase in February.
  const log = logOf([
    ["A", day("2023-01-10"), 30],
    ["B", day("2023-01-20"), 10],
    ["A", day("2023-01-25"), 5],
    ["C", day("2023-02-05"), 40],
    ["D", day("2023-02-07"), -8],
    ["E", day("2023-01-30"), -3],
    ["E", day("2023-02-10"), 12],
    ["A", day("2023-03-02"), 20],
    ["C", day("2023-03-01"), -5],
  ]);

  it("counts purchase days, not returns, as activity, and every amount as revenue", () => {
    const table = cohortTable(log);
    expect(table.cohorts.map((cohort) => cohort.label)).toEqual(["2023-01", "2023-02"]);
    const [january, february] = table.cohorts;
    expect(january.customers).toBe(2);
    expect(Array.from(january.active)).toEqual([2, 0, 1]);
    expect(Array.from(january.activeOrLater)).toEqual([2, 1, 1]);
    expect(Array.from(january.revenue)).toEqual([45, 0, 20]);
    expect(january.firstPurchaseRevenue).toBe(30 + 10);
    expect(Array.from(cohortMetric(january, "cumulative_value"))).toEqual([22.5, 22.5, 32.5]);
    // C and E; C's March return is revenue but no activity; E's January return counts in month 0.
    expect(february.customers).toBe(2);
    expect(Array.from(february.active)).toEqual([2, 0]);
    expect(Array.from(february.revenue)).toEqual([40 - 3 + 12, -5]);
    expect(Array.from(table.customerCohort)).toEqual([0, 0, 1, 1]); // A, B, C, E: D has no purchase
  });

  it("stops at the observation end and counts by quarter or week", () => {
    const toFebruary = cohortTable(log, { observationEnd: day("2023-02-28") });
    expect(toFebruary.cohorts.map((cohort) => Array.from(cohort.revenue))).toEqual([[45, 0], [49]]);
    const quarters = cohortTable(log, { period: "quarter" });
    expect(quarters.cohorts.map((cohort) => [cohort.label, cohort.customers])).toEqual([
      ["2023-Q1", 4],
    ]);
    const weeks = cohortTable(log, { period: "week" });
    // 2023-01-10 is a Tuesday: its week starts on Monday 2023-01-09.
    expect(weeks.cohorts[0].label).toBe("2023-01-09");
    expect(weeks.cohorts[0].start).toBe(day("2023-01-09"));
  });

  it("splits the cohorts by the attribute of each customer's first purchase day (first touch, spellings merged), so a later value does not move them", () => {
    const builder = createTransactionLogBuilder(
      { customer: 0, date: 1, amount: 2 },
      { attributeColumn: 3 }
    );
    builder.addRows([
      ["A", day("2023-01-10"), 30, "Web"],
      ["B", day("2023-01-20"), 10, "Shop"],
      ["C", day("2023-01-22"), 10, ""],
      ["A", day("2023-02-02"), 20, "Shop"],
      ["D", day("2023-02-05"), 7, "Web"],
      // E's first day: a return without a value, then Shop, then Web; Web again later.
      ["E", day("2023-01-25"), -4, ""],
      ["E", day("2023-01-25"), 12, "Shop"],
      ["E", day("2023-01-25"), 3, "Web"],
      ["E", day("2023-03-01"), 8, "Web"],
      // F's first day names nothing: no value, though a later row has one.
      ["F", day("2023-02-10"), 5, ""],
      ["F", day("2023-03-02"), 5, "Web"],
      // G's first day: a return naming "shop " (Shop spelled otherwise), then Web.
      ["G", day("2023-02-20"), -2, "shop "],
      ["G", day("2023-02-20"), 20, "Web"],
    ]);
    const table = cohortTable(builder.finish(), { byAttribute: true });
    expect(table.cohorts.map((cohort) => [cohort.label, cohort.customers])).toEqual([
      ["Web · 2023-01", 1],
      ["Web · 2023-02", 1],
      ["Shop · 2023-01", 2],
      ["Shop · 2023-02", 1],
      ["2023-01", 1],
      ["2023-02", 1],
    ]);
  });
});
