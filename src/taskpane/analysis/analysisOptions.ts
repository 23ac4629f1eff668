import type { AnalysisModel } from "../../engine/report/customerModels";
import type { CustomerAnalysisOptions } from "../../engine/report/customerAnalysis";
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
};

/**
 * The options chosen from a list, with their choices in the order the form offers them; a
 * remembered value not among them is replaced by the default.
 * @example
 * OPTION_CHOICES.model // -> ["bgnbd+gg", "pnbd+gg", "none"]
 */
export const OPTION_CHOICES = {
  rfmMethod: ["quantile", "ntile"],
  segmentScheme: ["rfmPackage", "allReachable"],
  model: ["bgnbd+gg", "pnbd+gg", "none"],
  timeUnit: ["D", "W", "M"],
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

/** Which option was out of range, for the pane to name it. */
export type AnalysisOptionKey = NumberOption | "observationEnd";

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
  return {
    observationEnd,
    rfmBins: options.rfmBins,
    rfmMethod: options.rfmMethod,
    segmentScheme: options.segmentScheme,
    grossMargin: options.grossMarginPercent / 100,
    monthlyDiscountRate: options.monthlyDiscountPercent / 100,
    horizonMonths: options.horizonMonths,
    model: options.model,
  };
}

/** Whether a number lies in its option's range (NaN, from an empty input, never does). */
function inRange(value: number, range: NumberRange): boolean {
  if (range.whole && !Number.isInteger(value)) return false;
  return value >= range.min && (range.maxExcluded ? value < range.max : value <= range.max);
}
