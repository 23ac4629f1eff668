import { MAXIMUM_HOLDOUT_WEEKS } from "../../engine/report/analysisHoldout";
import type { AnalysisModel } from "../../engine/report/customerModels";
import type { AnalysisResultOptions } from "../../engine/report/analysisResult";
import { CALENDAR_PERIODS, type CalendarPeriod } from "../../engine/read/calendarPeriod";
import type { Layout } from "../../engine/read/detectLayout";
import { toDaySerial } from "../../engine/read/excelDate";
import { readNumber } from "../../engine/read/readNumber";
import type { SegmentScheme } from "../../engine/rfm/segmentRules";
import type { TimeUnit } from "../../engine/read/timeUnit";
import { readDocumentSetting, saveDocumentSetting } from "../../excel/documentSettings";

/**
 * The analysis options as the pane's inputs hold them: the numbers as typed, with a decimal
 * comma or point ("0,5" and "0.5" alike, as readNumber reads them), percentages as percentages.
 */
export interface AnalysisOptions {
  /** "YYYY-MM-DD" from the date input; "" for the day after the last date. */
  observationEnd: string;
  rfmBins: string;
  rfmMethod: "quantile" | "ntile";
  segmentScheme: SegmentScheme;
  grossMarginPercent: string;
  monthlyDiscountPercent: string;
  horizonMonths: string;
  model: AnalysisModel;
  /** The selection's column (0 its first) to break CLV down by; NO_BREAKDOWN for none. */
  breakdownColumn: number;
  /** Unit of a customer table's t_x and T. */
  timeUnit: TimeUnit;
  /** Check the models on the last weeks of the data before predicting. */
  holdoutCheck: boolean;
  /** Weeks held out, as typed; "" for the default (the last third, at least 8 weeks). */
  holdoutWeeks: string;
  /**
   * The period cohorts are formed by: a transaction log's cohorts and trends, a subscription
   * table's cohorts and renewals.
   */
  period: CalendarPeriod;
}

/**
 * The breakdown column of no column: CLV is not broken down (a subscription table: by its plan).
 * @example
 * DEFAULT_ANALYSIS_OPTIONS.breakdownColumn === NO_BREAKDOWN // -> true
 */
export const NO_BREAKDOWN = -1;

/**
 * The options before the user changes any: the engine's defaults, as the pane's fields show them.
 * @example
 * DEFAULT_ANALYSIS_OPTIONS.grossMarginPercent // -> "100", the engine's gross margin 1
 */
export const DEFAULT_ANALYSIS_OPTIONS: AnalysisOptions = {
  observationEnd: "",
  rfmBins: "5",
  rfmMethod: "quantile",
  segmentScheme: "rfmPackage",
  grossMarginPercent: "100",
  monthlyDiscountPercent: "1",
  horizonMonths: "12",
  model: "bgnbd+gg",
  breakdownColumn: NO_BREAKDOWN,
  timeUnit: "W",
  holdoutCheck: false,
  holdoutWeeks: "",
  period: "month",
};

/**
 * The options chosen from a list, with their choices in the order the form offers them; a
 * remembered value not among them is replaced by the default.
 * @example
 * OPTION_CHOICES.model // -> ["bgnbd+gg", "mbgnbd+gg", "pnbd+gg", "nbd+gg", "best+gg", "none"]
 */
export const OPTION_CHOICES = {
  rfmMethod: ["quantile", "ntile"],
  segmentScheme: ["rfmPackage", "allReachable"],
  model: ["bgnbd+gg", "mbgnbd+gg", "pnbd+gg", "nbd+gg", "best+gg", "none"],
  timeUnit: ["D", "W", "M"],
  period: CALENDAR_PERIODS,
} as const satisfies { [Key in keyof AnalysisOptions]?: readonly AnalysisOptions[Key][] };

/** The range a number option must lie in, and whether it must be whole. */
export interface NumberRange {
  min: number;
  max: number;
  whole: boolean;
  /** The minimum itself is out. */
  minExcluded?: boolean;
  /** The maximum itself is out. */
  maxExcluded?: boolean;
}

/**
 * The options typed as numbers, each with its range for a transaction log or customer table
 * (numberRange gives a subscription table's).
 * @example
 * NUMBER_RANGES.rfmBins // -> { min: 2, max: 10, whole: true }
 */
export const NUMBER_RANGES = {
  rfmBins: { min: 2, max: 10, whole: true },
  grossMarginPercent: { min: 0, max: 100, whole: false },
  // The engine needs a rate below 1: 100 % is out.
  monthlyDiscountPercent: { min: 0, max: 100, whole: false, maxExcluded: true },
  horizonMonths: { min: 1, max: 1200, whole: true },
} as const satisfies Record<string, NumberRange>;

/** An option typed as a number. */
export type NumberOption = keyof typeof NUMBER_RANGES;

/**
 * Whether an option is one of the number options of NUMBER_RANGES.
 * @example
 * isNumberOption("rfmBins") // -> true
 * isNumberOption("holdoutWeeks") // -> false: its range is HOLDOUT_WEEKS_RANGE
 */
export function isNumberOption(key: string): key is NumberOption {
  return Object.prototype.hasOwnProperty.call(NUMBER_RANGES, key);
}

/** The number options a subscription table's run reads; it has no RFM scores or horizon. */
const SUBSCRIPTION_NUMBER_OPTIONS: readonly NumberOption[] = [
  "grossMarginPercent",
  "monthlyDiscountPercent",
];

/**
 * The range a number option must lie in for a run of `layout`: NUMBER_RANGES, except that a
 * subscription table's monthly discount rate must be above 0, as DERL sums the renewals without
 * end (subscriptionAnalysis: "discount_rate: must be above 0 for DERL to be finite").
 * @example
 * numberRange("monthlyDiscountPercent", "transactions") // -> { min: 0, max: 100, whole: false, maxExcluded: true }
 * numberRange("monthlyDiscountPercent", "subscriptions") // -> { …, minExcluded: true, maxExcluded: true }
 */
export function numberRange(key: NumberOption, layout: Layout): NumberRange {
  const range: NumberRange = NUMBER_RANGES[key];
  return layout === "subscriptions" && key === "monthlyDiscountPercent"
    ? { ...range, minExcluded: true }
    : range;
}

/**
 * The weeks a holdout check may hold out, as the engine accepts them.
 * @example
 * HOLDOUT_WEEKS_RANGE // -> { min: 1, max: 5218, whole: true }
 */
export const HOLDOUT_WEEKS_RANGE: NumberRange = { min: 1, max: MAXIMUM_HOLDOUT_WEEKS, whole: true };

/** Which option was out of range, for the pane to name it. */
export type AnalysisOptionKey = NumberOption | "observationEnd" | "holdoutWeeks" | "model";

/**
 * The number typed, read with either decimal separator (readNumber), when it lies in `range`;
 * NaN otherwise (blank, not a number, or out of range).
 * @example
 * optionNumber("0,5", NUMBER_RANGES.monthlyDiscountPercent) // -> 0.5
 * optionNumber("2,5", NUMBER_RANGES.rfmBins) // -> NaN: not whole
 * optionNumber("", NUMBER_RANGES.grossMarginPercent) // -> NaN
 */
export function optionNumber(text: string, range: NumberRange): number {
  const value = readNumber(text);
  return inRange(value, range) ? value : NaN;
}

/**
 * The options a run of `layout` reads that it cannot run with, in the form's order: an
 * observation end that is no date, a number not in its range (numberRange), the weeks held out
 * (blank is the default) and Best on holdout without the check. A subscription table's run
 * reads only the observation end, gross margin and discount rate: the options the form hides
 * for it never stop it.
 * @example
 * invalidOptions({ ...DEFAULT_ANALYSIS_OPTIONS, rfmBins: "11", monthlyDiscountPercent: "0,5" }, "transactions") // -> ["rfmBins"]
 * invalidOptions({ ...DEFAULT_ANALYSIS_OPTIONS, rfmBins: "11", monthlyDiscountPercent: "0" }, "subscriptions")
 * // -> ["monthlyDiscountPercent"]
 */
export function invalidOptions(options: AnalysisOptions, layout: Layout): AnalysisOptionKey[] {
  const subscriptions = layout === "subscriptions";
  const numbers = subscriptions
    ? SUBSCRIPTION_NUMBER_OPTIONS
    : (Object.keys(NUMBER_RANGES) as NumberOption[]);
  const weeks = options.holdoutWeeks.trim();
  const checks: [AnalysisOptionKey, boolean][] = [
    [
      "observationEnd",
      options.observationEnd !== "" && Number.isNaN(toDaySerial(options.observationEnd)),
    ],
    ...numbers.map((key): [AnalysisOptionKey, boolean] => [
      key,
      Number.isNaN(optionNumber(options[key], numberRange(key, layout))),
    ]),
    [
      "holdoutWeeks",
      !subscriptions &&
        options.holdoutCheck &&
        weeks !== "" &&
        Number.isNaN(optionNumber(weeks, HOLDOUT_WEEKS_RANGE)),
    ],
    ["model", !subscriptions && options.model === "best+gg" && !options.holdoutCheck],
  ];
  return checks.filter(([, invalid]) => invalid).map(([key]) => key);
}

/**
 * The model the Model option defaults to: Best on holdout with the holdout check, else BG/NBD.
 * @example
 * defaultModel(true) // -> "best+gg"
 */
export function defaultModel(holdoutCheck: boolean): AnalysisModel {
  return holdoutCheck ? "best+gg" : DEFAULT_ANALYSIS_OPTIONS.model;
}

/**
 * The Model option once the holdout check is turned on or off: a model left at its default
 * follows the new default, Best on holdout (which needs the check) goes with it, any other
 * choice stays.
 * @example
 * modelWithHoldoutCheck("bgnbd+gg", true) // -> "best+gg"
 * modelWithHoldoutCheck("best+gg", false) // -> "bgnbd+gg"
 * modelWithHoldoutCheck("pnbd+gg", true) // -> "pnbd+gg"
 */
export function modelWithHoldoutCheck(model: AnalysisModel, holdoutCheck: boolean): AnalysisModel {
  return model === defaultModel(!holdoutCheck) ? defaultModel(holdoutCheck) : model;
}

/** The workbook setting that remembers the options between runs and sessions. */
const optionsSetting = "cxCustomerValue.analysisOptions";

/**
 * The options this workbook remembers, the defaults standing in for anything missing, of the
 * wrong type or not among an option's choices; a number option remembered as a number (as
 * versions before the typed text kept them) is its text. Numbers out of range are kept for the
 * user to see; the run checks them (engineOptions).
 * @example
 * rememberedAnalysisOptions() // -> { observationEnd: "", rfmBins: "5", …, model: "bgnbd+gg", breakdownColumn: -1 }
 */
export function rememberedAnalysisOptions(): AnalysisOptions {
  const saved =
    readDocumentSetting<Partial<Record<keyof AnalysisOptions, unknown>>>(optionsSetting);
  const options = { ...DEFAULT_ANALYSIS_OPTIONS };
  if (typeof saved !== "object" || saved === null) return options;
  const choices: Partial<Record<keyof AnalysisOptions, readonly unknown[]>> = OPTION_CHOICES;
  for (const key of Object.keys(options) as (keyof AnalysisOptions)[]) {
    const value =
      key in NUMBER_RANGES && typeof saved[key] === "number" ? String(saved[key]) : saved[key];
    if (typeof value !== typeof options[key]) continue;
    if (choices[key] && !choices[key].includes(value)) continue;
    Object.assign(options, { [key]: value });
  }
  return options;
}

/**
 * Remembers the options in the workbook for the next run.
 * @example
 * await rememberAnalysisOptions({ ...DEFAULT_ANALYSIS_OPTIONS, grossMarginPercent: "40" });
 */
export function rememberAnalysisOptions(options: AnalysisOptions): Promise<void> {
  return saveDocumentSetting(optionsSetting, options);
}

/**
 * The engine's options from the pane's for a run of `layout`, or the key of the first option it
 * cannot run with (invalidOptions): the one check of the options before a run. A subscription
 * table's run gets only the observation end, gross margin and discount rate; a transaction
 * log's also the period of its cohorts and trends, which a customer table has not.
 * @example
 * engineOptions({ ...DEFAULT_ANALYSIS_OPTIONS, grossMarginPercent: "40" }, "transactions")
 * // -> { observationEnd: undefined, grossMargin: 0.4, monthlyDiscountRate: 0.01, rfmBins: 5, rfmMethod: "quantile", segmentScheme: "rfmPackage", horizonMonths: 12, model: "bgnbd+gg", period: "month" }
 * engineOptions({ ...DEFAULT_ANALYSIS_OPTIONS, monthlyDiscountPercent: "0,5", rfmBins: "" }, "subscriptions")
 * // -> { observationEnd: undefined, grossMargin: 1, monthlyDiscountRate: 0.005 }
 * engineOptions({ ...DEFAULT_ANALYSIS_OPTIONS, rfmBins: "11" }, "transactions") // -> "rfmBins"
 * engineOptions({ ...DEFAULT_ANALYSIS_OPTIONS, holdoutCheck: true, holdoutWeeks: "39", model: "best+gg" }, "transactions")
 * // -> { …, model: "best+gg", holdoutWeeks: 39 }; holdoutWeeks "" gives "auto", "0" gives "holdoutWeeks"
 */
export function engineOptions(
  options: AnalysisOptions,
  layout: Layout
): AnalysisResultOptions | AnalysisOptionKey {
  const [invalid] = invalidOptions(options, layout);
  if (invalid) return invalid;
  const number = (key: NumberOption) => readNumber(options[key]);
  const shared = {
    observationEnd: options.observationEnd === "" ? undefined : toDaySerial(options.observationEnd),
    grossMargin: number("grossMarginPercent") / 100,
    monthlyDiscountRate: number("monthlyDiscountPercent") / 100,
  };
  if (layout === "subscriptions") return shared;
  const weeks = options.holdoutWeeks.trim();
  return {
    ...shared,
    rfmBins: number("rfmBins"),
    rfmMethod: options.rfmMethod,
    segmentScheme: options.segmentScheme,
    horizonMonths: number("horizonMonths"),
    model: options.model,
    ...(options.holdoutCheck ? { holdoutWeeks: weeks === "" ? "auto" : readNumber(weeks) } : {}),
    ...(layout === "transactions" && { period: options.period }),
  };
}

/** Whether a number lies in its option's range (NaN, from an empty input, never does). */
function inRange(value: number, range: NumberRange): boolean {
  if (range.whole && !Number.isInteger(value)) return false;
  const aboveMin = range.minExcluded ? value > range.min : value >= range.min;
  return aboveMin && (range.maxExcluded ? value < range.max : value <= range.max);
}
