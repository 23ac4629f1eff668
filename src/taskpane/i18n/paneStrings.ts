import type { CalendarPeriod } from "../../engine/read/calendarPeriod";
import type { ColumnRole } from "../../engine/read/columnRoles";
import type { SkippedRowReason } from "../../engine/read/skipReasons";
import type { TimeUnit } from "../../engine/read/timeUnit";
import type { ChannelStrings } from "./channelStrings";
import type { CountFormat } from "./counted";
import type { OverTimeStrings } from "./overTimeStrings";
import type { ReasonStrings } from "./reasonStrings";
import type { SqlStrings } from "./sqlStrings";
import type { SubscriptionStrings } from "./subscriptionStrings";

/** The stages a run goes through, each named in the progress bar. */
export type AnalysisStage = "reading" | "summarizing" | "fitting" | "writing";

/** The sheets of an analysis, by a key that stays the same in every language. */
export type AnalysisSheetKey =
  "summary" | "customers" | "segments" | "attribute" | "atRisk" | "model";

/** The KPI rows of the Summary sheet, in the order they are written. */
export type KpiKey =
  | "customers"
  | "orders"
  | "revenue"
  | "averageOrderValue"
  | "purchaseFrequency"
  | "repeatPurchaseRate"
  | "firstDate"
  | "lastDate"
  | "purchasesPerYear"
  | "averageLifespanYears"
  | "simpleClv";

/**
 * Every piece of text the task pane shows or writes on its sheets, in one language: one file per
 * language (en.ts, da.ts, nb.ts, de.ts, nl.ts) holds all of it. Segment names live in the engine
 * (engine/rfm/segmentNames.ts), as CX.RFMSEGMENT writes them too.
 */
export interface PaneStrings {
  /** A subscription table's run and the Subscriptions sheet (subscriptionStrings.ts). */
  subscriptions: SubscriptionStrings;
  /** The Cohorts, Trends and History sheets (overTimeStrings.ts). */
  overTime: OverTimeStrings;
  /** The Data too large for a sheet? section (sqlStrings.ts). */
  sql: SqlStrings;
  /** The engine's reasons, said in this language (reasonStrings.ts, engineReasonText). */
  reasons: ReasonStrings;
  title: string;
  intro: string;
  selection: string;
  noSelection: string;
  /** Several areas are selected (Ctrl+click); the pane reads one range. */
  selectOneRange: string;
  selectionSize: (rows: number, columns: number, format: CountFormat) => string;
  /** After Use selection: the range the run reads (the region around a cell) and its data rows. */
  dataRange: (address: string, rows: number, format: CountFormat) => string;
  /** After Use selection of an Excel table: read by its name at each run, its data rows now. */
  dataTable: (table: string, rows: number, format: CountFormat) => string;
  formulaHint: string;
  errorNoData: string;
  /** A run's chosen Excel table is no longer in the workbook (deleted or renamed). */
  tableGone: (table: string) => string;
  /** A run's chosen Excel table no longer shows its header row. */
  tableHeaderHidden: (table: string) => string;
  /** The selection lies in an Excel table that hides its header row. */
  selectedTableHeaderHidden: (table: string) => string;
  /** Filled rows under a run's chosen Excel table, not its own, were not read. */
  rowsUnderTable: (table: string) => string;
  /** A run's chosen Excel table has other columns than when it was chosen. */
  tableChanged: (table: string) => string;
  /** A transaction log none of whose rows can be used. */
  errorNoValidRows: string;
  /** A customer table none of whose rows can be used. */
  errorNoValidCustomers: string;
  errorUnexpected: (detail: string) => string;
  /** A render error stopped the pane (PaneErrorBoundary); `detail` is the error's message. */
  paneFailed: (detail: string) => string;
  /** The button that starts the pane afresh after such an error. */
  paneRestart: string;
  heading: string;
  analyzeIntro: string;
  useSelection: string;
  layout: string;
  layoutTransactions: string;
  layoutCustomers: string;
  customerTableHint: string;
  timeUnit: string;
  timeUnits: Record<TimeUnit, string>;
  /** The calendar periods' names, as the period options offer them. */
  periods: Record<CalendarPeriod, string>;
  columnRole: (header: string) => string;
  /** A column with a blank header, by its letters ("C"), in the dropdowns. */
  blankColumn: (letters: string) => string;
  /** A column whose header another column of the selection has too, with its letters. */
  duplicateColumn: (header: string, letters: string) => string;
  roles: Record<ColumnRole, string>;
  /** The heading of the collapsed section of options. */
  options: string;
  /** An option's hint naming its default value. */
  defaultValue: (value: string) => string;
  observationEnd: string;
  observationEndHint: string;
  observationEndTableHint: string;
  rfmBins: string;
  rfmMethod: string;
  segmentScheme: string;
  schemeRfmPackage: string;
  schemeAllReachable: string;
  methodQuantile: string;
  methodNtile: string;
  grossMargin: string;
  monthlyDiscountRate: string;
  horizonMonths: string;
  model: string;
  /** Shown under the Model list while the NBD is chosen: what sets it apart. */
  modelNbdHint: string;
  modelNone: string;
  modelBest: string;
  /** The check box that turns the holdout check on. */
  holdoutCheck: string;
  holdoutWeeks: string;
  holdoutWeeksHint: string;
  breakdown: string;
  breakdownNone: string;
  run: string;
  cancel: string;
  stages: Record<AnalysisStage, string>;
  done: (customers: number, sheets: string, format: CountFormat) => string;
  cancelled: string;
  /** A failed run whose own unfinished sheets could not be removed; `sheets` may remain. */
  sheetsNotRemoved: (sheets: string, detail: string) => string;
  /** The new results are complete, but the previous run's `sheets` could not be removed. */
  previousSheetsLeft: (sheets: string, detail: string) => string;
  /** The new results are complete, but some sheets could not take their usual names. */
  sheetsNotRenamed: (detail: string) => string;
  modelFailed: (detail: string) => string;
  /** Why a log without amounts gets no revenue, spend or CLV columns. */
  noAmounts: string;
  /** A customer table without a monetary value column: its run has no spend or CLV. */
  noSpendColumn: string;
  /** The predicted CLV's 90 % intervals on the Customers and Segments sheets, and why none. */
  intervals: {
    low: (months: string) => string;
    high: (months: string) => string;
    totalLow: string;
    totalHigh: string;
    /** The whole customer base's table: its first column's header, its low and high ends. */
    corner: string;
    lowEnd: string;
    highEnd: string;
    /** Its rows: the interval from the parameters' uncertainty, and from the customers' own randomness. */
    parameters: string;
    process: string;
    failed: (detail: string) => string;
  };
  /** Progress while the holdout check fits model `index` of `count` on the calibration. */
  checkingModel: (model: string, index: string, count: string) => string;
  /** The Model sheet's account of the holdout check, with its dates as text. */
  holdoutPeriod: (weeks: string, calibrationEnd: string, observationEnd: string) => string;
  /** How the holdout check picks a model (chooseHoldoutModel). */
  holdoutRule: string;
  holdoutPicked: (model: string) => string;
  /** Which model, fitted on the whole period, gives the predictions. */
  holdoutFinalFit: (model: string) => string;
  holdoutFailed: (detail: string) => string;
  /** The chosen purchase model found no customer leaving, so the NBD (no dropout) predicts instead. */
  modelNoDropout: string;
  needRoles: (roles: string) => string;
  invalidOption: (option: string) => string;
  /** The numbers a number option takes: "a whole number from 2 to 10", "a number from 0 to below 100". */
  allowedNumbers: (range: {
    min: number;
    max: number;
    whole: boolean;
    minExcluded?: boolean;
    maxExcluded?: boolean;
  }) => string;
  /** A number option out of its range, with what it takes (allowedNumbers). */
  invalidNumber: (option: string, allowed: string) => string;
  /** `reasons` is the skipReasons of the reasons that occurred, joined by ", ". */
  skipped: (total: number, reasons: string, format: CountFormat) => string;
  skipReasons: Record<SkippedRowReason, (count: string) => string>;
  /** Orders (rows or order ids) whose amounts net below 0. */
  returns: (orders: number, format: CountFormat) => string;
  /** Rows with an amount of exactly 0, counted as orders. */
  zeroAmounts: (rows: number, format: CountFormat) => string;
  excluded: (rows: number, format: CountFormat) => string;
  returnsOnly: (customers: number, format: CountFormat) => string;
  selectFirstSkipped: string;
  sheetNames: Record<AnalysisSheetKey, string>;
  headers: {
    measure: string;
    definition: string;
    customer: string;
    customers: string;
    orders: string;
    revenue: string;
    averageOrderValue: string;
    firstPurchase: string;
    lastPurchase: string;
    recencyDays: string;
    recencyScore: string;
    frequencyScore: string;
    monetaryScore: string;
    rfmScore: string;
    segment: string;
    probabilityAlive: string;
    expectedPurchases: (months: string) => string;
    expectedSpend: string;
    predictedClv: (months: string) => string;
    customerShare: string;
    revenueShare: string;
    meanRecencyDays: string;
    meanOrders: string;
    meanRevenue: string;
    meanPredictedClv: string;
    totalPredictedClv: string;
    meanHistoricalValue: string;
    meanSimpleClv: string;
    noValue: string;
    valueAtStake: string;
    modelName: string;
    parameter: string;
    value: string;
    standardError: string;
    logLikelihood: string;
    repeatPurchases: string;
    actualCustomers: string;
    expectedCustomers: string;
    bic: string;
    predictedHoldout: string;
    actualHoldout: string;
    errorPercent: string;
    meanAbsoluteError: string;
    rootMeanSquaredError: string;
    fitNote: string;
    /** The holdout table's row of each customer's calibration rate carried forward. */
    baseline: string;
    holdoutCheck: string;
    calibrationRepeatPurchases: string;
    actualMean: string;
    week: string;
    actualCalibration: string;
    actualInHoldout: string;
    gridCorner: string;
  };
  charts: {
    segments: string;
    segmentAxis: string;
    shareAxis: string;
    attribute: string;
    valueAxis: string;
    modelFit: string;
    customersAxis: string;
    conditionalExpectations: string;
    purchasesPerCustomerAxis: string;
    /** `week` is the period the calibration ends in. */
    tracking: (week: string) => string;
    cumulativeAxis: string;
  };
  /** The marketing spend step and the Channels sheet. */
  channels: ChannelStrings;
  /** The Summary sheet's rows: each KPI's label and how it is computed. */
  kpi: Record<KpiKey, { label: string; definition: string }>;
}
