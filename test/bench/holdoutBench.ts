// The pane's holdout check on the bench's million-row log (part of npm run bench): the split and
// the four calibration fits with their holdout predictions, as the worker runs them, timed here
// in Node. Prints figures; a miss is flagged, never failed.
import { customerHistory } from "../../src/engine/history/customerHistory";
import type { TransactionLog } from "../../src/engine/read/transactionLog";
import { analysisHoldout } from "../../src/engine/report/analysisHoldout";
import { medianTime } from "./medianTime";
import type { BudgetLine } from "./scaleBudgets";

/** Issue 12's target for the holdout check with four models on the million-row log's customers, in ms. */
const HOLDOUT_CHECK_TARGET = 3000;

/**
 * The median time of the holdout check of a log as the analysis runs it (analysisHoldout on its
 * default holdout, the last third), with which models fitted on the calibration and which the
 * check picked.
 *
 * @example
 * benchHoldoutCheck(log, 3)[0].figure; // e.g. 2100 (ms)
 */
export function benchHoldoutCheck(log: TransactionLog, repeats: number): BudgetLine[] {
  const history = customerHistory(log, { timeUnit: "W" });
  const timed = medianTime(() => analysisHoldout(log, history, "auto"), repeats);
  const { weeks, check, error } = timed.result;
  const fits = check
    ? check.models
        .map(
          ({ model, fit, error: why }) =>
            `${model} ${fit ? "fitted" : `failed (${why.slice(0, 40)}…)`}`
        )
        .join(", ")
    : error;
  return [
    {
      step: "holdout check, 4 models, 1M rows (Node)",
      figure: timed.milliseconds,
      target: HOLDOUT_CHECK_TARGET,
      unit: "ms",
      detail: `${check?.customers ?? 0} customers, last ${weeks} weeks held out; ${fits}; picked ${check?.chosen ?? "none"}`,
    },
  ];
}
