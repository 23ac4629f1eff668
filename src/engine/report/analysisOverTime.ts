import { cohortTable, type CohortTable } from "../cohorts/cohortTable";
import { projectedCohortValue, type CohortValueProjection } from "../cohorts/projectedCohortValue";
import { logDays } from "../history/customerDays";
import { fittedPurchaseModel } from "../models/purchaseModel";
import type { TransactionLog } from "../read/transactionLog";
import { kpiTrends, type KpiTrends } from "../trends/kpiTrends";
import type { CustomerAnalysis } from "./customerAnalysis";

/** Months the cumulative value per customer is projected to, at the least. */
export const PROJECTED_MONTHS = 24;

/** Months projected past the widest cohort, so that even the oldest cohort reads on a year. */
const MONTHS_PAST_WIDEST = 12;

/** A transaction log's time dimension: its monthly cohorts, its KPIs at every month end, and the value ahead. */
export interface AnalysisOverTime {
  /** By month of first purchase, split by the log's attribute when it has one. */
  readonly cohorts: CohortTable;
  /** The KPIs at every month end (90-day active window). */
  readonly trends: KpiTrends;
  /**
   * Each cohort's cumulative value per customer over max(24, widest cohort + 12) months,
   * observed then projected; undefined when the purchase or the spend model is missing.
   */
  readonly projection: CohortValueProjection | undefined;
}

/**
 * The cohorts, trends and projected cohort value of the log the analysis came from, to the
 * observation end the user gave (`givenEnd`, else the last date) and over one grouping of its
 * rows (logDays): cohorts by month (split by the attribute the user picked, when the log
 * carries one), trends by month end, and the projection from the analysis's fitted purchase
 * model (in weeks, as its history) and each customer's expected spend per purchase.
 *
 * @throws InputError as logDays does.
 *
 * @example
 * const customers = customerAnalysis(log);
 * const overTime = analysisOverTime(log, customers); // CDNOW: cohorts 1997-01 … 1997-03, 18 months
 * overTime.projection?.periods; // 30: 18 observed months + 12
 */
export function analysisOverTime(
  log: TransactionLog,
  customers: CustomerAnalysis,
  givenEnd?: number
): AnalysisOverTime {
  // The user's end, to which the periods run; without one they stop at the last date, as the
  // history's own end, the day after it, would open an empty period.
  const shared = logDays(log, givenEnd);
  const cohorts = cohortTable(
    log,
    { period: "month", observationEnd: givenEnd, byAttribute: log.attribute !== undefined },
    shared
  );
  const trends = kpiTrends(log, { period: "month", observationEnd: givenEnd }, shared);
  const { transaction, spend } = customers.models;
  const projection =
    transaction && spend
      ? projectedCohortValue(
          cohorts,
          customers,
          fittedPurchaseModel(transaction),
          customers.expectedSpend,
          Math.max(PROJECTED_MONTHS, cohorts.periods + MONTHS_PAST_WIDEST)
        )
      : undefined;
  return { cohorts, trends, projection };
}
