import { cdnowSampleRows } from "../../browser/fixtures/cdnowSample";
import { logOf } from "../read/logOf";
import { calibrationHoldout } from "../../../src/engine/history/calibrationHoldout";
import { customerHistory } from "../../../src/engine/history/customerHistory";
import { InputError } from "../../../src/engine/inputError";
import { PURCHASE_MODELS } from "../../../src/engine/models/purchaseModel";
import {
  createCustomerTableBuilder,
  customerTableColumns,
} from "../../../src/engine/read/customerTable";
import { toDaySerial } from "../../../src/engine/read/excelDate";
import { defaultHoldoutWeeks } from "../../../src/engine/report/analysisHoldout";
import { analysisResult, customerTableResult } from "../../../src/engine/report/analysisResult";
import { customerAnalysis } from "../../../src/engine/report/customerAnalysis";
import { HOLDOUT_MODELS, holdoutCheck } from "../../../src/engine/report/holdoutCheck";

const log = logOf(cdnowSampleRows());
const calibrationEnd = toDaySerial("1997-09-30");
const observationEnd = toDaySerial("1998-06-30");

describe("the holdout check without an observation end", () => {
  it("closes on the last date, not the empty day after it: FHL 2005's split and numbers", () => {
    // The history runs to 1998-07-01, the day after the last date; a holdout to that day would
    // count 272 days of purchases against 273 days of predictions.
    const analysis = customerAnalysis(log, { holdoutWeeks: 39, model: "none" });
    const holdout = analysis.models.holdout!;
    expect(analysis.observationEnd).toBe(observationEnd + 1);
    expect(holdout).toMatchObject({ calibrationEnd, observationEnd, error: "" });
    const direct = holdoutCheck(calibrationHoldout(log, { calibrationEnd, observationEnd }));
    expect(holdout.check!.actualTotal).toBe(1882);
    const totals = (check: typeof direct) =>
      check.models.map((model) => model.accuracy?.predictedTotal);
    expect(totals(holdout.check!)).toEqual(totals(direct));
    expect(totals(direct)[0]).toBeCloseTo(1653.4, 1); // BG/NBD, as FHL 2005 and lifetimes give
  });
});

describe("the analysis with the holdout check on the CDNOW sample: 39 weeks to 1998-06-30", () => {
  const told: [string, number][] = [];
  const result = analysisResult(log, { observationEnd, holdoutWeeks: 39 }, (model, index) =>
    told.push([model, index])
  );
  const holdout = result.customers.models.holdout!;
  // The check computed directly on FHL 2005's split, for the analysis to match.
  const direct = holdoutCheck(calibrationHoldout(log, { calibrationEnd, observationEnd }));

  it("splits at FHL 2005's calibration end, 1997-09-30", () => {
    expect(holdout).toMatchObject({ weeks: 39, calibrationEnd, observationEnd, error: "" });
  });

  it("reports holdoutCheck's numbers in the Model report's holdout table, baseline last", () => {
    const rows = result.model.holdoutRows;
    expect(rows.map((row) => row.model)).toEqual([...HOLDOUT_MODELS, "baseline"]);
    direct.models.forEach((model, index) => {
      expect(rows[index]).toEqual({
        model: model.model,
        logLikelihood: model.logLikelihood,
        bic: model.bic,
        predictedTotal: model.accuracy!.predictedTotal,
        actualTotal: direct.actualTotal,
        errorPercent: model.accuracy!.errorPercent,
        meanAbsoluteError: model.accuracy!.meanAbsoluteError,
        rootMeanSquaredError: model.accuracy!.rootMeanSquaredError,
        error: "",
      });
    });
    expect(rows[4]).toMatchObject({
      predictedTotal: direct.baseline.predictedTotal,
      meanAbsoluteError: direct.baseline.meanAbsoluteError,
      logLikelihood: NaN,
      bic: NaN,
    });
  });

  it("has the known totals: 1882 actual; BG/NBD 1653, MBG/NBD 1577, Pareto/NBD 1666, NBD 2930", () => {
    const totals = result.model.holdoutRows.map((row) => Math.round(row.predictedTotal));
    expect(result.model.holdoutRows[0].actualTotal).toBe(1882);
    expect(totals).toEqual([1653, 1577, 1666, 2930, 2930]);
    expect(result.model.holdoutRows[2].errorPercent).toBeCloseTo(-11.503, 3);
    // BIC = 4 ln(2357 customers) − 2 ln L for the four-parameter BG/NBD.
    const bgnbd = result.model.holdoutRows[0];
    expect(bgnbd.bic).toBeCloseTo(4 * Math.log(2357) - 2 * bgnbd.logLikelihood, 9);
  });

  it("predicts with Best on holdout by default: Pareto/NBD, refitted on the whole period", () => {
    expect(result.customers.settings.model).toBe("best+gg");
    expect(holdout.check?.chosen).toBe("pnbd");
    const transaction = result.customers.models.transaction!;
    expect(transaction.model).toBe("pnbd");
    const whole = PURCHASE_MODELS.pnbd.fit(customerHistory(log, { observationEnd }));
    const fitted: Record<string, number> = { ...transaction.fit.params };
    for (const name of ["r", "alpha", "s", "beta"] as const) {
      expect(fitted[name]).toBeCloseTo(whole.params[name], 6);
    }
    // Not the calibration fit's parameters: the final fit saw the holdout too.
    const calibration: Record<string, number> = { ...direct.models[2].fit!.fit.params };
    expect(Math.abs(whole.params.r - calibration.r)).toBeGreaterThan(1e-3);
  });

  it("tells the progress hook of each model before its fit, in order", () => {
    expect(told).toEqual(HOLDOUT_MODELS.map((model, index) => [model, index]));
  });
});

describe("the holdout check's options", () => {
  it("keeps an explicitly chosen model: the check is reported, BG/NBD predicts", () => {
    const analysis = customerAnalysis(log, { observationEnd, holdoutWeeks: 39, model: "bgnbd+gg" });
    expect(analysis.models.holdout?.check?.chosen).toBe("pnbd");
    expect(analysis.models.transaction?.model).toBe("bgnbd");
  });

  it("holds out the last third of the observation period by default, at least 8 weeks", () => {
    expect(defaultHoldoutWeeks(545)).toBe(26);
    expect(defaultHoldoutWeeks(70)).toBe(8);
    expect(defaultHoldoutWeeks(7 * 60)).toBe(20);
    // CDNOW: 1997-01-01 to the last date, 1998-06-30 (no end given): 545 days, 77.9 weeks.
    const analysis = customerAnalysis(log, { holdoutWeeks: "auto", model: "none" });
    const holdout = analysis.models.holdout!;
    expect(holdout.weeks).toBe(26);
    expect(holdout.observationEnd).toBe(toDaySerial("1998-06-30"));
    expect(holdout.calibrationEnd).toBe(toDaySerial("1998-06-30") - 26 * 7);
  });

  it("says why when the holdout leaves no calibration, and Best on holdout then has no model", () => {
    const analysis = customerAnalysis(log, { observationEnd, holdoutWeeks: 100 });
    const holdout = analysis.models.holdout!;
    expect(holdout.check).toBeUndefined();
    expect(holdout.error).toBe(
      "a holdout of 100 weeks leaves no calibration period: the data span 77.9 weeks"
    );
    expect(analysis.models.transaction).toBeUndefined();
    expect(analysis.models.transactionError).toBe(holdout.error);
    expect(Number.isNaN(analysis.predictedClv[0])).toBe(true);
  });

  it.each([
    [{ model: "best+gg" as const }, "model"],
    [{ holdoutWeeks: 0 }, "holdout_weeks"],
    [{ holdoutWeeks: 2.5 }, "holdout_weeks"],
    [{ holdoutWeeks: NaN }, "holdout_weeks"],
  ])("rejects %j naming %s", (options, argument) => {
    expect(() => customerAnalysis(log, options)).toThrow(InputError);
    try {
      customerAnalysis(log, options);
    } catch (error) {
      expect((error as InputError).argument).toBe(argument);
    }
  });

  it("tells a customer table that the check needs a transaction log", () => {
    const builder = createCustomerTableBuilder(
      customerTableColumns(["customer", "x", "tx", "T", "monetary"]),
      { timeUnit: "W" }
    );
    builder.addRows([
      ["A", 2, 30, 38, 20],
      ["B", 0, 0, 38, 0],
    ]);
    const result = customerTableResult(builder.finish(), { holdoutWeeks: 10 });
    expect(result.customers.models.holdout?.error).toBe(
      "a customer table has no purchase dates to hold out: the holdout check needs a transaction log"
    );
    expect(result.model.holdoutRows).toEqual([]);
    expect(result.customers.models.transactionError).toBe(result.customers.models.holdout?.error);
  });

  it("gives a customer table's check the end its dates imply", () => {
    const builder = createCustomerTableBuilder(
      customerTableColumns(["customer", "x", "tx", "T", "monetary", "recency", "lastPurchase"]),
      { timeUnit: "W" }
    );
    builder.addRows([["A", 2, 30, 38, 20, 56, 45000]]); // last purchase 45000, 56 days before the end
    const result = customerTableResult(builder.finish(), { holdoutWeeks: 10 });
    expect(result.customers.models.holdout?.observationEnd).toBe(45056);
  });
});
