/**
 * The text of the Cohorts, Trends and History sheets, in one language: a part of PaneStrings
 * (`strings.overTime`), one block in each language's file. Headers the other sheets share
 * (customers, orders, revenue, average order value, predicted CLV) come from `strings.headers`.
 */
export interface OverTimeStrings {
  cohortsSheet: string;
  trendsSheet: string;
  historySheet: string;
  headers: {
    /** The corner of the retention matrix: cohorts down, months since acquisition across. */
    retentionCorner: string;
    /** The corner of the cumulative value per customer matrix, naming how projected cells look. */
    valueCorner: string;
    cohort: string;
    /** A period since acquisition, "Month 3". */
    month: (months: string) => string;
    firstOrderValue: string;
    /** Cumulative value per customer this many months after acquisition. */
    valueAt: (months: string) => string;
    monthsObserved: string;
    /** The trends' period label column. */
    period: string;
    periodEnd: string;
    customersEver: string;
    activeCustomers: (days: string) => string;
    newCustomers: string;
    purchaseFrequency: string;
    repeatRate: string;
    churnRate: string;
    retentionRate: string;
    observationEnd: string;
    /** A segment's share of the customers in a run. */
    segmentShare: (segment: string) => string;
  };
  charts: {
    cohortValue: string;
    monthsAxis: string;
    valueAxis: string;
    trends: string;
    customersAxis: string;
    history: string;
    runAxis: string;
  };
}
