import { readCalendarPeriod } from "../engine/read/calendarPeriod";
import { cohortMetric, readCohortMetric } from "../engine/cohorts/cohortMetric";
import { cohortTable, type CohortTable } from "../engine/cohorts/cohortTable";
import type { CohortMetric } from "../engine/cohorts/cohortMetric";
import { readDateCell } from "./dateCell";
import { toExcelError } from "./excelError";
import { readSingleCell } from "./singleCell";
import { readTransactionLogColumns } from "./transactionLogColumns";
import { previewPlaceholder, PreviewSkipped } from "./valuePreview";

/**
 * Cohorts of a transaction log, with a header row: one row per cohort (the month, week,
 * quarter or year of the customers' first purchase), its customers, then one column per period
 * since acquisition (0, 1, 2, …), blank where the cohort has not been observed that long. A
 * customer is active in a period with a purchase day in it (a day whose amounts net to 0 or more,
 * as CX.SUMMARY counts them); revenue counts every amount, returns included. While the formula is typed, Excel's preview skips logs of more than 2 000 rows.
 * @customfunction COHORTS
 * @param customerIds Customer id of each transaction, text or number: a table column such as Table1[Customer] or a range. Excel on the web takes about 180 000 rows (Windows and Mac: 1 048 576); larger logs: the task pane.
 * @param dates Date of each transaction: an Excel date or YYYY-MM-DD text, as tall as customer_ids.
 * @param amounts Value of each transaction, as tall as customer_ids.
 * @param [period] "month" (default), "week" (Monday to Sunday), "quarter" or "year".
 * @param [metric] "retention" (default: active customers ÷ the cohort's customers), "retention_or_later" (active in that period or later), "active", "revenue", "revenue_per_customer" or "cumulative_value" (revenue per customer to date: the observed CLV curve).
 * @param [observationEnd] Last date observed; later transactions are left out. Default: the last date.
 * @returns cohort, customers, then the metric per period since acquisition; cohorts as "2024-03", "2024-Q1", "2024" or a week's Monday "2024-03-11".
 * @example
 * =CX.COHORTS(A2:A7000, B2:B7000, C2:C7000) → 1997-01 | 781 | 1 | 0.16 | …
 */
export function cohorts(
  customerIds: unknown[][],
  dates: unknown[][],
  amounts: unknown[][],
  period?: unknown,
  metric?: unknown,
  observationEnd?: unknown,
  invocation?: CustomFunctions.Invocation
): unknown[][] {
  try {
    const log = readTransactionLogColumns(customerIds, dates, amounts, undefined, invocation);
    const metricCell = readSingleCell(metric, "metric");
    const table = cohortTable(log, {
      period: readCalendarPeriod(readSingleCell(period, "period"), "period"),
      observationEnd: readDateCell(observationEnd, "observation_end"),
    });
    const shown =
      metricCell === undefined ? "retention" : readCohortMetric(String(metricCell), "metric");
    return cohortCells(table, shown);
  } catch (error) {
    if (error instanceof PreviewSkipped) return previewPlaceholder(error);
    throw toExcelError(error);
  }
}

/** The header row and a row per cohort, blank past each cohort's observed periods. */
function cohortCells(table: CohortTable, metric: CohortMetric): unknown[][] {
  const header = ["cohort", "customers", ...Array.from({ length: table.periods }, (_, k) => k)];
  return [
    header,
    ...table.cohorts.map((cohort) => {
      const values = cohortMetric(cohort, metric);
      const row: unknown[] = new Array(table.periods + 2).fill("");
      row[0] = cohort.label;
      row[1] = cohort.customers;
      values.forEach((value, period) => (row[period + 2] = value));
      return row;
    }),
  ];
}
