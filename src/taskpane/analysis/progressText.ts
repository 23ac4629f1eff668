import type { PaneStrings } from "../i18n/paneStrings";
import type { AnalysisProgress } from "./analyzeCustomers";
import { MODEL_NAMES } from "./modelNames";

/**
 * The progress bar's label: the stage, or which of the holdout check's models is being fitted.
 * @example
 * progressText({ stage: "fitting", done: 2, total: 4, checking: "pnbd" }, stringsByLanguage.en, new Intl.NumberFormat("en"))
 * // -> "Checking the model: Pareto/NBD (3 of 4)…"
 * progressText({ stage: "reading", done: 0, total: 10 }, stringsByLanguage.en, number) // -> "Reading rows…"
 */
export function progressText(
  progress: AnalysisProgress,
  strings: PaneStrings,
  number: Intl.NumberFormat
): string {
  if (!progress.checking) return strings.stages[progress.stage];
  return strings.checkingModel(
    MODEL_NAMES[progress.checking],
    number.format(progress.done + 1),
    number.format(progress.total)
  );
}
