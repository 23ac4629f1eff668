import { cohortMetric } from "../../engine/cohorts/cohortMetric";
import type { CalendarPeriod } from "../../engine/read/calendarPeriod";
import type { AnalysisOverTime } from "../../engine/report/analysisOverTime";
import type { AnalysisResult } from "../../engine/report/analysisResult";
import type { ChartedTable, OutputSheet } from "../../excel/writeSheets";
import type { PeriodWords } from "../i18n/overTimeStrings";
import type { PaneStrings } from "../i18n/paneStrings";
import { columnTable, NUMBER_FORMATS, type ResultColumn } from "./resultColumns";

const { money: MONEY, count: COUNT, decimal: DECIMAL, share: SHARE, text: TEXT } = NUMBER_FORMATS;

/**
 * Money in Excel's 50 % grey (colour 16 of its palette): how a projected value is told apart
 * from an observed one, in the number format itself so that it travels with the cell.
 */
export const PROJECTED_MONEY = `[Color16]${MONEY}`;

/**
 * The periods after acquisition the per-cohort table reads the cumulative value at: a quarter,
 * half a year and a year where the period allows, else one and two years, as far as the
 * projection always reaches (projectedPeriods: two years at the least).
 */
const VALUE_PERIODS: Record<CalendarPeriod, readonly number[]> = {
  week: [13, 26, 52],
  month: [3, 6, 12],
  quarter: [1, 2, 4],
  year: [1, 2],
};

/**
 * The Cohorts and Trends sheets of a transaction log's analysis; none for a customer table,
 * whose result has no time dimension.
 * @example
 * overTimeSheets(result, stringsByLanguage.en, "yyyy-mm-dd").map((sheet) => sheet.table.sheetName);
 * // ["CX Cohorts", "CX Trends"]
 */
export function overTimeSheets(
  result: AnalysisResult,
  strings: PaneStrings,
  dateFormat: string
): OutputSheet[] {
  const overTime = result.overTime;
  if (!overTime) return [];
  return [cohortsSheet(overTime, strings), trendsSheet(overTime, strings, dateFormat)];
}

/**
 * The cohorts, top down: the retention matrix on a colour scale; the cumulative value per
 * customer, observed then projected (grey), with a line chart of one series per cohort; and per
 * cohort its customers, first-order AOV and value at 3, 6 and 12 months (grey where projected),
 * or the like in the cohorts' period (VALUE_PERIODS).
 * @example
 * cohortsSheet(overTime, stringsByLanguage.en).table.header.slice(0, 3);
 * // ["Retention: cohort \\ month", "Customers", "Month 0"]; by quarter, "… \\ quarter", …, "Quarter 0"
 */
export function cohortsSheet(overTime: AnalysisOverTime, strings: PaneStrings): OutputSheet {
  const { cohorts, period } = overTime.cohorts;
  const { headers, charts } = strings.overTime;
  const words = strings.overTime.byPeriod[period];
  const valuePeriods = VALUE_PERIODS[period];
  const retention = cohorts.map((cohort) => cohortMetric(cohort, "retention"));
  const retentionColumns: ResultColumn[] = [
    { header: words.retentionCorner, format: TEXT, cell: (row) => cohorts[row].label },
    { header: strings.headers.customers, format: COUNT, cell: (row) => cohorts[row].customers },
    ...periodColumns(
      overTime.cohorts.periods,
      words,
      { format: SHARE, highlight: "threeColorScale" },
      (row, period) => retention[row][period] ?? NaN
    ),
  ];
  const value = cohortValues(overTime);
  const valueCell = (row: number, period: number): number => value.values[row][period] ?? NaN;
  const projected = (row: number, period: number) => period >= value.projectedFrom[row];
  const valueTable = columnTable(
    "CX_cohortValue",
    [
      { header: headers.valueCorner, format: TEXT, cell: (row) => cohorts[row].label },
      ...periodColumns(value.periods, words, { format: MONEY }, valueCell),
    ],
    cohorts.length
  );
  const cellFormat = (row: number, period: number) =>
    projected(row, period) ? PROJECTED_MONEY : MONEY;
  const summaryColumns: ResultColumn[] = [
    { header: headers.cohort, format: TEXT, cell: (row) => cohorts[row].label },
    { header: strings.headers.customers, format: COUNT, cell: (row) => cohorts[row].customers },
    {
      header: headers.firstOrderValue,
      format: MONEY,
      cell: (row) => cohorts[row].firstPurchaseRevenue / cohorts[row].customers,
    },
    ...valuePeriods.map((count): ResultColumn => ({
      header: words.valueAt(count),
      format: MONEY,
      cell: (row) => valueCell(row, count - 1),
    })),
    {
      header: words.observed,
      format: COUNT,
      cell: (row) => cohorts[row].revenue.length,
    },
  ];
  const summaryTable = columnTable("CX_cohortSummary", summaryColumns, cohorts.length);
  return {
    table: {
      sheetName: strings.overTime.cohortsSheet,
      ...columnTable("CX_cohorts", retentionColumns, cohorts.length),
    },
    below: [
      {
        table: {
          ...valueTable,
          cellFormats: (start, end) =>
            rowRange(start, end).map((row) => [
              TEXT,
              ...Array.from({ length: value.periods }, (_, period) => cellFormat(row, period)),
            ]),
        },
        charts: [
          {
            chartType: "Line",
            firstColumn: 0,
            columnCount: 1 + value.periods,
            seriesBy: "rows",
            title: charts.cohortValue,
            categoryAxisTitle: words.sinceAxis,
            valueAxisTitle: charts.valueAxis,
          },
        ],
      },
      {
        table: {
          ...summaryTable,
          cellFormats: (start, end) =>
            rowRange(start, end).map((row) => [
              TEXT,
              COUNT,
              MONEY,
              ...valuePeriods.map((count) => cellFormat(row, count - 1)),
              COUNT,
            ]),
        },
      } satisfies ChartedTable,
    ],
  };
}

/**
 * The KPIs at every period end (a month's unless the user chose another period), the period's
 * label first, then active and new customers (the line chart's two series: the customer base
 * and its inflow, on one scale), then the period's end and the other KPIs. Rates and order
 * values with nothing to divide by are blank.
 * @example
 * trendsSheet(overTime, stringsByLanguage.en, "yyyy-mm-dd").table.header.slice(0, 3);
 * // ["Month", "Active customers (90 days)", "New customers"]
 */
export function trendsSheet(
  overTime: AnalysisOverTime,
  strings: PaneStrings,
  dateFormat: string
): OutputSheet {
  const trends = overTime.trends;
  const { headers, charts } = strings.overTime;
  const words = strings.overTime.byPeriod[trends.period];
  const columns: ResultColumn[] = [
    { header: words.label, format: TEXT, cell: (row) => trends.labels[row] },
    {
      header: headers.activeCustomers(String(trends.activeWindowDays)),
      format: COUNT,
      cell: (row) => trends.activeCustomers[row],
    },
    { header: headers.newCustomers, format: COUNT, cell: (row) => trends.newCustomers[row] },
    { header: words.end, format: dateFormat, cell: (row) => trends.ends[row] },
    { header: headers.customersEver, format: COUNT, cell: (row) => trends.customersEver[row] },
    { header: strings.headers.orders, format: COUNT, cell: (row) => trends.orders[row] },
    { header: strings.headers.revenue, format: MONEY, cell: (row) => trends.revenue[row] },
    {
      header: strings.headers.averageOrderValue,
      format: MONEY,
      cell: (row) => trends.averageOrderValue[row],
    },
    {
      header: headers.purchaseFrequency,
      format: DECIMAL,
      cell: (row) => trends.purchaseFrequency[row],
    },
    { header: headers.repeatRate, format: SHARE, cell: (row) => trends.repeatRate[row] },
    {
      header: headers.churnRate(String(trends.activeWindowDays)),
      format: SHARE,
      cell: (row) => trends.churnRate[row],
    },
    { header: headers.retentionRate, format: SHARE, cell: (row) => trends.retentionRate[row] },
  ];
  return {
    table: {
      sheetName: strings.overTime.trendsSheet,
      ...columnTable("CX_trends", columns, trends.labels.length),
    },
    charts: [
      {
        chartType: "Line",
        firstColumn: 0,
        columnCount: 3,
        title: words.trends,
        categoryAxisTitle: words.label,
        valueAxisTitle: charts.customersAxis,
      },
    ],
  };
}

/** The projection, or the observed cumulative value alone when no model was fitted. */
function cohortValues(overTime: AnalysisOverTime) {
  if (overTime.projection) return overTime.projection;
  const { cohorts, periods } = overTime.cohorts;
  return {
    values: cohorts.map((cohort) => cohortMetric(cohort, "cumulative_value")),
    projectedFrom: Int32Array.from(cohorts, () => periods),
    periods,
  };
}

/** One column per period since acquisition, "Month 0" on, in one format and highlight. */
function periodColumns(
  periods: number,
  words: PeriodWords,
  column: Pick<ResultColumn, "format" | "highlight">,
  value: (row: number, period: number) => number
): ResultColumn[] {
  return Array.from({ length: periods }, (_, period) => ({
    ...column,
    header: words.since(period),
    cell: (row) => value(row, period),
  }));
}

/** The row numbers start .. end − 1. */
function rowRange(start: number, end: number): number[] {
  return Array.from({ length: end - start }, (_, index) => start + index);
}
