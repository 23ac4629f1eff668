import { DAYS_PER_YEAR } from "../../engine/read/timeUnit";
import type { CustomerKpis } from "../../engine/report/kpis";
import type { SheetTable } from "../../excel/sheetTable";
import { excelDateFormat } from "../i18n/excelDateFormat";
import type { KpiKey, PaneStrings } from "../i18n/paneStrings";
import { NUMBER_FORMATS, resultTable, type ResultColumn } from "./resultColumns";

/**
 * The Summary sheet's table: one row per KPI (measure, value, how it is computed) in the user's
 * language, each value with its own number format; a value that is not finite (a customer
 * table's dates) is left blank. Without amounts (revenue NaN, as only a log without amounts has
 * it) the money KPIs are left out: revenue, average order value and simple CLV.
 * @example
 * const table = kpiTable(result.kpis, stringsByLanguage.en, "en-US");
 * table.sheetName // -> "CX Summary"
 * table.rows(0, 1) // -> [["Customers", 2357, "Distinct customer ids"]]
 */
export function kpiTable(kpis: CustomerKpis, strings: PaneStrings, locale: string): SheetTable {
  const { money, count, decimal, share, text } = NUMBER_FORMATS;
  const dateFormat = excelDateFormat(locale);
  const all: [KpiKey, number, string][] = [
    ["customers", kpis.customers, count],
    ["orders", kpis.orders, count],
    ["revenue", kpis.revenue, money],
    ["averageOrderValue", kpis.averageOrderValue, money],
    ["purchaseFrequency", kpis.purchaseFrequency, decimal],
    ["repeatPurchaseRate", kpis.repeatPurchaseRate, share],
    ["firstDate", kpis.firstDate, dateFormat],
    ["lastDate", kpis.lastDate, dateFormat],
    ["purchasesPerYear", kpis.purchasesPerYear, decimal],
    ["averageLifespanYears", kpis.averageLifespanDays / DAYS_PER_YEAR, decimal],
    ["simpleClv", kpis.simpleClv, money],
  ];
  const entries = Number.isNaN(kpis.revenue) ? all.filter(([, , format]) => format !== money) : all;
  const columns: ResultColumn[] = [
    { header: strings.headers.measure, cell: (row) => strings.kpi[entries[row][0]].label },
    { header: strings.headers.value, cell: (row) => entries[row][1] },
    { header: strings.headers.definition, cell: (row) => strings.kpi[entries[row][0]].definition },
  ];
  return {
    ...resultTable(strings, "summary", columns, entries.length),
    // The value column mixes counts, money, shares and dates: a format per cell.
    cellFormats: (start, end) =>
      entries.slice(start, end).map(([, , format]) => [text, format, text]),
  };
}
