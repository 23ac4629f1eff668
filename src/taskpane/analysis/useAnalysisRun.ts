import { useRef, useState } from "react";
import type { ColumnRole } from "../../engine/read/columnRoles";
import type { ChannelSpend } from "../../engine/report/analysisChannels";
import type { Layout } from "../../engine/read/detectLayout";
import type { Language } from "../../engine/language";
import { messageOf, SheetsNotRemoved } from "../../excel/sheetRollback";
import type { PaneStrings } from "../i18n/paneStrings";
import {
  engineOptions,
  NO_BREAKDOWN,
  rememberAnalysisOptions,
  type AnalysisOptions,
} from "./analysisOptions";
import {
  analyzeCustomers,
  type AnalysisOutcome,
  type AnalysisProgress,
  type SelectedData,
} from "./analyzeCustomers";
import { AnalysisFailed, analyzeInWorker, subscriptionsInWorker } from "./analyzeInWorker";
import { engineReasonText } from "./engineReasonText";
import { analyzeSubscriptionTable, type SubscriptionOutcome } from "./analyzeSubscriptions";
import { invalidOptionText } from "./optionLabels";
import { PaneMessageError } from "./paneMessageError";
import { breakdownColumns, rolesForLayout } from "./roleChoices";
import { channelColumn } from "./spendSelection";

/** Where the run is: nothing yet, running with its progress, finished with its outcome, or failed with a message. */
export type RunState =
  | { kind: "idle" }
  | { kind: "running"; progress: AnalysisProgress }
  | { kind: "finished"; outcome: AnalysisOutcome | SubscriptionOutcome }
  | { kind: "failed"; message: string };

/** What to analyze: the data read from the selection, as the user set up its reading. */
export interface RunRequest {
  data: SelectedData;
  layout: Layout;
  roles: readonly ColumnRole[];
  options: AnalysisOptions;
  /** Reads the marketing spend table, when the user gave one (a log's Channels sheet). */
  spend?: () => Promise<ChannelSpend | undefined>;
}

/** The run's state and what the pane can do with it. */
export interface AnalysisRunControls {
  state: RunState;
  running: boolean;
  /** Checks the options, remembers them, and runs the analysis on the worker. */
  start: (request: RunRequest) => Promise<void>;
  /** Stops the run: the worker is terminated and nothing is written. */
  cancel: () => void;
  /**
   * Shows an error: a PaneMessageError's message as it is, the engine's in the user's language
   * where the pane knows it (engineReasonText), sheets a failed run
   * could not remove by name, anything else as unexpected.
   */
  fail: (error: unknown) => void;
  /** Back to idle, clearing the last outcome. */
  reset: () => void;
}

/**
 * The analysis run of the pane as a state machine, idle → running → finished or failed (and
 * back to running on the next Run): the options checked once, the engine on a Web Worker, and
 * Cancel through an AbortController.
 * @example
 * const run = useAnalysisRun(stringsByLanguage.da, "da", "da-DK");
 * <Button onClick={() => run.start({ data, layout, roles, options })} disabled={run.running} />
 * {run.running && <Button onClick={run.cancel} />}
 */
export function useAnalysisRun(
  strings: PaneStrings,
  language: Language,
  locale: string
): AnalysisRunControls {
  const [state, setState] = useState<RunState>({ kind: "idle" });
  const abort = useRef<AbortController | null>(null);

  const fail = (error: unknown) =>
    setState({
      kind: "failed",
      message:
        error instanceof PaneMessageError
          ? error.message
          : error instanceof AnalysisFailed
            ? engineReasonText(error.message, strings.reasons, new Intl.NumberFormat(locale).format)
            : error instanceof SheetsNotRemoved
              ? strings.sheetsNotRemoved(error.sheetNames.join(", "), messageOf(error.cause))
              : strings.errorUnexpected(messageOf(error)),
    });

  const start = async ({ data, layout, roles, options, spend: readSpend }: RunRequest) => {
    const checked = engineOptions(options, layout);
    if (typeof checked === "string") {
      fail(new PaneMessageError(invalidOptionText(checked, layout, strings)));
      return;
    }
    const controller = new AbortController();
    abort.current = controller;
    setState({ kind: "running", progress: { stage: "reading", done: 0, total: 0 } });
    try {
      await rememberAnalysisOptions(options);
      const layoutRoles = rolesForLayout(roles, layout);
      // The column the form shows chosen: one with a breakdown role, else none (as the form says).
      const breakdownColumn = breakdownColumns(layoutRoles).includes(options.breakdownColumn)
        ? options.breakdownColumn
        : NO_BREAKDOWN;
      const onProgress = (progress: AnalysisProgress) => setState({ kind: "running", progress });
      if (layout === "subscriptions") {
        const outcome = await analyzeSubscriptionTable({
          data,
          roles: layoutRoles,
          breakdownColumn,
          period: options.period,
          observationEnd: checked.observationEnd,
          grossMargin: checked.grossMargin ?? 1,
          monthlyDiscountRate: checked.monthlyDiscountRate ?? 0,
          strings,
          locale,
          runEngine: subscriptionsInWorker,
          signal: controller.signal,
          onProgress,
        });
        setState({ kind: "finished", outcome });
        return;
      }
      const spend = layout === "transactions" ? await readSpend?.() : undefined;
      const channel = spend ? channelColumn(layoutRoles, breakdownColumn) : breakdownColumn;
      if (channel < 0 && spend) throw new PaneMessageError(strings.channels.needChannel);
      const outcome = await analyzeCustomers({
        data,
        layout,
        roles: layoutRoles,
        timeUnit: options.timeUnit,
        breakdownColumn: channel,
        spend,
        options: checked,
        strings,
        language,
        locale,
        runEngine: analyzeInWorker,
        signal: controller.signal,
        onProgress,
      });
      setState({ kind: "finished", outcome });
    } catch (error) {
      fail(error);
    } finally {
      abort.current = null;
    }
  };

  return {
    state,
    running: state.kind === "running",
    start,
    cancel: () => abort.current?.abort(),
    fail,
    reset: () => setState({ kind: "idle" }),
  };
}
