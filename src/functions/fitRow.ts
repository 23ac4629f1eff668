import { InputError } from "../engine/inputError";
import type { ModelFit } from "../engine/models/modelFit";
import { ModelFitError } from "../engine/models/modelFitError";
import { toExcelError } from "./excelError";
import { LOG_LIKELIHOOD_LABEL } from "./parameterRow";
import { readSingleCell } from "./singleCell";
import { previewPlaceholder, PreviewSkipped } from "./valuePreview";

/**
 * The body of a FIT custom function: runs the fit and spills one row, the parameters in the
 * order of `symbols` and then the log-likelihood, with the labels (the symbols and LL) in a row
 * above when `labels` is TRUE. A model that cannot be fitted is #N/A with the engine's reason
 * and `advice` on what to check; any other failure is thrown as its CustomFunctions.Error. A fit
 * that skips the formula value preview (skipLargePreview) spills the preview's placeholder.
 *
 * @param fit Reads the arguments and fits the model (throws InputError for bad input, and
 *   PreviewSkipped from skipLargePreview before a long fit).
 * @param symbols The parameters to spill, in order.
 * @param labels The FIT function's [labels] argument: TRUE/1 for a label row; blank or FALSE for none.
 * @param advice What the user should check when the fit fails, e.g. "check that … are in the same time unit".
 *
 * @example
 * fitRow(() => fitSbg(Float64Array.of(1000, 631, 468, 382, 326, 289, 262, 241)), ["alpha", "beta"], true, "…");
 * // [["alpha", "beta", "LL"], [0.704, 1.182, −1611.2]] (rounded)
 */
export function fitRow<Name extends string>(
  fit: () => ModelFit<Record<Name, number>>,
  symbols: readonly Name[],
  labels: unknown,
  advice: string
): unknown[][] {
  try {
    const withLabels = readLabelsFlag(labels);
    const result = withFitAdvice(fit, advice);
    const row = [...symbols.map((symbol) => result.params[symbol]), result.logLikelihood];
    return withLabels ? [[...symbols, LOG_LIKELIHOOD_LABEL], row] : [row];
  } catch (error) {
    if (error instanceof PreviewSkipped) return previewPlaceholder(error);
    throw toExcelError(error);
  }
}

/** The [labels] flag: TRUE/FALSE, or a number (non-zero is TRUE); blank or omitted is FALSE. */
function readLabelsFlag(argument: unknown): boolean {
  const cell = readSingleCell(argument, "labels");
  if (cell === undefined) return false;
  if (typeof cell === "boolean") return cell;
  if (typeof cell === "number" && Number.isFinite(cell)) return cell !== 0;
  throw new InputError("labels", "must be TRUE or FALSE", "value");
}

/**
 * The fit, with `advice` added to the reason when the model cannot be fitted (a ModelFitError).
 * Other errors, such as "needs at least one customer", speak for themselves, and so does a
 * "no-dropout" failure, whose reason already says what would help.
 */
function withFitAdvice<Fit>(fit: () => Fit, advice: string): Fit {
  try {
    return fit();
  } catch (error) {
    if (error instanceof ModelFitError && error.failure !== "no-dropout") {
      throw new ModelFitError(error.argument, error.failure, `${error.reason}; ${advice}`);
    }
    throw error;
  }
}
