import type { Language } from "../../engine/language";
import { daySerialToIso } from "../../engine/read/excelDate";
import type { AnalysisResult } from "../../engine/report/analysisResult";
import { SEGMENT_KEYS } from "../../engine/rfm/customerSegments";
import { SEGMENT_NAMES } from "../../engine/rfm/segmentNames";
import type { SheetTable } from "../../excel/sheetTable";
import type { TableChart } from "../../excel/tableChart";
import type { PaneStrings } from "../i18n/paneStrings";
import { columnTable, NUMBER_FORMATS, type ResultColumn } from "./resultColumns";

const { money: MONEY, count: COUNT, share: SHARE, text: TEXT } = NUMBER_FORMATS;

/** This run's row of the History sheet and the chart over the sheet's rows. */
export interface HistoryRow {
  table: SheetTable;
  chart: TableChart;
}

/**
 * The row a run adds to the History sheet (appendHistoryRow): the observation end (as ISO text,
 * the chart's categories, since a chart plots a column of numbers as a series), the mean and
 * total predicted CLV, the customers, and each segment's share of them, every segment in the
 * table's order so that rows of runs line up; with a line chart of the mean predicted CLV.
 * @example
 * const { table } = historyRow(result, stringsByLanguage.en, "en");
 * table.header.slice(0, 4); // ["Observation end", "Mean predicted CLV", "Total predicted CLV", "Customers"]
 * table.rows(0, 1)[0][0]; // "1998-07-01"
 */
export function historyRow(
  result: AnalysisResult,
  strings: PaneStrings,
  language: Language
): HistoryRow {
  const { headers, charts } = strings.overTime;
  const customers = result.customers.customerIds.length;
  // NaN when no model predicted a CLV, so the cells stay blank rather than read 0.
  let total = NaN;
  for (const value of result.customers.predictedClv) {
    if (Number.isFinite(value)) total = (Number.isNaN(total) ? 0 : total) + value;
  }
  const observationEnd = result.customers.observationEnd;
  const share = new Map(result.segments.map((row) => [row.segment, row.customerShare]));
  const columns: ResultColumn[] = [
    {
      header: headers.observationEnd,
      format: TEXT,
      cell: () => (Number.isFinite(observationEnd) ? daySerialToIso(observationEnd) : ""),
    },
    { header: strings.headers.meanPredictedClv, format: MONEY, cell: () => total / customers },
    { header: strings.headers.totalPredictedClv, format: MONEY, cell: () => total },
    { header: strings.headers.customers, format: COUNT, cell: () => customers },
    ...SEGMENT_KEYS.map((segment): ResultColumn => ({
      header: headers.segmentShare(SEGMENT_NAMES[segment][language]),
      format: SHARE,
      cell: () => share.get(segment) ?? 0,
    })),
  ];
  return {
    table: { sheetName: strings.overTime.historySheet, ...columnTable("CX_history", columns, 1) },
    chart: {
      chartType: "LineMarkers",
      firstColumn: 0,
      columnCount: 2,
      title: charts.history,
      categoryAxisTitle: charts.runAxis,
      valueAxisTitle: strings.headers.meanPredictedClv,
    },
  };
}
