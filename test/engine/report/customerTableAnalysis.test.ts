import { customerTableResult } from "../../../src/engine/report/analysisResult";
import { customerTableAnalysis } from "../../../src/engine/report/customerAnalysis";
import { NO_AMOUNTS } from "../../../src/engine/report/customerModels";
import { fittedPurchaseModel } from "../../../src/engine/models/purchaseModel";
import {
  createCustomerTableBuilder,
  customerTableColumns,
} from "../../../src/engine/read/customerTable";
import { toDaySerial } from "../../../src/engine/read/excelDate";
import { readFixture } from "../../fixtures/readFixture";
import { PUBLISHED } from "../../fixtures/published";

/** cdnow_customers_summary_with_transactions.csv as rows of cells: ID, x, t_x, T, zbar. */
function cdnowTableRows(): string[][] {
  const [, ...lines] = readFixture("cdnow_customers_summary_with_transactions.csv")
    .trim()
    .split(/\r?\n/);
  return lines.map((line) => line.split(","));
}

function cdnowTable(timeUnit: "D" | "W" = "W", scale = 1) {
  const builder = createCustomerTableBuilder(
    customerTableColumns(["customer", "x", "tx", "T", "monetary"]),
    { timeUnit }
  );
  builder.addRows(
    cdnowTableRows().map(([id, x, tx, T, zbar]) => [
      id,
      x,
      Number(tx) * scale,
      Number(T) * scale,
      zbar,
    ])
  );
  return builder.finish();
}

describe("a customer table of x, t_x and T without the monetary value", () => {
  const builder = createCustomerTableBuilder(customerTableColumns(["customer", "x", "tx", "T"]));
  builder.addRows(cdnowTableRows().map(([id, x, tx, T]) => [id, x, tx, T]));
  const table = builder.finish();
  const result = customerTableResult(table, { observationEnd: toDaySerial("1998-07-01") });
  const { customers } = result;

  it("reads every row, without amounts", () => {
    expect(table.customerIds).toHaveLength(2357);
    expect(table.withoutAmounts).toBe(true);
    expect(table.monetary).toHaveLength(0);
    expect(customers.withoutAmounts).toBe(true);
  });

  it("fits the published BG/NBD and predicts purchases, with no spend model and no CLV", () => {
    const fitted = customers.models.transaction!;
    expect(fitted.model).toBe("bgnbd");
    for (const [name, value] of Object.entries(PUBLISHED.bgnbd_cdnow.params)) {
      expect((fitted.fit.params as unknown as Record<string, number>)[name]).toBeCloseTo(
        value as number,
        3
      );
    }
    expect(customers.models.spend).toBeUndefined();
    expect(customers.models.spendError).toBe(NO_AMOUNTS);
    // Customer 1 (x = 2, t_x = 30.43, T = 38.86): the paper's 1.226 purchases in the next 39 weeks.
    const model = fittedPurchaseModel(fitted);
    expect(model.conditionalExpectedPurchases(39, 2, 30.43, 38.86)).toBeCloseTo(1.226, 3);
    expect(customers.probabilityAlive[0]).toBeGreaterThan(0);
    expect(Number.isNaN(customers.predictedClv[0])).toBe(true);
    expect(Number.isNaN(customers.revenue[0])).toBe(true);
    // RFM on recency and frequency alone: every M score is 0, as for a log without amounts.
    expect(Array.from(new Set(customers.scores.monetary))).toEqual([0]);
  });
});

describe("customerTableAnalysis on the CDNOW customer table (x, t_x, T, zbar in weeks)", () => {
  const published = PUBLISHED;
  const analysis = customerTableAnalysis(cdnowTable(), {
    observationEnd: toDaySerial("1998-07-01"),
  });

  it("fits the published BG/NBD and Gamma-Gamma parameters", () => {
    expect(analysis.customerIds.length).toBe(2357);
    const fitted = analysis.models.transaction!;
    expect(fitted.model).toBe("bgnbd");
    for (const [name, value] of Object.entries(published.bgnbd_cdnow.params)) {
      expect((fitted.fit.params as unknown as Record<string, number>)[name]).toBeCloseTo(
        value as number,
        3
      );
    }
    expect(fitted.fit.logLikelihood).toBeCloseTo(published.bgnbd_cdnow.log_likelihood, 1);
    for (const [name, value] of Object.entries(published.gamma_gamma_cdnow.params)) {
      const fit = analysis.models.spend!.params as unknown as Record<string, number>;
      expect(Math.abs(fit[name] - (value as number))).toBeLessThan(0.01);
    }
  });

  it("gives customer 1 the purchases the paper expects and dates from the observation end", () => {
    // FHL 2005: customer 1 (x 2, t_x 30.43, T 38.86) expects 1.226 purchases in 39 weeks.
    const model = fittedPurchaseModel(analysis.models.transaction!);
    expect(model.conditionalExpectedPurchases(39, 2, 30.43, 38.86)).toBeCloseTo(1.226, 3);
    const withoutEnd = customerTableAnalysis(cdnowTable());
    expect(analysis.orders[0]).toBe(3);
    expect(analysis.recencyDays[0]).toBeCloseTo((38.86 - 30.43) * 7, 9);
    expect(analysis.revenue[0]).toBeCloseTo(2 * 22.35, 9);
    expect(analysis.lastPurchase[0]).toBe(toDaySerial("1998-07-01") - 59);
    expect(analysis.firstPurchase[0]).toBe(toDaySerial("1998-07-01") - 272);
    expect(withoutEnd.firstPurchase[0]).toBeNaN();
  });

  it("fits the same model whichever unit t_x and T are written in", () => {
    const inDays = customerTableAnalysis(cdnowTable("D", 7));
    const fitted = inDays.models.transaction!.fit.params as unknown as Record<string, number>;
    const weekly = analysis.models.transaction!.fit.params as unknown as Record<string, number>;
    for (const name of ["r", "alpha", "a", "b"]) expect(fitted[name]).toBeCloseTo(weekly[name], 6);
    expect(inDays.recencyDays[0]).toBeCloseTo(analysis.recencyDays[0], 9);
  });

  it("summarises the table like a log: every customer in one segment and one grid cell", () => {
    const result = customerTableResult(cdnowTable());
    expect(result.segments.reduce((sum, row) => sum + row.customers, 0)).toBe(2357);
    expect(result.grid.counts.reduce((sum, count) => sum + count, 0)).toBe(2357);
    // 1411 of the 2357 CDNOW customers made no repeat purchase (FHL 2005, fig. 2).
    expect(result.model.actualRepeatCustomers[0]).toBe(1411);
    expect(result.model.expectedRepeatCustomers[0]).toBeCloseTo(1411, -1);
  });
});

describe("customerTableAnalysis on an RFM table", () => {
  const builder = createCustomerTableBuilder(
    customerTableColumns(["customer", "recency", "frequency", "monetary"])
  );
  builder.addRows([
    ["A", 5, 10, 1000],
    ["B", 300, 1, 20],
    ["C", 40, 4, 200],
    ["D", 90, 2, 60],
    ["E", 10, 6, 500],
  ]);
  const analysis = customerTableAnalysis(builder.finish(), { rfmBins: 5, rfmMethod: "ntile" });

  it("scores recency, frequency and monetary value as written", () => {
    expect(Array.from(analysis.rfmScore)).toEqual([555, 111, 333, 222, 444]);
    expect(Array.from(analysis.averageOrderValue)).toEqual([100, 20, 50, 30, 250 / 3]);
  });

  it("fits no model and says why", () => {
    expect(analysis.models.transaction).toBeUndefined();
    expect(analysis.models.transactionError).toMatch(/x, t_x and T/);
    expect(analysis.probabilityAlive.every(Number.isNaN)).toBe(true);
  });
});
