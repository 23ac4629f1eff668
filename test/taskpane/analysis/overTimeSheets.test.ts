import { cohortMetric } from "../../../src/engine/cohorts/cohortMetric";
import { analysisResult, customerTableResult } from "../../../src/engine/report/analysisResult";
import {
  createCustomerTableBuilder,
  customerTableColumns,
} from "../../../src/engine/read/customerTable";
import { createTransactionLogBuilder } from "../../../src/engine/read/transactionLog";
import { daySerialToIso } from "../../../src/engine/read/excelDate";
import { analysisSheets } from "../../../src/taskpane/analysis/analysisSheets";
import { historyRow } from "../../../src/taskpane/analysis/historyTable";
import { PROJECTED_MONEY } from "../../../src/taskpane/analysis/overTimeSheets";
import { stringsByLanguage } from "../../../src/taskpane/i18n/stringsByLanguage";
import { cdnowSampleRows } from "../../browser/fixtures/cdnowSample";

const builder = createTransactionLogBuilder({ customer: 0, date: 1, amount: 2 });
builder.addRows(cdnowSampleRows());
const result = analysisResult(builder.finish());
const overTime = result.overTime!;
const projection = overTime.projection!;

describe("the Cohorts and Trends sheets of the CDNOW sample", () => {
  const sheets = analysisSheets(result, stringsByLanguage.en, "en", "en-US");
  const cohorts = sheets.find((sheet) => sheet.table.sheetName === "CX Cohorts")!;
  const trends = sheets.find((sheet) => sheet.table.sheetName === "CX Trends")!;

  it("come last, after the Model sheet", () => {
    expect(sheets.slice(-3).map((sheet) => sheet.table.sheetName)).toEqual([
      "CX Model",
      "CX Cohorts",
      "CX Trends",
    ]);
  });

  it("open the Cohorts sheet with the retention matrix on one colour scale, 100 % in month 0", () => {
    const table = cohorts.table;
    expect(table.header.slice(0, 4)).toEqual([
      "Retention: cohort \\ month",
      "Customers",
      "Month 0",
      "Month 1",
    ]);
    expect(table.header).toHaveLength(2 + 18);
    const rows = table.rows(0, 3);
    expect(rows.map((row) => row[0])).toEqual(["1997-01", "1997-02", "1997-03"]);
    expect(rows.map((row) => row[2])).toEqual([1, 1, 1]);
    const march = overTime.cohorts.cohorts[2];
    expect(rows[2][1]).toBe(march.customers);
    expect(rows[2][3]).toBeCloseTo(march.active[1] / march.customers, 12);
    // March is observed 16 months: its last two cells are blank.
    expect(rows[2].slice(-2)).toEqual(["", ""]);
    expect(table.columnHighlights?.slice(2).every((h) => h === "threeColorScale")).toBe(true);
    expect(table.columnFormats?.[2]).toBe("0.0%");
    // Counts with the thousands separator, as the Summary sheet writes its customers.
    expect(table.columnFormats?.[1]).toBe("#,##0");
  });

  it("writes the cumulative value per customer observed then projected, projected cells in grey, with a line chart by cohort", () => {
    const [value] = cohorts.below!;
    expect(value.table.header[0]).toBe("Value per customer (grey: projected)");
    expect(value.table.header).toHaveLength(1 + 30);
    const rows = value.table.rows(0, 3);
    const january = overTime.cohorts.cohorts[0];
    const observed = cohortMetric(january, "cumulative_value");
    expect(rows[0].slice(1, 19)).toEqual(Array.from(observed));
    expect(rows[0][19]).toBe(projection.values[0][18]);
    const formats = value.table.cellFormats!(0, 3);
    expect(formats[0][18]).toBe("#,##0.00");
    expect(formats[0][19]).toBe(PROJECTED_MONEY);
    expect(PROJECTED_MONEY).toBe("[Color16]#,##0.00");
    // February is observed 17 months: its month 17 is projected.
    expect(formats[1][17]).toBe("#,##0.00");
    expect(formats[1][18]).toBe(PROJECTED_MONEY);
    expect(value.charts).toEqual([
      expect.objectContaining({
        chartType: "Line",
        firstColumn: 0,
        columnCount: 31,
        seriesBy: "rows",
      }),
    ]);
  });

  it("gives per cohort its customers, first-order AOV and value at 3, 6 and 12 months", () => {
    const summary = cohorts.below![1].table;
    expect(summary.header).toEqual([
      "Cohort",
      "Customers",
      "First-order AOV",
      "Value at 3 months",
      "Value at 6 months",
      "Value at 12 months",
      "Months observed",
    ]);
    const [january] = summary.rows(0, 1);
    const cohort = overTime.cohorts.cohorts[0];
    const revenue = cohort.revenue;
    const firstThree = (revenue[0] + revenue[1] + revenue[2]) / cohort.customers;
    expect(january[1]).toBe(cohort.customers);
    expect(january[2]).toBeCloseTo(cohort.firstPurchaseRevenue / cohort.customers, 12);
    expect(january[3]).toBeCloseTo(firstThree, 12);
    expect(january[6]).toBe(18);
    // Every cohort is old enough for 12 observed months: none is grey.
    expect(summary.cellFormats!(0, 3).map((row) => row[5])).toEqual([
      "#,##0.00",
      "#,##0.00",
      "#,##0.00",
    ]);
  });

  it("writes the KPIs at every month end with a line chart of active and new customers", () => {
    const table = trends.table;
    expect(table.header.slice(0, 4)).toEqual([
      "Month",
      "Active customers (90 days)",
      "New customers",
      "Month end",
    ]);
    expect(table.rowCount).toBe(18);
    expect(table.columnFormats?.slice(1, 3)).toEqual(["#,##0", "#,##0"]);
    const rows = table.rows(0, 18);
    expect(rows[0][0]).toBe("1997-01");
    expect(rows.map((row) => row[2])).toEqual(Array.from(overTime.trends.newCustomers));
    // New customers of the three months are the three cohorts; none after March.
    expect(rows.slice(0, 3).map((row) => row[2])).toEqual(
      overTime.cohorts.cohorts.map((cohort) => cohort.customers)
    );
    expect(rows[3][2]).toBe(0);
    expect(rows[0][11]).toBe(""); // no retention rate before the first month end
    // Churn and retention say what they count: churn is not 1 − retention.
    expect(table.header.slice(9)).toEqual([
      "Repeat rate",
      "Churn rate (no purchase in 90 days)",
      "Retention rate (of the previous period's active)",
    ]);
    const last = rows[17];
    const ever = last[4] as number;
    expect(last[10]).toBeCloseTo(1 - (last[1] as number) / ever, 12);
    expect(trends.charts).toEqual([
      expect.objectContaining({ chartType: "Line", firstColumn: 0, columnCount: 3 }),
    ]);
  });

  it("names the sheets in every language", () => {
    const names = (["da", "nb", "de", "nl"] as const).map((language) =>
      analysisSheets(result, stringsByLanguage[language], language, "en-US")
        .slice(-2)
        .map((sheet) => sheet.table.sheetName)
    );
    expect(names).toEqual([
      ["CX Kohorter", "CX Udvikling"],
      ["CX Kohorter", "CX Utvikling"],
      ["CX Kohorten", "CX Verlauf"],
      ["CX Cohorten", "CX Trends"],
    ]);
  });
});

describe("the Cohorts and Trends sheets in another period", () => {
  const log = builder.finish();

  it("by quarter: one cohort, its columns and value points in quarters, the trends by quarter end", () => {
    const quarterly = analysisResult(log, { period: "quarter" });
    const sheets = analysisSheets(quarterly, stringsByLanguage.en, "en", "en-US").slice(-2);
    const [cohorts, trends] = sheets;
    expect(cohorts.table.header).toEqual([
      "Retention: cohort \\ quarter",
      "Customers",
      ...[0, 1, 2, 3, 4, 5].map((quarter) => `Quarter ${quarter}`),
    ]);
    const [value, summary] = cohorts.below!;
    expect(value.table.header).toHaveLength(1 + 10);
    expect(value.charts?.[0].categoryAxisTitle).toBe("Quarters since first purchase");
    expect(summary.table.header.slice(3)).toEqual([
      "Value at 1 quarter",
      "Value at 2 quarters",
      "Value at 4 quarters",
      "Quarters observed",
    ]);
    const cohort = quarterly.overTime!.cohorts.cohorts[0];
    const [row] = summary.table.rows(0, 1);
    expect(row[3]).toBeCloseTo(cohort.revenue[0] / cohort.customers, 12);
    expect(row[4]).toBeCloseTo((cohort.revenue[0] + cohort.revenue[1]) / cohort.customers, 12);
    expect(row[6]).toBe(6);
    expect(trends.table.header.slice(0, 4)).toEqual([
      "Quarter",
      "Active customers (90 days)",
      "New customers",
      "Quarter end",
    ]);
    expect(trends.table.rows(0, 6).map((trend) => trend[0])).toEqual(
      Array.from(quarterly.overTime!.trends.labels)
    );
    expect(trends.charts?.[0]).toMatchObject({
      title: "Active and new customers by quarter",
      categoryAxisTitle: "Quarter",
    });
    const german = analysisSheets(quarterly, stringsByLanguage.de, "de", "de-DE").slice(-2);
    expect(german[0].below![1].table.header.slice(3)).toEqual([
      "Wert nach 1 Quartal",
      "Wert nach 2 Quartalen",
      "Wert nach 4 Quartalen",
      "Beobachtete Quartale",
    ]);
  });

  it("by week: cohorts of the Monday weeks, value at 13, 26 and 52 weeks", () => {
    const weekly = analysisResult(log, { period: "week", model: "none" });
    const overTimeByWeek = weekly.overTime!;
    const [cohorts, trends] = analysisSheets(weekly, stringsByLanguage.da, "da", "da-DK").slice(-2);
    const labels = overTimeByWeek.cohorts.cohorts.map((cohort) => cohort.label);
    // A week is labelled by its Monday: 1997-01-01, the first day, was a Wednesday.
    expect(labels[0]).toBe("1996-12-30");
    const firstDays = new Map<string, number>();
    for (const [id, date] of cdnowSampleRows()) {
      firstDays.set(id, Math.min(firstDays.get(id) ?? Infinity, date));
    }
    const lastFirst = Math.max(...firstDays.values());
    // Mondays are the serials 2 more than a multiple of 7 (Monday 2023-03-13 is 44998).
    expect(labels[labels.length - 1]).toBe(daySerialToIso(lastFirst - ((lastFirst - 2) % 7)));
    expect(cohorts.table.rows(0, labels.length).map((row) => row[0])).toEqual(labels);
    expect(cohorts.table.header.slice(0, 3)).toEqual([
      "Fastholdelse: kohorte \\ uge",
      "Kunder",
      "Uge 0",
    ]);
    const summary = cohorts.below![1].table;
    expect(summary.header.slice(3)).toEqual([
      "Værdi efter 13 uger",
      "Værdi efter 26 uger",
      "Værdi efter 52 uger",
      "Observerede uger",
    ]);
    const first = overTimeByWeek.cohorts.cohorts[0];
    const thirteen = first.revenue.slice(0, 13).reduce((sum, revenue) => sum + revenue, 0);
    expect(summary.rows(0, 1)[0][3]).toBeCloseTo(thirteen / first.customers, 12);
    expect(trends.table.header[0]).toBe("Uge (fra mandag)");
    expect(trends.table.rowCount).toBe(overTimeByWeek.trends.labels.length);
  });

  it("by year with one year observed: value at 1 and 2 years, every cell a number", () => {
    const year1997 = createTransactionLogBuilder({ customer: 0, date: 1, amount: 2 });
    // 1998-01-01 is the serial 35796: the sample's 1997 rows alone.
    year1997.addRows(cdnowSampleRows().filter(([, date]) => date < 35796));
    const yearly = analysisResult(year1997.finish(), { period: "year" });
    expect(yearly.overTime!.cohorts.periods).toBe(1);
    const [cohorts] = analysisSheets(yearly, stringsByLanguage.en, "en", "en-US").slice(-2);
    const summary = cohorts.below![1].table;
    expect(summary.header.slice(3)).toEqual([
      "Value at 1 year",
      "Value at 2 years",
      "Years observed",
    ]);
    const rows = summary.rows(0, summary.rowCount);
    for (const row of rows) {
      const [oneYear, twoYears] = row.slice(3, 5) as number[];
      expect(Number.isFinite(oneYear)).toBe(true);
      // Year 2 lies past the observed year: projected, so more than year 1, and grey.
      expect(twoYears).toBeGreaterThan(oneYear);
    }
    expect(summary.cellFormats!(0, rows.length).map((row) => row.slice(3, 5))).toEqual(
      rows.map(() => ["#,##0.00", PROJECTED_MONEY])
    );
  });
});

describe("historyRow", () => {
  it("is one row: observation end, mean and total predicted CLV, customers, every segment's share", () => {
    const { table, chart } = historyRow(result, stringsByLanguage.en, "en");
    expect(table.sheetName).toBe("CX History");
    expect(table.header.slice(0, 5)).toEqual([
      "Observation end",
      "Mean predicted CLV",
      "Total predicted CLV",
      "Customers",
      "% Champions",
    ]);
    expect(table.rowCount).toBe(1);
    const [row] = table.rows(0, 1);
    const clv = Array.from(result.customers.predictedClv);
    const total = clv.reduce((sum, value) => sum + value, 0);
    // The CDNOW sample ends on 1998-06-30: observed to the day after.
    expect(row[0]).toBe("1998-07-01");
    expect(row[1]).toBeCloseTo(total / 2357, 9);
    expect(row[2]).toBeCloseTo(total, 6);
    expect(row[3]).toBe(2357);
    const shares = row.slice(4) as number[];
    expect(shares.reduce((sum, share) => sum + share, 0)).toBeCloseTo(1, 12);
    expect(chart).toMatchObject({ chartType: "LineMarkers", firstColumn: 0, columnCount: 2 });
  });
});

describe("a customer table", () => {
  it("gets no Cohorts or Trends sheet", () => {
    const table = createCustomerTableBuilder(
      customerTableColumns(["customer", "x", "tx", "T", "monetary"]),
      { timeUnit: "W" }
    );
    table.addRows([
      ["A", 2, 20, 30, 10],
      ["B", 0, 0, 30, 0],
      ["C", 1, 5, 25, 20],
    ]);
    const names = analysisSheets(
      customerTableResult(table.finish(), { model: "none" }),
      stringsByLanguage.en,
      "en",
      "en-US"
    ).map((sheet) => sheet.table.sheetName);
    expect(names).not.toContain("CX Cohorts");
    expect(names).not.toContain("CX Trends");
  });
});
