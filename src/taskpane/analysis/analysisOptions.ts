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

/** The workbook setting that remembers the options between runs and sessions. */
const optionsSetting = "cxCustomerValue.analysisOptions";

/** Which option was out of range, for the pane to name it. */
export type AnalysisOptionKey = Exclude<
  keyof AnalysisOptions,
  "breakdownHeader" | "timeUnit" | "segmentScheme"
>;

/**
 * The options this workbook remembers, each one checked and the defaults for anything missing
 * or malformed.
 * @example
 * rememberedAnalysisOptions() // -> { observationEnd: "", rfmBins: 5, …, model: "bgnbd+gg", breakdownHeader: "" }
 */
export function rememberedAnalysisOptions(): AnalysisOptions {
  const saved =
    readDocumentSetting<Partial<Record<keyof AnalysisOptions, unknown>>>(optionsSetting);
  const options = { ...DEFAULT_ANALYSIS_OPTIONS };
  if (typeof saved !== "object" || saved === null) return options;
  for (const key of Object.keys(options) as (keyof AnalysisOptions)[]) {
    const value = saved[key];
    if (typeof value === typeof options[key]) Object.assign(options, { [key]: value });
  }
  if (!["quantile", "ntile"].includes(options.rfmMethod)) options.rfmMethod = "quantile";
  if (!["bgnbd+gg", "pnbd+gg", "none"].includes(options.model)) options.model = "bgnbd+gg";
  if (!["D", "W", "M"].includes(options.timeUnit)) options.timeUnit = "W";
  if (!["rfmPackage", "allReachable"].includes(options.segmentScheme))
    options.segmentScheme = "rfmPackage";
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
 * The engine's options from the pane's, or the key of the first option out of range.
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
  const whole = (value: number, low: number, high: number) =>
    Number.isInteger(value) && value >= low && value <= high;
  if (!whole(options.rfmBins, 2, 10)) return "rfmBins";
  if (!(options.grossMarginPercent >= 0 && options.grossMarginPercent <= 100))
    return "grossMarginPercent";
  if (!(options.monthlyDiscountPercent >= 0 && options.monthlyDiscountPercent < 100))
    return "monthlyDiscountPercent";
  if (!whole(options.horizonMonths, 1, 1200)) return "horizonMonths";
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
