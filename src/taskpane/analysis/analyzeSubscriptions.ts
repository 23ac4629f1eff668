import type { ColumnRole } from "../../engine/read/columnRoles";
import type { CalendarPeriod } from "../../engine/read/calendarPeriod";
import { subscriptionColumnsOfRoles } from "../../engine/read/subscriptionColumns";
import type { SubscriptionReport } from "../../engine/report/subscriptionReport";
import { periodDiscountRate } from "../../engine/subscriptions/periodDiscountRate";
import type { SubscriptionOptions } from "../../engine/subscriptions/subscriptionAnalysis";
import {
  subscriptionCellsOf,
  type SubscriptionCells,
} from "../../engine/subscriptions/subscriptionRows";
import type { SheetCell } from "../../excel/selectCell";
import { writeOutputSheets, type UnfinishedReplacement } from "../../excel/writeSheets";
import type { PaneStrings } from "../i18n/paneStrings";
import { sheetCell, type AnalysisProgress, type SelectedData } from "./analyzeCustomers";
import { engineReasonText } from "./engineReasonText";
import { readDataRows } from "./readDataRows";
import { requireRoles } from "./requireRoles";
import { subscriptionOutcome, subscriptionSheet } from "./subscriptionSheet";

/** How the engine runs a subscription table's analysis: on the pane's worker, or directly. */
export type SubscriptionRunner = (
  cells: SubscriptionCells,
  options: SubscriptionOptions,
  signal: AbortSignal
) => Promise<SubscriptionReport | undefined>;

/** What a subscription table's run needs besides the data. */
export interface SubscriptionRun {
  data: SelectedData;
  roles: readonly ColumnRole[];
  /** The column to split cohorts and fits by, −1 for the plan column (or none without one). */
  breakdownColumn: number;
  period: CalendarPeriod;
  /** The pane's observation end (day serial), gross margin and monthly discount rate. */
  observationEnd: number | undefined;
  grossMargin: number;
  monthlyDiscountRate: number;
  strings: PaneStrings;
  locale: string;
  runEngine: SubscriptionRunner;
  signal: AbortSignal;
  onProgress: (progress: AnalysisProgress) => void;
}

/** What a finished subscription run reports back. */
export type SubscriptionOutcome =
  | { kind: "cancelled" }
  | {
      kind: "subscriptions";
      subscriptions: number;
      sheetNames: string[];
      /** The Subscriptions sheet's own account of the run (subscriptionOutcome), in the user's language. */
      notes: string[];
      /** The first skipped row's unusable start or end, for the user to look at; null when none was skipped. */
      firstSkippedCell: SheetCell | null;
      unfinished: UnfinishedReplacement | null;
    };

/**
 * A subscription table's analysis: reads the rows with the user's roles (start and end
 * required), splits by the chosen plan or attribute column (the plan by default), runs the
 * cohorts, survival and sBG fits with each active subscriber's value on the engine's runner at
 * the period's discount rate (the monthly rate compounded), and writes the CX Subscriptions
 * sheet, replacing the previous run's sheets. Stops when `signal` aborts, leaving the workbook.
 * @throws PaneMessageError when the start or end role has no column.
 * @example
 * const outcome = await analyzeSubscriptionTable({ data, roles: ["customer", "start", "end"],
 *   breakdownColumn: -1, period: "year", observationEnd: undefined, grossMargin: 1,
 *   monthlyDiscountRate: 0.01, strings, locale: "en-US", runEngine: subscriptionsInWorker,
 *   signal, onProgress });
 * // { kind: "subscriptions", subscriptions: 2000, sheetNames: ["CX Subscriptions"], notes: […],
 * //   firstSkippedCell: null, unfinished: null }
 */
export async function analyzeSubscriptionTable(run: SubscriptionRun): Promise<SubscriptionOutcome> {
  const { strings, signal, onProgress } = run;
  const columns = subscriptionColumnsOfRoles(run.roles);
  requireRoles(
    (["start", "end"] as const).filter((role) => columns[role] < 0),
    strings
  );
  const rows: (readonly unknown[])[] = [];
  const { region, rowsUnderTable } = await readDataRows(run, (block) => {
    for (const row of block) rows.push(row);
  });
  if (signal.aborted) return { kind: "cancelled" };

  onProgress({ stage: "fitting", done: 0, total: 0 });
  const cells = subscriptionCellsOf(
    rows,
    columns,
    run.breakdownColumn >= 0 ? run.breakdownColumn : columns.plan
  );
  rows.length = 0;
  const report = await run.runEngine(
    cells,
    {
      period: run.period,
      ...(run.observationEnd !== undefined && { observationEnd: run.observationEnd }),
      discountRate: periodDiscountRate(run.monthlyDiscountRate, run.period),
      grossMargin: run.grossMargin,
    },
    signal
  );
  if (!report || signal.aborted) return { kind: "cancelled" };

  // The sBG fits' notes in the user's language.
  const format = new Intl.NumberFormat(run.locale).format;
  const fits = report.fits.map((fit) =>
    fit.fitted ? fit : { ...fit, message: engineReasonText(fit.message, strings.reasons, format) }
  );
  const sheet = subscriptionSheet({ ...report, fits }, strings.subscriptions, run.locale);
  onProgress({ stage: "writing", done: 0, total: 1 });
  const written = await writeOutputSheets([sheet], {
    shouldStop: () => signal.aborted,
    onProgress: (done, total) => onProgress({ stage: "writing", done, total }),
  });
  if (written.stopped) return { kind: "cancelled" };
  return {
    kind: "subscriptions",
    subscriptions: report.subscriptions.count,
    sheetNames: [...written.sheetNames],
    notes: [
      ...subscriptionOutcome(report, strings.subscriptions, run.locale),
      ...(rowsUnderTable ? [strings.rowsUnderTable(rowsUnderTable)] : []),
    ],
    firstSkippedCell:
      report.firstSkipped &&
      sheetCell(region, {
        row: report.firstSkipped.row,
        column: columns[report.firstSkipped.cell],
      }),
    unfinished: written.unfinished,
  };
}
