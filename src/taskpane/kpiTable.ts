import type { TransactionKpis } from "../engine/report/kpis";
import type { NewSheetTable } from "../excel/writeTable";
import type { KpiKey, Strings } from "./i18n/strings";
import { excelDateFormat } from "./i18n/excelDateFormat";

const countFormat = "#,##0";
const moneyFormat = "#,##0.00";
const ratioFormat = "0.00";
const percentFormat = "0.0%";
const daysPerYear = 365.25;

/**
 * The KPI summary as a three-column table (measure, value, how it is computed) in the
 * user's language, with an Excel number format for every value.
 * @example
 * kpiTable(kpis, stringsByLanguage.en, "en-US").rows[0] // -> ["Customers", 2357, "Distinct customer ids"]
 */
export function kpiTable(kpis: TransactionKpis, strings: Strings, locale: string): NewSheetTable {
  const dateFormat = excelDateFormat(locale);
  const entries: [KpiKey, number, string][] = [
    ["customers", kpis.customers, countFormat],
    ["orders", kpis.orders, countFormat],
    ["revenue", kpis.revenue, moneyFormat],
    ["averageOrderValue", kpis.averageOrderValue, moneyFormat],
    ["purchaseFrequency", kpis.purchaseFrequency, ratioFormat],
    ["repeatPurchaseRate", kpis.repeatPurchaseRate, percentFormat],
    ["firstDate", kpis.firstDate, dateFormat],
    ["lastDate", kpis.lastDate, dateFormat],
    ["purchasesPerYear", kpis.purchasesPerYear, ratioFormat],
    ["averageLifespanYears", kpis.averageLifespanDays / daysPerYear, ratioFormat],
    ["simpleClv", kpis.simpleClv, moneyFormat],
  ];
  return {
    sheetName: strings.sheetName,
    tableName: "CX_Summary",
    header: [strings.headerMeasure, strings.headerValue, strings.headerDefinition],
    rows: entries.map(([key, value]) => [
      strings.kpi[key].label,
      value,
      strings.kpi[key].definition,
    ]),
    cellFormats: entries.map(([, , format]) => ["@", format, "@"]),
  };
}
