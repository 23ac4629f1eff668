import type { CustomerHistory } from "../history/customerHistory";
import type { FittedPurchaseModel } from "../models/purchaseModel";
import { daysPerTimeUnit } from "../read/timeUnit";
import { periodIndex, periodStart } from "../read/calendarPeriod";
import { cohortMetric } from "./cohortMetric";
import type { CohortTable } from "./cohortTable";

/** Each cohort's cumulative value per customer, observed and then projected, to one width. */
export interface CohortValueProjection {
  /** Per cohort, one value per period since acquisition 0 .. periods − 1. */
  readonly values: readonly Float64Array[];
  /** Per cohort, the first period that is projected (the periods it was observed for). */
  readonly projectedFrom: Int32Array;
  readonly periods: number;
}

/**
 * The cumulative value per customer of each cohort over `periods` periods since acquisition:
 * observed for the periods the cohort was observed for, then projected from the fitted models —
 * the observed value to date plus, per customer of the cohort, the purchases the purchase model
 * expects from the end of observation to the end of the period, times the customer's expected
 * spend per purchase, averaged over the cohort's customers. Not discounted, as the observed
 * revenue is not.
 *
 * @param history The customer history the models were fitted on, its customers those of
 * table.customerCohort, observed to the table's last day.
 * @param spendPerPurchase Each customer's expected spend per purchase (e.g. Gamma-Gamma's
 * conditional expectation), aligned with the history.
 *
 * @example
 * const projection = projectedCohortValue(table, history, fittedPurchaseModel(fit), spend, 24);
 * projection.values[0]; // months 0 .. 17 observed, 18 .. 23 projected for a cohort observed 18 months
 * projection.projectedFrom[0]; // 18
 */
export function projectedCohortValue(
  table: CohortTable,
  history: CustomerHistory,
  model: FittedPurchaseModel,
  spendPerPurchase: Float64Array,
  periods: number
): CohortValueProjection {
  const unit = daysPerTimeUnit(history.timeUnit);
  const projectedFrom = Int32Array.from(table.cohorts, (cohort) => cohort.revenue.length);
  // Per cohort, time from the end of observation to the end of each projected period.
  const horizons = table.cohorts.map((cohort, index) => {
    const first = periodIndex(cohort.start, table.period);
    return Float64Array.from(
      { length: Math.max(0, periods - projectedFrom[index]) },
      (_, ahead) =>
        (periodStart(first + projectedFrom[index] + ahead + 1, table.period) -
          history.observationEnd) /
        unit
    );
  });
  const future = horizons.map((times) => new Float64Array(times.length));
  for (let customer = 0; customer < history.customerIds.length; customer++) {
    const cohort = table.customerCohort[customer];
    const times = horizons[cohort];
    for (let ahead = 0; ahead < times.length; ahead++) {
      const purchases = model.conditionalExpectedPurchases(
        Math.max(0, times[ahead]),
        history.x[customer],
        history.tx[customer],
        history.T[customer]
      );
      future[cohort][ahead] += purchases * spendPerPurchase[customer];
    }
  }
  const values = table.cohorts.map((cohort, index) => {
    const row = new Float64Array(periods);
    const observed = cohortMetric(cohort, "cumulative_value");
    row.set(observed.subarray(0, Math.min(periods, observed.length)));
    const toDate = observed[observed.length - 1];
    future[index].forEach((value, ahead) => {
      row[projectedFrom[index] + ahead] = toDate + value / cohort.customers;
    });
    return row;
  });
  return { values, projectedFrom, periods };
}
