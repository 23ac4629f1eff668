import type { CalendarPeriod } from "../../engine/read/calendarPeriod";

/** The words of the Cohorts and Trends sheets that name the calendar period they are counted in. */
export interface PeriodWords {
  /** The corner of the retention matrix: cohorts down, periods since acquisition across. */
  retentionCorner: string;
  /** A period since acquisition, "Month 3". */
  since: (count: number) => string;
  /** Cumulative value per customer this many periods after acquisition, "Value at 6 months". */
  valueAt: (count: number) => string;
  /** The periods a cohort was observed for. */
  observed: string;
  /** The trends' period label column (a week's label is its Monday). */
  label: string;
  /** The trends' column of each period's last day. */
  end: string;
  /** The value chart's category axis: periods since the first purchase. */
  sinceAxis: string;
  /** The trends chart's title: active and new customers by period. */
  trends: string;
}

/**
 * The text of the Cohorts, Trends and History sheets, in one language: a part of PaneStrings
 * (`strings.overTime`), one block in each language's file. Headers the other sheets share
 * (customers, orders, revenue, average order value, predicted CLV) come from `strings.headers`.
 */
export interface OverTimeStrings {
  cohortsSheet: string;
  trendsSheet: string;
  historySheet: string;
  /** The option of the period a log's cohorts are formed by and its trends counted in. */
  period: string;
  /** The words of each period the user can choose: `byPeriod.quarter.since(2)` is "Quarter 2". */
  byPeriod: Record<CalendarPeriod, PeriodWords>;
  headers: {
    /** The corner of the cumulative value per customer matrix, naming how projected cells look. */
    valueCorner: string;
    cohort: string;
    firstOrderValue: string;
    customersEver: string;
    activeCustomers: (days: string) => string;
    newCustomers: string;
    purchaseFrequency: string;
    repeatRate: string;
    /** Customers to date without a purchase in the active window (of `days`) at the end: not 1 − the retention rate. */
    churnRate: (days: string) => string;
    /** Of the customers active at the previous period's end, the share still active at this one. */
    retentionRate: string;
    observationEnd: string;
    /** A segment's share of the customers in a run. */
    segmentShare: (segment: string) => string;
  };
  charts: {
    cohortValue: string;
    valueAxis: string;
    customersAxis: string;
    history: string;
    runAxis: string;
  };
}
