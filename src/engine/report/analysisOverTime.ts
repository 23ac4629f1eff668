import { cohortTable, type CohortTable } from "../cohorts/cohortTable";
import { projectedCohortValue, type CohortValueProjection } from "../cohorts/projectedCohortValue";
import { logDays } from "../history/customerDays";
import { fittedPurchaseModel } from "../models/purchaseModel";
import type { CalendarPeriod } from "../read/calendarPeriod";
import type { TransactionLog } from "../read/transactionLog";
import { kpiTrends, type KpiTrends } from "../trends/kpiTrends";
import type { CustomerAnalysis } from "./customerAnalysis";

/**
 * Whole periods in a year, as the projection counts them: it runs two years at the least, and
 * a year past the widest cohort, so that even the oldest cohort reads on a year (52 weeks).
 */
const PERIODS_PER_YEAR: Record<CalendarPeriod, number> = {
  week: 52,
  month: 12,
  quarter: 4,
  year: 1,
};

/**
 * The periods the cumulative value per customer is projected over: two years at the least, and
 * a year past the widest cohort.
 * @example
 * projectedPeriods("month", 18); // 30: 18 observed months + 12
 * projectedPeriods("quarter", 3); // 8: two years
 */
export function projectedPeriods(period: CalendarPeriod, widestCohort: number): number {
  const year = PERIODS_PER_YEAR[period];
  return Math.max(2 * year, widestCohort + year);
}

/** A transaction log's time dimension: its cohorts, its KPIs at every period end, and the value ahead. */
export interface AnalysisOverTime {
  /** By period of first purchase, split by the log's attribute when it has one. */
  readonly cohorts: CohortTable;
  /** The KPIs at every period end (90-day active window), in the cohorts' period. */
  readonly trends: KpiTrends;
  /**
   * Each cohort's cumulative value per customer over projectedPeriods periods, observed then
   * projected; undefined when the purchase or the spend model is missing.
   */
  readonly projection: CohortValueProjection | undefined;
}

/**
 * The cohorts, trends and projected cohort value of the log the analysis came from, to the
 * observation end the user gave (`givenEnd`, else the last date) and over one grouping of its
 * rows (logDays): cohorts by `period` (a month unless given; split by the attribute the user
 * picked, when the log carries one), trends by the period's end, and the projection from the
 * analysis's fitted purchase model (in weeks, as its history) and each customer's expected
 * spend per purchase.
 *
 * @throws InputError as logDays does.
 *
 * @example
 * const customers = customerAnalysis(log);
 * const overTime = analysisOverTime(log, customers); // CDNOW: cohorts 1997-01 … 1997-03, 18 months
 * overTime.projection?.periods; // 30: 18 observed months + 12
 * analysisOverTime(log, customers, undefined, "quarter").cohorts.periods; // 6: 1997-Q1 … 1998-Q2
 */
export function analysisOverTime(
  log: TransactionLog,
  customers: CustomerAnalysis,
  givenEnd?: number,
  period: CalendarPeriod = "month"
): AnalysisOverTime {
  // The user's end, to which the periods run; without one they stop at the last date, as the
  // history's own end, the day after it, would open an empty period.
  const shared = logDays(log, givenEnd);
  const cohorts = cohortTable(
    log,
    { period, observationEnd: givenEnd, byAttribute: log.attribute !== undefined },
    shared
  );
  const trends = kpiTrends(log, { period, observationEnd: givenEnd }, shared);
  const { transaction, spend } = customers.models;
  const projection =
    transaction && spend
      ? projectedCohortValue(
          cohorts,
          customers,
          fittedPurchaseModel(transaction),
          customers.expectedSpend,
          projectedPeriods(period, cohorts.periods)
        )
      : undefined;
  return { cohorts, trends, projection };
}
