import { detectLayout, transactionColumns } from "../../../src/engine/read/detectLayout";
import { createTransactionLogBuilder } from "../../../src/engine/read/transactionLog";
import { analysisResult } from "../../../src/engine/report/analysisResult";
import { analysisSheets } from "../../../src/taskpane/analysis/analysisSheets";
import { stringsByLanguage } from "../../../src/taskpane/i18n/stringsByLanguage";
import { cdnowSampleRows } from "../../browser/fixtures/cdnowSample";
import { readFixture } from "../../fixtures/readFixture";

const en = stringsByLanguage.en;

describe("the result sheets' CLV intervals on the CDNOW sample, 40 % margin", () => {
  const builder = createTransactionLogBuilder({ customer: 0, date: 1, amount: 2 });
  builder.addRows(cdnowSampleRows());
  const result = analysisResult(builder.finish(), { grossMargin: 0.4 });
  const sheets = analysisSheets(result, en, "en", "en-US");
  const sheet = (name: string) => sheets.find((output) => output.table.sheetName === name)!;

  it("gives the Customers sheet CLV low and high around each customer's predicted CLV", () => {
    const table = sheet("CX Customers").table;
    const header = table.header;
    const clv = header.indexOf("Predicted CLV, 12 months");
    expect(header.slice(clv, clv + 3)).toEqual([
      "Predicted CLV, 12 months",
      "CLV low, 90 % (12 months)",
      "CLV high, 90 % (12 months)",
    ]);
    const rows = table.rows(0, table.rowCount);
    expect(rows.length).toBe(2357);
    for (const [index, row] of rows.entries()) {
      const [estimate, low, high] = row.slice(clv, clv + 3) as number[];
      expect(low).toBe(result.customers.clvIntervals.low[index]);
      expect(low).toBeLessThanOrEqual(estimate);
      expect(high).toBeGreaterThanOrEqual(estimate);
    }
  });

  it("gives each segment's total CLV its interval and the whole base both intervals", () => {
    const segments = sheet("CX Segments");
    const header = segments.table.header;
    const low = header.indexOf("Total CLV low, 90 % (model uncertainty)");
    expect(header[low - 1]).toBe("Total predicted CLV");
    expect(header[low + 1]).toBe("Total CLV high, 90 % (model uncertainty)");
    const rows = segments.table.rows(0, segments.table.rowCount);
    rows.forEach((row, index) => {
      expect(row[low]).toBe(result.segments[index].totalPredictedClvLow);
      expect(row[low - 1] as number).toBeGreaterThan(row[low] as number);
      expect(row[low + 1] as number).toBeGreaterThan(row[low - 1] as number);
    });
    const whole = segments.below![0].table;
    expect(whole.tableName).toBe("CX_clvTotal");
    expect(whole.header).toEqual([
      "All customers: total predicted CLV",
      "Low (5 %)",
      "Total predicted CLV",
      "High (95 %)",
    ]);
    const { total, totalProcess } = result.customers.clvIntervals;
    const sum = result.customers.predictedClv.reduce((a, b) => a + b, 0);
    expect(whole.rows(0, 2)).toEqual([
      ["Model uncertainty: the fitted parameters", total.low, total.estimate, total.high],
      [
        "Customers' own randomness: how many purchases, of what value",
        totalProcess.low,
        totalProcess.estimate,
        totalProcess.high,
      ],
    ]);
    expect(total.estimate).toBeCloseTo(sum, 4);
    expect(total.low).toBeLessThan(sum);
    expect(totalProcess.high).toBeGreaterThan(sum);
    expect(segments.below![1].table.tableName).toBe("CX_grid");
  });
});

describe("the result sheets of a log without amounts (example_transactions.csv)", () => {
  const [header, ...rows] = readFixture("example_transactions.csv")
    .trim()
    .split("\n")
    .map((line) => line.split(","));
  const builder = createTransactionLogBuilder(
    transactionColumns(detectLayout(header, rows.slice(0, 200)).roles)
  );
  builder.addRows(rows);
  const result = analysisResult(builder.finish());
  const sheets = analysisSheets(result, en, "en", "en-US");

  it("leaves out the money columns, M and RFM scores, the base's CLV table and At risk", () => {
    const names = sheets.map((sheet) => sheet.table.sheetName);
    expect(names.slice(0, 3)).toEqual(["CX Summary", "CX Customers", "CX Segments"]);
    expect(names).toContain("CX Model");
    expect(names).not.toContain("CX At Risk");
    const summary = sheets[0].table.rows(0, sheets[0].table.rowCount).map((row) => row[0]);
    expect(summary).not.toContain("Revenue");
    expect(summary).toContain("Orders");
    expect(sheets[1].table.header).toEqual([
      "Customer",
      ...sheets[1].table.header.slice(1, 5),
      "R",
      "F",
      "Segment",
      "P(alive)",
      "Expected purchases, 12 months",
    ]);
    const customers = sheets[1].table.rows(0, 5000);
    const alive = sheets[1].table.header.indexOf("P(alive)");
    for (const row of customers) {
      expect(row[alive] as number).toBeGreaterThanOrEqual(0);
      expect(row[alive + 1] as number).toBeGreaterThanOrEqual(0);
    }
    const segments = sheets[2];
    expect(segments.table.header).not.toContain("% revenue");
    expect(segments.table.header).not.toContain("Total predicted CLV");
    expect(segments.charts![0].columnCount).toBe(2);
    expect(segments.below!.map((below) => below.table.tableName)).toEqual(["CX_grid"]);
  });
});
