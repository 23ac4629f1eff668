import { MAXIMUM_HOLDOUT_WEEKS } from "../../engine/report/analysisHoldout";
import type { AnalysisModel } from "../../engine/report/customerModels";
import type { CustomerAnalysisOptions } from "../../engine/report/customerAnalysis";
import { CALENDAR_PERIODS, type CalendarPeriod } from "../../engine/read/calendarPeriod";
import { toDaySerial } from "../../engine/read/excelDate";
import type { SegmentScheme } from "../../engine/rfm/segmentRules";
import type { TimeUnit } from "../../engine/read/timeUnit";
import { readDocumentSetting, saveDocumentSetting } from "../../excel/documentSettings";

/** The analysis options as the pane's inputs hold them (percentages as the user types them). */
export interface AnalysisOptions {
  /** "YYYY-MM-DD" from the date input; "" for the day after the last date. */
  observationEnd: string;
  rfmBins: number;
  rfmMethod: "quantile" | "ntile";
  segmentScheme: SegmentScheme;
  grossMarginPercent: number;
  monthlyDiscountPercent: number;
  horizonMonths: number;
  model: AnalysisModel;
  /** Header of the column to break CLV down by; "" for none. */
  breakdownHeader: string;
  /** Unit of a customer table's t_x and T. */
  timeUnit: TimeUnit;
  /** Check the models on the last weeks of the data before predicting. */
  holdoutCheck: boolean;
  /** Weeks held out, as typed; "" for the default (the last third, at least 8 weeks). */
  holdoutWeeks: string;
  /** The period a subscription table's cohorts are formed by and renewals counted in. */
  period: CalendarPeriod;
}

/**
 * The options before the user changes any: the engine's defaults, as the pane's fields show them.
 * @example
 * DEFAULT_ANALYSIS_OPTIONS.grossMarginPercent // -> 100, the engine's gross margin 1
 */
export const DEFAULT_ANALYSIS_OPTIONS: AnalysisOptions = {
  observationEnd: "",
  rfmBins: 5,
  rfmMethod: "quantile",
  segmentScheme: "rfmPackage",
  grossMarginPercent: 100,
  monthlyDiscountPercent: 1,
  horizonMonths: 12,
  model: "bgnbd+gg",
  breakdownHeader: "",
  timeUnit: "W",
  holdoutCheck: false,
  holdoutWeeks: "",
  period: "month",
};

/**
 * The options chosen from a list, with their choices in the order the form offers them; a
 * remembered value not among them is replaced by the default.
 * @example
 * OPTION_CHOICES.model // -> ["bgnbd+gg", "pnbd+gg", "best+gg", "none"]
 */
export const OPTION_CHOICES = {
  rfmMethod: ["quantile", "ntile"],
  segmentScheme: ["rfmPackage", "allReachable"],
  model: ["bgnbd+gg", "pnbd+gg", "best+gg", "none"],
  timeUnit: ["D", "W", "M"],
  period: CALENDAR_PERIODS,
} as const satisfies { [Key in keyof AnalysisOptions]?: readonly AnalysisOptions[Key][] };

/** The range a number option must lie in, and whether it must be whole. */
export interface NumberRange {
  min: number;
  max: number;
  whole: boolean;
  /** The maximum itself is out. */
  maxExcluded?: boolean;
}

/**
 * The options typed as numbers, each with its range: engineOptions checks them, the form's
 * inputs take their bounds.
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
 * The weeks a holdout check may hold out, as the engine accepts them.
 * @example
 * HOLDOUT_WEEKS_RANGE // -> { min: 1, max: 5218, whole: true }
 */
export const HOLDOUT_WEEKS_RANGE: NumberRange = { min: 1, max: MAXIMUM_HOLDOUT_WEEKS, whole: true };

/** Which option was out of range, for the pane to name it. */
export type AnalysisOptionKey = NumberOption | "observationEnd" | "holdoutWeeks" | "model";

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
 * wrong type or not among an option's choices. Numbers out of range are kept for the user to
 * see; the run checks them (engineOptions).
 * @example
 * rememberedAnalysisOptions() // -> { observationEnd: "", rfmBins: 5, …, model: "bgnbd+gg", breakdownHeader: "" }
 */
export function rememberedAnalysisOptions(): AnalysisOptions {
  const saved =
    readDocumentSetting<Partial<Record<keyof AnalysisOptions, unknown>>>(optionsSetting);
  const options = { ...DEFAULT_ANALYSIS_OPTIONS };
  if (typeof saved !== "object" || saved === null) return options;
  const choices: Partial<Record<keyof AnalysisOptions, readonly unknown[]>> = OPTION_CHOICES;
  for (const key of Object.keys(options) as (keyof AnalysisOptions)[]) {
    const value = saved[key];
    if (typeof value !== typeof options[key]) continue;
    if (choices[key] && !choices[key].includes(value)) continue;
    Object.assign(options, { [key]: value });
  }
  return options;
}

/**
 * Remembers the options in the workbook for the next run.
 * @example
 * await rememberAnalysisOptions({ ...DEFAULT_ANALYSIS_OPTIONS, grossMarginPercent: 40 });
 */
export function rememberAnalysisOptions(options: AnalysisOptions): Promise<void> {
  return saveDocumentSetting(optionsSetting, options);
}

/**
 * The engine's options from the pane's, or the key of the first option out of range: the one
 * check of the options before a run.
 * @example
 * engineOptions({ ...DEFAULT_ANALYSIS_OPTIONS, grossMarginPercent: 40 })
 * // -> { observationEnd: undefined, rfmBins: 5, rfmMethod: "quantile", segmentScheme: "rfmPackage", grossMargin: 0.4, monthlyDiscountRate: 0.01, horizonMonths: 12, model: "bgnbd+gg" }
 * engineOptions({ ...DEFAULT_ANALYSIS_OPTIONS, rfmBins: 11 }) // -> "rfmBins"
 * engineOptions({ ...DEFAULT_ANALYSIS_OPTIONS, holdoutCheck: true, holdoutWeeks: "39", model: "best+gg" })
 * // -> { …, model: "best+gg", holdoutWeeks: 39 }; holdoutWeeks "" gives "auto", "0" gives "holdoutWeeks"
 */
export function engineOptions(
  options: AnalysisOptions
): CustomerAnalysisOptions | AnalysisOptionKey {
  const observationEnd =
    options.observationEnd === "" ? undefined : toDaySerial(options.observationEnd);
  if (Number.isNaN(observationEnd)) return "observationEnd";
  const outOfRange = (Object.keys(NUMBER_RANGES) as NumberOption[]).find(
    (key) => !inRange(options[key], NUMBER_RANGES[key])
  );
  if (outOfRange) return outOfRange;
  const holdoutWeeks = options.holdoutWeeks.trim() === "" ? "auto" : Number(options.holdoutWeeks);
  if (
    options.holdoutCheck &&
    holdoutWeeks !== "auto" &&
    !inRange(holdoutWeeks, HOLDOUT_WEEKS_RANGE)
  )
    return "holdoutWeeks";
  if (options.model === "best+gg" && !options.holdoutCheck) return "model";
  return {
    observationEnd,
    rfmBins: options.rfmBins,
    rfmMethod: options.rfmMethod,
    segmentScheme: options.segmentScheme,
    grossMargin: options.grossMarginPercent / 100,
    monthlyDiscountRate: options.monthlyDiscountPercent / 100,
    horizonMonths: options.horizonMonths,
    model: options.model,
    ...(options.holdoutCheck ? { holdoutWeeks } : {}),
  };
}

/** Whether a number lies in its option's range (NaN, from an empty input, never does). */
function inRange(value: number, range: NumberRange): boolean {
  if (range.whole && !Number.isInteger(value)) return false;
  return value >= range.min && (range.maxExcluded ? value < range.max : value <= range.max);
}
