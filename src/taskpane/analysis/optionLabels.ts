import type { Layout } from "../../engine/read/detectLayout";
import type { PaneStrings } from "../i18n/paneStrings";
import { MODEL_NAMES } from "./modelNames";
import {
  HOLDOUT_WEEKS_RANGE,
  isNumberOption,
  numberRange,
  type AnalysisOptionKey,
  type AnalysisOptions,
  type OPTION_CHOICES,
} from "./analysisOptions";

type ChoiceOption = keyof typeof OPTION_CHOICES;

/** The text of each choice of each list option. */
export type ChoiceLabels = {
  [Key in ChoiceOption]: Record<(typeof OPTION_CHOICES)[Key][number], string>;
};

/**
 * The label of every option, as its field shows it and as a message names it.
 * @example
 * optionLabels(stringsByLanguage.en).horizonMonths // -> "Horizon (months)"
 */
export function optionLabels(strings: PaneStrings): Record<keyof AnalysisOptions, string> {
  return {
    observationEnd: strings.observationEnd,
    rfmBins: strings.rfmBins,
    rfmMethod: strings.rfmMethod,
    segmentScheme: strings.segmentScheme,
    grossMarginPercent: strings.grossMargin,
    monthlyDiscountPercent: strings.monthlyDiscountRate,
    horizonMonths: strings.horizonMonths,
    model: strings.model,
    breakdownColumn: strings.breakdown,
    timeUnit: strings.timeUnit,
    holdoutCheck: strings.holdoutCheck,
    holdoutWeeks: strings.holdoutWeeks,
    period: strings.subscriptions.period,
  };
}

/**
 * What the pane says of an option a run of `layout` cannot run with (invalidOptions), under its
 * field and when Run is pressed: that it needs checking, by its label, with the numbers a number
 * option takes; a subscription table's discount rate says why it must be above 0.
 * @example
 * invalidOptionText("grossMarginPercent", "transactions", stringsByLanguage.en) // -> "Check the option “Gross margin %”: a number from 0 to 100."
 * invalidOptionText("observationEnd", "transactions", stringsByLanguage.en) // -> "Check the option “Observation end”."
 * invalidOptionText("monthlyDiscountPercent", "subscriptions", stringsByLanguage.en)
 * // -> "A subscription table needs a monthly discount rate above 0 and below 100 %: …"
 */
export function invalidOptionText(
  key: AnalysisOptionKey,
  layout: Layout,
  strings: PaneStrings
): string {
  if (layout === "subscriptions" && key === "monthlyDiscountPercent") {
    return strings.subscriptions.discountAboveZero;
  }
  const label = optionLabels(strings)[key];
  const range =
    key === "holdoutWeeks"
      ? HOLDOUT_WEEKS_RANGE
      : isNumberOption(key)
        ? numberRange(key, layout)
        : undefined;
  return range
    ? strings.invalidNumber(label, strings.allowedNumbers(range))
    : strings.invalidOption(label);
}

/**
 * The text of every choice of the list options, in the user's language.
 * @example
 * choiceLabels(stringsByLanguage.de).timeUnit.W // -> "Wochen"
 */
export function choiceLabels(strings: PaneStrings): ChoiceLabels {
  return {
    rfmMethod: { quantile: strings.methodQuantile, ntile: strings.methodNtile },
    segmentScheme: {
      rfmPackage: strings.schemeRfmPackage,
      allReachable: strings.schemeAllReachable,
    },
    model: {
      "bgnbd+gg": withSpendModel(MODEL_NAMES.bgnbd),
      "mbgnbd+gg": withSpendModel(MODEL_NAMES.mbgnbd),
      "pnbd+gg": withSpendModel(MODEL_NAMES.pnbd),
      "nbd+gg": withSpendModel(MODEL_NAMES.nbd),
      "best+gg": strings.modelBest,
      none: strings.modelNone,
    },
    timeUnit: strings.timeUnits,
    period: strings.periods,
  };
}

/** A purchase model's entry in the Model list: its name with the spend model's. */
function withSpendModel(purchaseModel: string): string {
  return `${purchaseModel} + ${MODEL_NAMES.gg}`;
}
