// Issue #5: the task pane's "Analyze customers" end to end on a 1,048,575-row log (a full sheet
// under its header), through the Excel test double in headless Chromium. Needs the built add-in
// in dist/ (`npx webpack --mode production`) and Chromium (CHROMIUM_PATH or /usr/bin/chromium).
import { existsSync, writeFileSync } from "fs";
import { join } from "path";
import { createTransactionLogBuilder } from "../../src/engine/read/transactionLog";
import type { CellValue } from "../browser/double/column";
import type { SyncStats } from "../browser/double/syncStats";
import { Workbook } from "../browser/double/workbook";
import { launchChromium } from "../browser/harness/browser";
import { openAddin } from "../browser/harness/openAddin";
import { startStaticServer } from "../browser/harness/staticServer";
import { medianTime } from "./medianTime";
import { generateBgnbdLog } from "./bgnbdLog";
import { generateSyntheticLog, type SyntheticLog } from "./syntheticLog";

/** Every row of a sheet below its header. */
export const PANE_ROWS = 1_048_575;
const CUSTOMERS = 100_000;
const SEED = 20240601;
export const PANE_TARGET_MILLISECONDS = 15_000;
/** Excel on the web's cap on a request or a response. */
export const REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;
const OUTCOME_TIMEOUT_MILLISECONDS = 600_000;
const DIST = join(__dirname, "..", "..", "dist");

/** Where the built add-in is, and where to write a CPU profile of the pane's main thread. */
export interface PaneBenchOptions {
  /** Folder of the built add-in; dist/ by default. */
  readonly dist?: string;
  /** Path of a .cpuprofile (Chrome DevTools) of the pane's page from click to outcome; none by default. */
  readonly profile?: string;
  /**
   * "steady": the pandas reference's generator (customers buy on uniform days and never leave,
   * so the purchase model cannot be fitted); "churning": customers who buy and leave as BG/NBD
   * says (generateBgnbdLog), so the run fits the models and predicts for every customer.
   * Default "steady".
   */
  readonly log?: "steady" | "churning";
}

/** One `context.sync()` as the bench saw it: the double's stats and when the host got it. */
interface TimedSync extends SyncStats {
  /** Milliseconds from the click on Run analysis to the host receiving the batch. */
  readonly at: number;
}

/** One stage of the run, read off the sync timeline. */
export interface PaneStage {
  readonly stage: string;
  readonly milliseconds: number;
  readonly detail: string;
}

/** What the end-to-end run measured. */
export interface PaneEndToEnd {
  readonly rows: number;
  readonly outcome: string;
  /** Click on Run analysis to the outcome shown. */
  readonly milliseconds: number;
  readonly stages: PaneStage[];
  readonly syncs: number;
  readonly largestRequestBytes: number;
  readonly largestResponseBytes: number;
  readonly cellsRead: number;
  readonly cellsWritten: number;
  /** The same rows through the transaction-log builder in Node, median of 3. */
  readonly nodeBuilderMilliseconds: number;
  readonly errors: string[];
}

/** The synthetic log as sheet rows under a header: customer id (number), date serial, amount. */
function sheetRows(log: SyntheticLog): CellValue[][] {
  const rows: CellValue[][] = new Array(log.customer.length + 1);
  rows[0] = ["customer_id", "date", "amount"];
  for (let row = 0; row < log.customer.length; row++) {
    rows[row + 1] = [log.customer[row], log.date[row], log.cents[row] / 100];
  }
  return rows;
}

/**
 * Loads the log into a workbook of the double, opens the built pane, selects A1, clicks Use
 * selection and Run analysis with the defaults, and times the run from the click to the outcome,
 * splitting it into stages by the syncs the host saw.
 */
export async function benchPaneEndToEnd(
  rowCount = PANE_ROWS,
  options: PaneBenchOptions = {}
): Promise<PaneEndToEnd> {
  const dist = options.dist ?? DIST;
  if (!existsSync(join(dist, "taskpane.html"))) {
    throw new Error(
      `${join(dist, "taskpane.html")} missing: run \`npx webpack --mode production\` first`
    );
  }
  const rows = sheetRows(
    options.log === "churning"
      ? generateBgnbdLog(rowCount, SEED)
      : generateSyntheticLog(rowCount, CUSTOMERS, SEED)
  );
  const nodeBuilder = medianTime(() => {
    const builder = createTransactionLogBuilder({ customer: 0, date: 1, amount: 2 });
    builder.addRows(rows.slice(1));
    return builder.finish();
  }, 3);

  const workbook = new Workbook(["Data"]);
  workbook.sheet("Data").setValues("A1", rows);
  workbook.select("Data", "A1");

  // Timestamp each batch as the host receives it, so the syncs split the run into stages.
  const timeline: TimedSync[] = [];
  let clickedAt = Number.NaN;
  const execute = workbook.execute.bind(workbook);
  workbook.execute = (batchJson: string) => {
    const at = performance.now() - clickedAt;
    const response = execute(batchJson);
    if (Number.isFinite(at))
      timeline.push({ ...workbook.syncLog[workbook.syncLog.length - 1], at });
    return response;
  };

  const server = await startStaticServer(dist);
  const browser = await launchChromium();
  try {
    const session = await openAddin({ browser, baseUrl: server.baseUrl, workbook });
    await session.page.getByTestId("use-selection").click();
    await session.page.getByTestId("role-0").waitFor({ timeout: OUTCOME_TIMEOUT_MILLISECONDS });
    const run = session.page.getByTestId("run-analysis");
    await run.waitFor();
    const profiler = options.profile
      ? await session.page.context().newCDPSession(session.page)
      : undefined;
    await profiler?.send("Profiler.enable");
    await profiler?.send("Profiler.start");
    // The engine's worker lives from the builder's finish to the engine's reply.
    const worker = { started: Number.NaN, closed: Number.NaN };
    session.page.on("worker", (started) => {
      worker.started = performance.now() - clickedAt;
      started.on("close", () => (worker.closed = performance.now() - clickedAt));
    });
    const firstSync = workbook.syncLog.length;
    clickedAt = performance.now();
    await run.click();
    const finished = session.page
      .getByTestId("analysis-outcome")
      .or(session.page.getByTestId("analysis-error"));
    await finished.waitFor({ timeout: OUTCOME_TIMEOUT_MILLISECONDS });
    const milliseconds = performance.now() - clickedAt;
    if (profiler && options.profile) {
      const { profile } = await profiler.send("Profiler.stop");
      writeFileSync(options.profile, JSON.stringify(profile));
    }
    const outcome = ((await finished.textContent()) ?? "").trim();
    const syncs = workbook.syncLog.slice(firstSync);
    await session.close();
    return {
      rows: rowCount,
      outcome,
      milliseconds,
      stages: stagesOf(timeline, worker, milliseconds),
      syncs: syncs.length,
      largestRequestBytes: Math.max(0, ...syncs.map((sync) => sync.requestBytes)),
      largestResponseBytes: Math.max(0, ...syncs.map((sync) => sync.responseBytes)),
      cellsRead: syncs.reduce((total, sync) => total + sync.cellsRead, 0),
      cellsWritten: syncs.reduce((total, sync) => total + sync.cellsWritten, 0),
      nodeBuilderMilliseconds: nodeBuilder.milliseconds,
      errors: [...session.consoleErrors, ...syncs.flatMap((sync) => sync.errorCode ?? [])],
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * Reading is every sync up to the last that reads cells without writing any before the first
 * that writes cells, where writing starts. Between them the pane finishes the log, the worker runs the
 * engine (its lifetime as Chromium reports it) and the pane lays out the result sheets. Host
 * time is what the double spent inside the syncs.
 */
function stagesOf(
  timeline: TimedSync[],
  worker: { started: number; closed: number },
  total: number
): PaneStage[] {
  const hostTime = (syncs: TimedSync[]) => syncs.reduce((sum, sync) => sum + sync.milliseconds, 0);
  const bytes = (syncs: TimedSync[]) =>
    syncs.reduce((sum, sync) => sum + sync.requestBytes + sync.responseBytes, 0);
  // The first write ends the reading: the History sheet's own read after the result sheets are
  // written belongs to the writing.
  const firstWrite = timeline.findIndex((sync) => sync.cellsWritten > 0);
  let lastRead = firstWrite - 1;
  while (lastRead >= 0 && !(timeline[lastRead].cellsRead > 0)) lastRead--;
  if (lastRead < 0 || firstWrite < 0) return [];
  const reading = timeline.slice(0, lastRead + 1);
  const writing = timeline.slice(firstWrite);
  const readEnd = timeline[lastRead].at + timeline[lastRead].milliseconds;
  const writeStart = timeline[firstWrite].at;
  const lastSync = timeline[timeline.length - 1];
  const writeEnd = lastSync.at + lastSync.milliseconds;
  const slowest = [...writing].sort((a, b) => b.milliseconds - a.milliseconds)[0];
  const finishing = writing.filter((sync) => sync.cellsWritten === 0);
  const megabytes = (count: number) => `${(count / 1024 / 1024).toFixed(1)} MB`;
  const workerSeen = worker.started >= readEnd && worker.closed <= writeStart;
  return [
    {
      stage: "reading blocks (click → last read)",
      milliseconds: readEnd,
      detail: `${reading.length} syncs, host ${hostTime(reading).toFixed(0)} ms, ${megabytes(bytes(reading))} moved; the rest is transport, parsing and builder.addRows`,
    },
    ...(workerSeen
      ? [
          {
            stage: "builder.finish → worker started",
            milliseconds: worker.started - readEnd,
            detail: "",
          },
          {
            stage: "worker: engine analysis",
            milliseconds: worker.closed - worker.started,
            detail: "summary, RFM, model fits, predictions; log and result copied in and out",
          },
          {
            stage: "worker done → first write",
            milliseconds: writeStart - worker.closed,
            detail: "result sheets laid out, first block built",
          },
        ]
      : [
          {
            stage: "builder.finish + worker analysis",
            milliseconds: writeStart - readEnd,
            detail: "no syncs: summary, RFM, model fits, result tables",
          },
        ]),
    {
      stage: "writing blocks + tables + autofit",
      milliseconds: writeEnd - writeStart,
      detail: `${writing.length} syncs, host ${hostTime(writing).toFixed(0)} ms, ${megabytes(bytes(writing))} moved; slowest sync ${slowest.milliseconds.toFixed(0)} ms (${slowest.cellsWritten} cells written); ${finishing.length} syncs writing no cells (tables, autofit, charts) host ${hostTime(finishing).toFixed(0)} ms`,
    },
    {
      stage: "last sync → outcome shown",
      milliseconds: total - writeEnd,
      detail: "",
    },
  ];
}

/**
 * Runs the end-to-end bench and prints its table and checks in run.ts's style.
 * @example
 * await printPaneEndToEnd(check); // "ok   click → outcome under 15000 ms"
 */
export async function printPaneEndToEnd(
  check: (what: string, passed: boolean) => void
): Promise<void> {
  for (const log of ["steady", "churning"] as const) {
    console.log(
      `\ntask pane end to end, ${PANE_ROWS} rows (${LOG_NAMES[log]}), headless Chromium + Excel double`
    );
    await printOneRun(log, check);
  }
}

const LOG_NAMES = {
  steady: "the reference's log: no customer leaves, so no model fits",
  churning: "customers leaving as BG/NBD says: models fitted, every customer predicted",
} as const;

async function printOneRun(
  log: "steady" | "churning",
  check: (what: string, passed: boolean) => void
): Promise<void> {
  // BENCH_PANE_DIST points at another build (e.g. unminified), BENCH_PANE_PROFILE at a .cpuprofile to write.
  const result = await benchPaneEndToEnd(PANE_ROWS, {
    dist: process.env.BENCH_PANE_DIST,
    profile: process.env.BENCH_PANE_PROFILE?.replace(/(\.cpuprofile)?$/, `-${log}.cpuprofile`),
    log,
  });
  const row = (step: string, value: string, detail = "") =>
    console.log(step.padEnd(44) + value.padStart(12) + "  " + detail);
  console.log("step".padEnd(44) + "ms / count".padStart(12) + "  detail");
  row("click Run analysis → outcome", result.milliseconds.toFixed(0), result.outcome);
  for (const stage of result.stages) {
    row(`  ${stage.stage}`, stage.milliseconds.toFixed(0), stage.detail);
  }
  row("builder in Node, same rows (median of 3)", result.nodeBuilderMilliseconds.toFixed(0));
  row("requests (syncs)", String(result.syncs));
  row("largest request, bytes", String(result.largestRequestBytes));
  row("largest response, bytes", String(result.largestResponseBytes));
  row("cells read", String(result.cellsRead));
  row("cells written", String(result.cellsWritten));
  for (const error of result.errors) console.log(`  page error: ${error}`);
  check(`pane analysis finished (${log})`, /\d/.test(result.outcome) && result.errors.length === 0);
  if (log === "churning") {
    check("models fitted (churning)", !/could not be fitted/.test(result.outcome));
  }
  check(
    `every request and response under 5 MB (${log})`,
    Math.max(result.largestRequestBytes, result.largestResponseBytes) < REQUEST_LIMIT_BYTES
  );
  check(
    `click → outcome under ${PANE_TARGET_MILLISECONDS} ms (${log})`,
    result.milliseconds < PANE_TARGET_MILLISECONDS
  );
}
