// Cohorts and KPIs over time on the bench's million-row log (part of npm run bench): the engine
// steps the pane runs for its Cohorts and Trends sheets, from the typed log. Prints figures.
import { cohortTable } from "../../src/engine/cohorts/cohortTable";
import { logDays } from "../../src/engine/history/customerDays";
import type { TransactionLog } from "../../src/engine/read/transactionLog";
import { kpiTrends } from "../../src/engine/trends/kpiTrends";
import { medianTime } from "./medianTime";
import type { BudgetLine } from "./scaleBudgets";

/** Issue target for cohorts and trends of the million-row log in the engine, in ms. */
const COHORTS_AND_TRENDS_TARGET = 300;

/**
 * The median time of the monthly cohort table and the monthly KPI trends of a log, sharing one
 * grouping as the pane does, and of the grouping alone.
 *
 * @example
 * benchCohortsAndTrends(log, 5)[0].figure; // e.g. 140 (ms)
 */
export function benchCohortsAndTrends(log: TransactionLog, repeats: number): BudgetLine[] {
  const both = medianTime(() => {
    const shared = logDays(log);
    return [cohortTable(log, {}, shared), kpiTrends(log, {}, shared)] as const;
  }, repeats);
  const grouping = medianTime(() => logDays(log), repeats);
  const [table, trends] = both.result;
  return [
    {
      step: "cohorts + trends (monthly), 1M rows",
      figure: both.milliseconds,
      target: COHORTS_AND_TRENDS_TARGET,
      unit: "ms",
      detail: `${table.cohorts.length} cohorts × ${table.periods} months, ${trends.labels.length} month ends; grouping ${grouping.milliseconds.toFixed(1)} ms`,
    },
  ];
}
