import type { CountFormat } from "./counted";

/**
 * The text of the pane's subscription run and of the CX Subscriptions sheet, in one language: a
 * part of PaneStrings (`strings.subscriptions`), one block in each language's file.
 */
export interface SubscriptionStrings {
  /** The layout chooser's name of a subscription table. */
  layout: string;
  /** Under the layout chooser: what a subscription table holds and gives. */
  hint: string;
  /** The option of the period cohorts are formed by and renewals counted in. */
  period: string;
  /** Under the observation end: what an empty one means for a subscription table. */
  observationEndHint: string;
  /** The column to split by when none is chosen: the plan column. */
  byPlan: string;
  /** The outcome's first sentence: subscriptions and the sheets written. */
  done: (subscriptions: number, sheets: string, format: CountFormat) => string;
  sheetName: string;
  /** Subscriptions read, cohorts, and those active at the observation end. */
  outcome: (subscriptions: number, cohorts: number, active: number, format: CountFormat) => string;
  /** Rows left out as unreadable or ending before they start. */
  skipped: (rows: number, format: CountFormat) => string;
  /**
   * Why a monthly discount rate of 0 (or 100 % and more) cannot value a subscription table:
   * DERL sums the renewals without end.
   */
  discountAboveZero: string;
  /** The group of every subscription. */
  all: string;
  /**
   * The note of a fit with α ≤ 1, whose expected lifetime (the sBG's mean) is infinite: why its
   * cell is blank, and what to compare instead.
   */
  unboundedLifetime: string;
  headers: {
    account: string;
    group: string;
    cohort: string;
    subscribers: string;
    active: string;
    alpha: string;
    beta: string;
    expectedLifetime: string;
    expectedRemaining: string;
    newSubscriberDerl: string;
    note: string;
    period: string;
    observed: (group: string) => string;
    fitted: (group: string) => string;
    customer: string;
    renewals: string;
    fee: string;
    derl: string;
    clv: string;
  };
  chartTitle: string;
  survivalAxis: string;
  periodAxis: string;
}
