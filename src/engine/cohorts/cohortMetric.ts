import { InputError } from "../inputError";
import type { Cohort } from "./cohortTable";

/** What a cohort matrix shows in each cell (cohort × period since acquisition). */
export type CohortMetric =
  | "retention"
  | "retention_or_later"
  | "active"
  | "revenue"
  | "revenue_per_customer"
  | "cumulative_value";

export const COHORT_METRICS: readonly CohortMetric[] = [
  "retention",
  "retention_or_later",
  "active",
  "revenue",
  "revenue_per_customer",
  "cumulative_value",
];

/**
 * One row of a cohort matrix, a number per period the cohort was observed for:
 * - retention: active customers ÷ the cohort's customers (period 0 is 1: every customer buys in it);
 * - retention_or_later: customers active in that period or a later one ÷ customers;
 * - active: customers with a purchase day in the period;
 * - revenue, revenue_per_customer: the period's amounts, in total or ÷ customers;
 * - cumulative_value: revenue per customer up to and including the period, the observed CLV curve.
 *
 * @example
 * // 4 customers, active [4, 2, 1], revenue [100, 40, 20]
 * cohortMetric(cohort, "retention"); // [1, 0.5, 0.25]
 * cohortMetric(cohort, "cumulative_value"); // [25, 35, 40]
 */
export function cohortMetric(cohort: Cohort, metric: CohortMetric): Float64Array {
  const { customers } = cohort;
  switch (metric) {
    case "retention":
      return cohort.active.map((active) => active / customers);
    case "retention_or_later":
      return cohort.activeOrLater.map((active) => active / customers);
    case "active":
      return cohort.active.slice();
    case "revenue":
      return cohort.revenue.slice();
    case "revenue_per_customer":
      return cohort.revenue.map((revenue) => revenue / customers);
    case "cumulative_value": {
      let total = 0;
      return cohort.revenue.map((revenue) => (total += revenue) / customers);
    }
  }
}

/**
 * A metric's name as typed in a cell (any case, spaces or underscores).
 *
 * @throws InputError on `argument` (kind "value") for an unknown name.
 * @example
 * readCohortMetric("Cumulative value", "metric"); // "cumulative_value"
 */
export function readCohortMetric(text: string, argument: string): CohortMetric {
  const wanted = text
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");
  const metric = COHORT_METRICS.find((name) => name === wanted);
  if (metric === undefined) {
    throw new InputError(argument, `must be one of ${COHORT_METRICS.join(", ")}`, "value");
  }
  return metric;
}
