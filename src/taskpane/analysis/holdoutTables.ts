import { daySerialToIso } from "../../engine/read/excelDate";
import type { AnalysisResult } from "../../engine/report/analysisResult";
import type { HoldoutCheck } from "../../engine/report/holdoutCheck";
import { REPEAT_CLASSES } from "../../engine/report/repeatClasses";
import type { ChartedTable } from "../../excel/writeSheets";
import type { PaneStrings } from "../i18n/paneStrings";
import { engineReasonText } from "./engineReasonText";
import { MODEL_NAMES } from "./modelNames";
import { columnTable, NUMBER_FORMATS, proseTable, type ResultColumn } from "./resultColumns";

const { count: COUNT, text: TEXT } = NUMBER_FORMATS;

/**
 * The holdout check's tables for the Model sheet, top down: what was checked and which model
 * was picked by which rule; each model's calibration fit and holdout accuracy beside the naive
 * baseline; the mean holdout purchases by calibration repeat purchases, actual and per model
 * (FHL 2005, Figure 4), with a line chart; and the weekly cumulative repeat purchases over both
 * periods (FHL 2005, Figure 3), with a line chart in which the actual line changes series at
 * the calibration end. Only the account, with the reason, when the check could not be made;
 * nothing when none was asked for.
 *
 * @example
 * // The CDNOW sample checked on its last 39 weeks:
 * holdoutTables(result, stringsByLanguage.en, "en-US").map((placed) => placed.table.tableName);
 * // ["CX_holdoutCheck", "CX_holdout", "CX_conditional", "CX_tracking"]
 */
export function holdoutTables(
  result: AnalysisResult,
  strings: PaneStrings,
  locale: string
): ChartedTable[] {
  const holdout = result.customers.models.holdout;
  if (!holdout) return [];
  const { check } = holdout;
  const { format } = new Intl.NumberFormat(locale);
  const said = (reason: string) => engineReasonText(reason, strings.reasons, format);
  if (!check) return [accountTable([strings.holdoutFailed(said(holdout.error))], strings)];
  const transaction = result.customers.models.transaction;
  const lines = [
    strings.holdoutPeriod(
      String(holdout.weeks),
      daySerialToIso(holdout.calibrationEnd),
      daySerialToIso(holdout.observationEnd)
    ),
    ...(check.chosen ? [strings.holdoutPicked(MODEL_NAMES[check.chosen])] : []),
    strings.holdoutRule,
    ...(transaction ? [strings.holdoutFinalFit(MODEL_NAMES[transaction.model])] : []),
  ];
  return [
    accountTable(lines, strings),
    accuracyTable(result, strings, said),
    conditionalTable(check, strings),
    trackingTable(check, strings),
  ];
}

/** The check in words, one line a row. */
function accountTable(lines: readonly string[], strings: PaneStrings): ChartedTable {
  return { table: proseTable("CX_holdoutCheck", strings.headers.holdoutCheck, lines) };
}

/** Each model's fit on the calibration and its holdout accuracy, and the baseline's. */
function accuracyTable(
  result: AnalysisResult,
  strings: PaneStrings,
  said: (reason: string) => string
): ChartedTable {
  const rows = result.model.holdoutRows;
  const headers = strings.headers;
  const columns: ResultColumn[] = [
    {
      header: headers.modelName,
      cell: (row) => {
        const { model } = rows[row];
        return model === "baseline" ? headers.baseline : MODEL_NAMES[model];
      },
    },
    { header: headers.logLikelihood, format: "0.00", cell: (row) => rows[row].logLikelihood },
    { header: headers.bic, format: "0.00", cell: (row) => rows[row].bic },
    { header: headers.predictedHoldout, format: "0.0", cell: (row) => rows[row].predictedTotal },
    { header: headers.actualHoldout, format: COUNT, cell: (row) => rows[row].actualTotal },
    { header: headers.errorPercent, format: "0.0", cell: (row) => rows[row].errorPercent },
    {
      header: headers.meanAbsoluteError,
      format: "0.000",
      cell: (row) => rows[row].meanAbsoluteError,
    },
    {
      header: headers.rootMeanSquaredError,
      format: "0.000",
      cell: (row) => rows[row].rootMeanSquaredError,
    },
    { header: headers.fitNote, format: TEXT, cell: (row) => said(rows[row].error) },
  ];
  return { table: columnTable("CX_holdout", columns, rows.length) };
}

/** The models that fitted on the calibration, in the check's order. */
function fittedModels(check: HoldoutCheck) {
  return check.models.filter((model) => model.fit);
}

/** FHL 2005, Figure 4: mean holdout purchases by calibration repeat purchases 0, 1, …, 7+. */
function conditionalTable(check: HoldoutCheck, strings: PaneStrings): ChartedTable {
  const headers = strings.headers;
  const last = REPEAT_CLASSES - 1;
  const models = fittedModels(check);
  // Text categories, then the plotted series side by side; the customer counts after them.
  const columns: ResultColumn[] = [
    {
      header: headers.calibrationRepeatPurchases,
      format: TEXT,
      cell: (row) => (row === last ? `${last}+` : String(row)),
    },
    { header: headers.actualMean, format: "0.00", cell: (row) => check.actualByFrequency[row] },
    ...models.map((model): ResultColumn => ({
      header: MODEL_NAMES[model.model],
      format: "0.00",
      cell: (row) => model.accuracy!.meanByFrequency[row],
    })),
    { header: headers.customers, format: COUNT, cell: (row) => check.customersByFrequency[row] },
  ];
  return {
    table: columnTable("CX_conditional", columns, REPEAT_CLASSES),
    charts: [
      {
        chartType: "LineMarkers",
        firstColumn: 0,
        columnCount: 2 + models.length,
        title: strings.charts.conditionalExpectations,
        categoryAxisTitle: headers.calibrationRepeatPurchases,
        valueAxisTitle: strings.charts.purchasesPerCustomerAxis,
      },
    ],
  };
}

/**
 * FHL 2005, Figure 3: cumulative repeat purchases week by week. The actual purchases are two
 * series, through the week the calibration ends in and from it on, so the chart marks the split
 * where one line hands over to the other.
 */
function trackingTable(check: HoldoutCheck, strings: PaneStrings): ChartedTable {
  const headers = strings.headers;
  const { actual, splitPeriod } = check.tracking;
  const models = fittedModels(check);
  const week = (row: number) => row + 1;
  const columns: ResultColumn[] = [
    { header: headers.week, format: TEXT, cell: (row) => String(week(row)) },
    {
      header: headers.actualCalibration,
      format: COUNT,
      cell: (row) => (week(row) <= splitPeriod ? actual[row] : NaN),
    },
    {
      header: headers.actualInHoldout,
      format: COUNT,
      cell: (row) => (week(row) >= splitPeriod ? actual[row] : NaN),
    },
    ...models.map((model): ResultColumn => ({
      header: MODEL_NAMES[model.model],
      format: "0.0",
      cell: (row) => model.cumulativePredicted![row],
    })),
  ];
  return {
    table: columnTable("CX_tracking", columns, actual.length),
    charts: [
      {
        chartType: "Line",
        firstColumn: 0,
        columnCount: columns.length,
        title: strings.charts.tracking(String(splitPeriod)),
        categoryAxisTitle: headers.week,
        valueAxisTitle: strings.charts.cumulativeAxis,
      },
    ],
  };
}
