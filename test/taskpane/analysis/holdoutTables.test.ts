import { calibrationHoldout } from "../../../src/engine/history/calibrationHoldout";
import { toDaySerial } from "../../../src/engine/read/excelDate";
import { analysisResult } from "../../../src/engine/report/analysisResult";
import { holdoutCheck } from "../../../src/engine/report/holdoutCheck";
import type { TableContent } from "../../../src/excel/sheetTable";
import { analysisSheets } from "../../../src/taskpane/analysis/analysisSheets";
import { progressText } from "../../../src/taskpane/analysis/progressText";
import { stringsByLanguage } from "../../../src/taskpane/i18n/stringsByLanguage";
import { cdnowSampleRows } from "../../browser/fixtures/cdnowSample";
import { logOf } from "../../engine/read/logOf";

const calibrationEnd = toDaySerial("1997-09-30");
const observationEnd = toDaySerial("1998-06-30");
const rows = (table: TableContent) => table.rows(0, table.rowCount);

describe("the Model sheet of a run checked on the CDNOW sample's last 39 weeks", () => {
  const result = analysisResult(logOf(cdnowSampleRows()), { observationEnd, holdoutWeeks: 39 });
  const direct = holdoutCheck(
    calibrationHoldout(logOf(cdnowSampleRows()), { calibrationEnd, observationEnd })
  );
  const model = analysisSheets(result, stringsByLanguage.en, "en", "en-US").find(
    (sheet) => sheet.table.sheetName === "CX Model"
  )!;
  const below = new Map(model.below!.map((placed) => [placed.table.tableName, placed]));

  it("stacks the check's four tables under the parameters and the fit histogram", () => {
    expect([...below.keys()]).toEqual([
      "CX_modelFit",
      "CX_holdoutCheck",
      "CX_holdout",
      "CX_conditional",
      "CX_tracking",
    ]);
  });

  it("says what was checked, what was picked by which rule, and that the final fit used the whole period", () => {
    expect(rows(below.get("CX_holdoutCheck")!.table).map((row) => row[0])).toEqual([
      "Holdout check: the four models were fitted on the data up to 1997-09-30 and predicted the last 39 weeks, to 1998-06-30.",
      "Picked on the holdout: Pareto/NBD.",
      "Rule: the model whose predicted holdout total comes closest to the actual total is picked; models within 0.5 percentage points of the closest count as tied, and of those the lowest MAE per customer wins.",
      "The predictions on the other sheets use Pareto/NBD, fitted again on the whole period, holdout included.",
    ]);
    // Lines of prose: written after the sheet's columns are fitted, so the rule does not widen column A.
    expect(below.get("CX_holdoutCheck")!.table.prose).toBe(true);
    expect(below.get("CX_holdout")!.table.prose).toBeUndefined();
  });

  it("lists each model's fit and holdout accuracy, then the baseline", () => {
    const table = below.get("CX_holdout")!.table;
    expect(table.header).toEqual([
      "Model",
      "Log-likelihood",
      "BIC",
      "Predicted holdout purchases",
      "Actual holdout purchases",
      "Error %",
      "MAE per customer",
      "RMSE per customer",
      "Note",
    ]);
    const body = rows(table);
    expect(body.map((row) => row[0])).toEqual([
      "BG/NBD",
      "MBG/NBD",
      "Pareto/NBD",
      "NBD",
      "Calibration rate carried forward",
    ]);
    direct.models.forEach((checked, index) => {
      expect(body[index].slice(1, 8)).toEqual([
        checked.logLikelihood,
        checked.bic,
        checked.accuracy!.predictedTotal,
        1882,
        checked.accuracy!.errorPercent,
        checked.accuracy!.meanAbsoluteError,
        checked.accuracy!.rootMeanSquaredError,
      ]);
    });
    // The baseline has no likelihood: blank cells, not NaN.
    expect(body[4].slice(1, 4)).toEqual(["", "", direct.baseline.predictedTotal]);
  });

  it("charts FHL 2005 Figure 4: actual and each model's mean by calibration repeat purchases", () => {
    const placed = below.get("CX_conditional")!;
    const body = rows(placed.table);
    expect(placed.table.header).toEqual([
      "Repeat purchases in calibration",
      "Actual",
      "BG/NBD",
      "MBG/NBD",
      "Pareto/NBD",
      "NBD",
      "Customers",
    ]);
    expect(body.map((row) => row[0])).toEqual(["0", "1", "2", "3", "4", "5", "6", "7+"]);
    expect(body.map((row) => row[1])).toEqual([...direct.actualByFrequency]);
    expect(body.map((row) => row[4])).toEqual([...direct.models[2].accuracy!.meanByFrequency]);
    expect(body.reduce((sum, row) => sum + Number(row[6]), 0)).toBe(2357);
    // The customer counts sit after the plotted columns, out of the chart.
    expect(placed.charts).toEqual([
      expect.objectContaining({ chartType: "LineMarkers", firstColumn: 0, columnCount: 6 }),
    ]);
  });

  it("charts FHL 2005 Figure 3 week by week, the actual line handing over at week 39", () => {
    const placed = below.get("CX_tracking")!;
    const body = rows(placed.table);
    // 1997-01-01 to 1998-06-30: 545 days, 78 weeks (the last one cut short).
    expect(body).toHaveLength(78);
    expect(body.map((row) => row[0]).slice(0, 3)).toEqual(["1", "2", "3"]);
    expect(body[37].slice(1, 3)).toEqual([direct.tracking.actual[37], ""]);
    expect(body[38].slice(1, 3)).toEqual([direct.tracking.actual[38], direct.tracking.actual[38]]);
    expect(body[39].slice(1, 3)).toEqual(["", direct.tracking.actual[39]]);
    // By the end: every customer's distinct purchase days after their first, counted here.
    const days = new Map<string, Set<number>>();
    for (const [id, day] of cdnowSampleRows()) {
      if (day <= observationEnd) days.set(id, (days.get(id) ?? new Set()).add(day));
    }
    const repeatDays = [...days.values()].reduce((sum, set) => sum + set.size - 1, 0);
    expect(body[77][2]).toBe(repeatDays);
    expect(body[77][5]).toBe(direct.models[2].cumulativePredicted![77]);
    expect(placed.charts).toEqual([
      expect.objectContaining({
        chartType: "Line",
        columnCount: 7,
        title: "Cumulative repeat purchases: actual and predicted (calibration to week 39)",
      }),
    ]);
  });
});

describe("the Model sheet when the check cannot be made", () => {
  it("says why in one line and adds nothing else", () => {
    const result = analysisResult(logOf(cdnowSampleRows()), {
      observationEnd,
      holdoutWeeks: 100,
      model: "bgnbd+gg",
    });
    const model = analysisSheets(result, stringsByLanguage.da, "da", "da-DK").find(
      (sheet) => sheet.table.sheetName === "CX Model"
    )!;
    const account = model.below!.at(-1)!;
    expect(model.below!.map((placed) => placed.table.tableName)).toEqual([
      "CX_modelFit",
      "CX_holdoutCheck",
    ]);
    expect(rows(account.table)).toEqual([
      [
        "Testen af modellen kunne ikke udføres: en testperiode på 100 uger efterlader ingen kalibreringsperiode: dataene dækker 77,9 uger",
      ],
    ]);
  });
});

describe("progressText", () => {
  const number = new Intl.NumberFormat("en-US");
  it("names the model the holdout check is fitting, and which of four", () => {
    expect(
      progressText(
        { stage: "fitting", done: 2, total: 4, checking: "pnbd" },
        stringsByLanguage.en,
        number
      )
    ).toBe("Checking the model: Pareto/NBD (3 of 4)…");
    expect(
      progressText(
        { stage: "fitting", done: 0, total: 4, checking: "bgnbd" },
        stringsByLanguage.de,
        number
      )
    ).toBe("Modell wird geprüft: BG/NBD (1 von 4)…");
  });

  it("names the stage otherwise", () => {
    expect(
      progressText({ stage: "fitting", done: 0, total: 0 }, stringsByLanguage.en, number)
    ).toBe("Fitting the models…");
  });
});
