import type { AnalysisResult } from "../../engine/report/analysisResult";
import { SEGMENT_KEYS } from "../../engine/rfm/customerSegments";
import { REPEAT_CLASSES } from "../../engine/report/repeatClasses";
import type { Language } from "../../engine/language";
import { SEGMENT_NAMES } from "../../engine/rfm/segmentNames";
import type { ChartedTable, OutputSheet } from "../../excel/writeSheets";
import { excelDateFormat } from "../i18n/excelDateFormat";
import type { PaneStrings } from "../i18n/paneStrings";
import { channelsSheet } from "./channelsSheet";
import { holdoutTables } from "./holdoutTables";
import { kpiTable } from "./kpiTable";
import { MODEL_NAMES } from "./modelNames";
import { overTimeSheets } from "./overTimeSheets";
import { columnTable, NUMBER_FORMATS, resultTable, type ResultColumn } from "./resultColumns";

const { money: MONEY, count: COUNT, decimal: DECIMAL, share: SHARE, text: TEXT } = NUMBER_FORMATS;

/**
 * The sheets of a finished analysis, headers and names in the user's language: Summary (the
 * KPIs of the customers' history, first, so it is the sheet the user sees), Customers (P(alive)
 * on a colour scale, CLV with data bars and its 90 % low and high), Segments with its bar chart
 * and, below the segments, the whole customer base's total CLV interval (the parameters'
 * uncertainty, and apart the customers' own randomness) and the R × F grid as a heat map, By
 * attribute with its chart (only when the log carried an attribute), Channels (only when the
 * run was given marketing spend: channelsSheet), At risk, and Model: the fitted parameters
 * and, below them when a transaction model was fitted, its fit to the repeat-purchase counts
 * with a column chart, then the holdout check's tables and charts when the run asked for one
 * (holdoutTables), then for a transaction log Cohorts and Trends
 * (overTimeSheets).
 *
 * A log without amounts leaves out every money column, the revenue share, the M and RFM
 * scores, the whole base's CLV table and the At risk sheet (its list is drawn by revenue).
 *
 * @example
 * const sheets = analysisSheets(result, stringsByLanguage.da, "da", "da-DK");
 * sheets.map((sheet) => sheet.table.sheetName);
 * // ["CX Oversigt", "CX Kunder", "CX Segmenter", "CX I risiko", "CX Model"]
 */
export function analysisSheets(
  result: AnalysisResult,
  strings: PaneStrings,
  language: Language,
  locale: string
): OutputSheet[] {
  const segmentName = (position: number) => SEGMENT_NAMES[SEGMENT_KEYS[position]][language];
  const dateFormat = excelDateFormat(locale);
  return [
    { table: kpiTable(result.kpis, strings, locale) },
    customersSheet(result, strings, segmentName, dateFormat),
    segmentsSheet(result, strings, language),
    ...(result.attributes.length > 0 ? [attributeSheet(result, strings)] : []),
    ...(result.channels
      ? [channelsSheet(result.channels, strings, locale, result.customers.settings.horizonMonths)]
      : []),
    ...(result.customers.withoutAmounts
      ? []
      : [atRiskSheet(result, strings, segmentName, dateFormat)]),
    modelSheet(result, strings, locale),
    ...overTimeSheets(result, strings, dateFormat),
  ];
}

function customersSheet(
  result: AnalysisResult,
  strings: PaneStrings,
  segmentName: (position: number) => string,
  dateFormat: string
): OutputSheet {
  const customers = result.customers;
  const headers = strings.headers;
  const months = String(customers.settings.horizonMonths);
  const columns: ResultColumn[] = [
    { header: headers.customer, format: TEXT, cell: (row) => customers.customerIds[row] },
    { header: headers.orders, format: COUNT, cell: (row) => customers.orders[row] },
    { header: headers.revenue, format: MONEY, cell: (row) => customers.revenue[row] },
    {
      header: headers.averageOrderValue,
      format: MONEY,
      cell: (row) => customers.averageOrderValue[row],
    },
    {
      header: headers.firstPurchase,
      format: dateFormat,
      cell: (row) => customers.firstPurchase[row],
    },
    {
      header: headers.lastPurchase,
      format: dateFormat,
      cell: (row) => customers.lastPurchase[row],
    },
    { header: headers.recencyDays, format: COUNT, cell: (row) => customers.recencyDays[row] },
    { header: headers.recencyScore, format: COUNT, cell: (row) => customers.scores.recency[row] },
    {
      header: headers.frequencyScore,
      format: COUNT,
      cell: (row) => customers.scores.frequency[row],
    },
    ...(customers.withoutAmounts
      ? []
      : [
          {
            header: headers.monetaryScore,
            format: COUNT,
            cell: (row: number) => customers.scores.monetary[row],
          },
          {
            header: headers.rfmScore,
            format: COUNT,
            cell: (row: number) => customers.rfmScore[row],
          },
        ]),
    { header: headers.segment, cell: (row) => segmentName(customers.segment[row]) },
    {
      header: headers.probabilityAlive,
      format: SHARE,
      highlight: "threeColorScale",
      cell: (row) => customers.probabilityAlive[row],
    },
    {
      header: headers.expectedPurchases(months),
      format: DECIMAL,
      cell: (row) => customers.expectedPurchases[row],
    },
    { header: headers.expectedSpend, format: MONEY, cell: (row) => customers.expectedSpend[row] },
    {
      header: headers.predictedClv(months),
      format: MONEY,
      highlight: "dataBars",
      cell: (row) => customers.predictedClv[row],
    },
    {
      header: strings.intervals.low(months),
      format: MONEY,
      cell: (row) => customers.clvIntervals.low[row],
    },
    {
      header: strings.intervals.high(months),
      format: MONEY,
      cell: (row) => customers.clvIntervals.high[row],
    },
  ];
  if (customers.attributeValues.length > 0) {
    columns.push({
      header: strings.roles.attribute,
      // The user's own text, kept as text: "00123" or "- none -" are not numbers or formulas.
      format: TEXT,
      cell: (row) => customers.attributeValues[customers.attribute[row]] ?? "",
    });
  }
  return {
    table: resultTable(
      strings,
      "customers",
      moneyColumns(result, columns),
      customers.customerIds.length
    ),
  };
}

function segmentsSheet(
  result: AnalysisResult,
  strings: PaneStrings,
  language: Language
): OutputSheet {
  const rows = result.segments;
  const headers = strings.headers;
  const withoutAmounts = result.customers.withoutAmounts === true;
  // Segment, % customers and % revenue first and adjacent: the chart plots those three columns.
  const columns: ResultColumn[] = [
    { header: headers.segment, cell: (row) => SEGMENT_NAMES[rows[row].segment][language] },
    { header: headers.customerShare, format: SHARE, cell: (row) => rows[row].customerShare },
    ...(withoutAmounts
      ? []
      : [
          {
            header: headers.revenueShare,
            format: SHARE,
            cell: (row: number) => rows[row].revenueShare,
          },
        ]),
    { header: headers.customers, format: COUNT, cell: (row) => rows[row].customers },
    { header: headers.revenue, format: MONEY, cell: (row) => rows[row].revenue },
    { header: headers.meanRecencyDays, format: DECIMAL, cell: (row) => rows[row].meanRecencyDays },
    { header: headers.meanOrders, format: DECIMAL, cell: (row) => rows[row].meanOrders },
    { header: headers.meanRevenue, format: MONEY, cell: (row) => rows[row].meanRevenue },
    { header: headers.meanPredictedClv, format: MONEY, cell: (row) => rows[row].meanPredictedClv },
    {
      header: headers.totalPredictedClv,
      format: MONEY,
      cell: (row) => rows[row].totalPredictedClv,
    },
    {
      header: strings.intervals.totalLow,
      format: MONEY,
      cell: (row) => rows[row].totalPredictedClvLow,
    },
    {
      header: strings.intervals.totalHigh,
      format: MONEY,
      cell: (row) => rows[row].totalPredictedClvHigh,
    },
  ];
  return {
    table: resultTable(strings, "segments", moneyColumns(result, columns), rows.length),
    below: [
      ...(withoutAmounts ? [] : [clvTotalTable(result, strings)]),
      gridTable(result, strings),
    ],
    charts: [
      {
        chartType: "BarClustered",
        firstColumn: 0,
        columnCount: withoutAmounts ? 2 : 3,
        title: strings.charts.segments,
        categoryAxisTitle: strings.charts.segmentAxis,
        valueAxisTitle: strings.charts.shareAxis,
      },
    ],
  };
}

/**
 * The whole customer base's total predicted CLV with its 90 % interval twice: from the fitted
 * parameters' uncertainty, and apart, from the customers' own randomness (clvIntervals).
 */
function clvTotalTable(result: AnalysisResult, strings: PaneStrings): ChartedTable {
  const { total, totalProcess } = result.customers.clvIntervals;
  const rows = [
    [strings.intervals.parameters, total],
    [strings.intervals.process, totalProcess],
  ] as const;
  const columns: ResultColumn[] = [
    { header: strings.intervals.corner, format: TEXT, cell: (row) => rows[row][0] },
    { header: strings.intervals.lowEnd, format: MONEY, cell: (row) => rows[row][1].low },
    {
      header: strings.headers.totalPredictedClv,
      format: MONEY,
      cell: (row) => rows[row][1].estimate,
    },
    { header: strings.intervals.highEnd, format: MONEY, cell: (row) => rows[row][1].high },
  ];
  return { table: columnTable("CX_clvTotal", columns, rows.length) };
}

/** The columns, less the money columns when the log has no amounts (nothing to fill them). */
function moneyColumns(result: AnalysisResult, columns: ResultColumn[]): ResultColumn[] {
  if (!result.customers.withoutAmounts) return columns;
  return columns.filter((column) => column.format !== MONEY);
}

/** Customers per recency (rows) and frequency (columns) score, a heat map under the segments. */
function gridTable(result: AnalysisResult, strings: PaneStrings): ChartedTable {
  const { bins, counts } = result.grid;
  // Highest recency score first, so the best customers sit top right as in the usual heat map.
  const columns: ResultColumn[] = [
    { header: strings.headers.gridCorner, format: TEXT, cell: (row) => `R ${bins - row}` },
  ];
  for (let frequency = 1; frequency <= bins; frequency++) {
    columns.push({
      header: `F ${frequency}`,
      format: COUNT,
      highlight: "threeColorScale",
      cell: (row) => counts[(bins - row - 1) * bins + (frequency - 1)],
    });
  }
  return { table: columnTable("CX_grid", columns, bins) };
}

function attributeSheet(result: AnalysisResult, strings: PaneStrings): OutputSheet {
  const rows = result.attributes;
  const headers = strings.headers;
  const columns: ResultColumn[] = [
    {
      header: strings.roles.attribute,
      format: TEXT,
      cell: (row) => rows[row].value || headers.noValue,
    },
    { header: headers.meanPredictedClv, format: MONEY, cell: (row) => rows[row].meanPredictedClv },
    { header: headers.meanSimpleClv, format: MONEY, cell: (row) => rows[row].meanSimpleClv },
    {
      header: headers.meanHistoricalValue,
      format: MONEY,
      cell: (row) => rows[row].meanHistoricalValue,
    },
    { header: headers.customers, format: COUNT, cell: (row) => rows[row].customers },
    { header: headers.revenue, format: MONEY, cell: (row) => rows[row].revenue },
  ];
  return {
    table: resultTable(strings, "attribute", moneyColumns(result, columns), rows.length),
    // Its chart plots the mean CLVs, which a log without amounts has not.
    charts: result.customers.withoutAmounts
      ? []
      : [
          {
            chartType: "BarClustered",
            firstColumn: 0,
            columnCount: 3,
            title: strings.charts.attribute,
            categoryAxisTitle: strings.roles.attribute,
            valueAxisTitle: strings.charts.valueAxis,
          },
        ],
  };
}

function atRiskSheet(
  result: AnalysisResult,
  strings: PaneStrings,
  segmentName: (position: number) => string,
  dateFormat: string
): OutputSheet {
  const customers = result.customers;
  const { customer, valueAtStake } = result.atRisk;
  const headers = strings.headers;
  const columns: ResultColumn[] = [
    { header: headers.customer, format: TEXT, cell: (row) => customers.customerIds[customer[row]] },
    {
      header: headers.valueAtStake,
      format: MONEY,
      highlight: "dataBars",
      cell: (row) => valueAtStake[row],
    },
    {
      header: headers.probabilityAlive,
      format: SHARE,
      cell: (row) => customers.probabilityAlive[customer[row]],
    },
    { header: headers.revenue, format: MONEY, cell: (row) => customers.revenue[customer[row]] },
    { header: headers.orders, format: COUNT, cell: (row) => customers.orders[customer[row]] },
    {
      header: headers.lastPurchase,
      format: dateFormat,
      cell: (row) => customers.lastPurchase[customer[row]],
    },
    { header: headers.segment, cell: (row) => segmentName(customers.segment[customer[row]]) },
    {
      header: headers.predictedClv(String(customers.settings.horizonMonths)),
      format: MONEY,
      cell: (row) => customers.predictedClv[customer[row]],
    },
  ];
  return { table: resultTable(strings, "atRisk", columns, customer.length) };
}

function modelSheet(result: AnalysisResult, strings: PaneStrings, locale: string): OutputSheet {
  const report = result.model;
  const headers = strings.headers;
  const rows: [string, string, number, number][] = report.parameters.map((parameter) => [
    MODEL_NAMES[parameter.model],
    parameter.name,
    parameter.value,
    parameter.standardError,
  ]);
  const transaction = result.customers.models.transaction;
  if (transaction) {
    rows.push([MODEL_NAMES[transaction.model], headers.logLikelihood, report.logLikelihood, NaN]);
  }
  if (result.customers.models.spend) {
    rows.push([MODEL_NAMES.gg, headers.logLikelihood, report.spendLogLikelihood, NaN]);
  }
  const columns: ResultColumn[] = [
    { header: headers.modelName, cell: (row) => rows[row][0] },
    { header: headers.parameter, cell: (row) => rows[row][1] },
    { header: headers.value, format: "0.0000", cell: (row) => rows[row][2] },
    { header: headers.standardError, format: "0.0000", cell: (row) => rows[row][3] },
  ];
  return {
    table: resultTable(strings, "model", columns, rows.length),
    below: [
      ...(transaction ? [modelFitTable(result, strings)] : []),
      ...holdoutTables(result, strings, locale),
    ],
  };
}

/** The repeat-purchase histogram, actual against expected, with its column chart. */
function modelFitTable(result: AnalysisResult, strings: PaneStrings): ChartedTable {
  const report = result.model;
  const headers = strings.headers;
  const last = REPEAT_CLASSES - 1;
  // Text categories ("0" … "7+"): a chart plots a column of numbers as one more series.
  const columns: ResultColumn[] = [
    {
      header: headers.repeatPurchases,
      format: TEXT,
      cell: (row) => (row === last ? `${last}+` : String(row)),
    },
    {
      header: headers.actualCustomers,
      format: COUNT,
      cell: (row) => report.actualRepeatCustomers[row],
    },
    {
      header: headers.expectedCustomers,
      format: "0.0",
      cell: (row) => report.expectedRepeatCustomers[row],
    },
  ];
  return {
    table: columnTable("CX_modelFit", columns, REPEAT_CLASSES),
    charts: [
      {
        chartType: "ColumnClustered",
        firstColumn: 0,
        columnCount: 3,
        title: strings.charts.modelFit,
        categoryAxisTitle: headers.repeatPurchases,
        valueAxisTitle: strings.charts.customersAxis,
      },
    ],
  };
}
