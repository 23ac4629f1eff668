import type { AnalysisResult, AnalysisResultOptions } from "../../engine/report/analysisResult";
import type { HoldoutProgress } from "../../engine/report/customerAnalysis";
import type { PurchaseModelName } from "../../engine/models/purchaseModel";
import type { AnalysisInput } from "../../engine/report/analysisOfInput";
import type { SubscriptionReport } from "../../engine/report/subscriptionReport";
import type { SubscriptionOptions } from "../../engine/subscriptions/subscriptionAnalysis";
import type { SubscriptionCells } from "../../engine/subscriptions/subscriptionRows";
import { transferables } from "./transferables";

/** What the pane posts to the analysis worker: a log's or customer table's analysis, or a subscription table's. */
export type AnalysisRequest =
  | { kind: "customers"; input: AnalysisInput; options: AnalysisResultOptions }
  | { kind: "subscriptions"; cells: SubscriptionCells; options: SubscriptionOptions };

/**
 * What the worker posts back: the holdout check's progress (before each model's fit), then the
 * result or the engine's message.
 */
export type AnalysisReply =
  | { progress: { model: PurchaseModelName; index: number } }
  | { ok: true; result: AnalysisResult | SubscriptionReport }
  | { ok: false; message: string };

/** The engine's message when the analysis of a log fails (an InputError's text). */
export class AnalysisFailed extends Error {}

/**
 * Runs the engine's analysis of a transaction log or customer table (analysisOfInput) on
 * a Web Worker, so the pane stays responsive while the models fit. The input's typed arrays are
 * transferred, not copied: after the call they are empty here, and the caller must not read them
 * again. The result's arrays come back the same way.
 * Resolves to undefined when `signal` aborts (the worker is stopped at once, in the middle of a
 * model's fit too), and rejects with AnalysisFailed carrying the engine's message when the
 * analysis throws. `onHoldoutModel` hears of each model the holdout check fits, as it starts.
 * @example
 * const result = await analyzeInWorker({ layout: "transactions", log }, { rfmBins: 5 }, controller.signal,
 *   (model, index) => console.log(`${model}: ${index + 1} of 4`));
 * result?.segments; // undefined if the user cancelled
 */
export function analyzeInWorker(
  input: AnalysisInput,
  options: AnalysisResultOptions,
  signal: AbortSignal,
  onHoldoutModel?: HoldoutProgress
): Promise<AnalysisResult | undefined> {
  return runOnWorker<AnalysisResult>({ kind: "customers", input, options }, signal, onHoldoutModel);
}

/**
 * Runs the engine's analysis of a subscription table (subscriptionReport: cohorts, survival,
 * the sBG fits, each active subscriber's value) on a Web Worker, as analyzeInWorker runs a
 * log's: undefined when `signal` aborts, AnalysisFailed with the engine's message when it throws.
 * @example
 * const report = await subscriptionsInWorker({ starts, ends }, { period: "year", discountRate: 0.1 }, signal);
 * report?.fits[0]; // { fitted: true, alpha, beta, … }
 */
export function subscriptionsInWorker(
  cells: SubscriptionCells,
  options: SubscriptionOptions,
  signal: AbortSignal
): Promise<SubscriptionReport | undefined> {
  return runOnWorker<SubscriptionReport>({ kind: "subscriptions", cells, options }, signal);
}

/** Posts a request to a new analysis worker and resolves to its result (of the request's kind). */
function runOnWorker<Result>(
  request: AnalysisRequest,
  signal: AbortSignal,
  onHoldoutModel?: HoldoutProgress
): Promise<Result | undefined> {
  if (signal.aborted) return Promise.resolve(undefined);
  const worker = new Worker(
    /* webpackChunkName: "analysis-worker" */ new URL("./analysisWorker.ts", import.meta.url)
  );
  return new Promise<Result | undefined>((resolve, reject) => {
    const stop = () => {
      worker.terminate();
      resolve(undefined);
    };
    signal.addEventListener("abort", stop, { once: true });
    const finish = () => {
      signal.removeEventListener("abort", stop);
      worker.terminate();
    };
    worker.onmessage = (event: MessageEvent<AnalysisReply>) => {
      const reply = event.data;
      if ("progress" in reply) {
        onHoldoutModel?.(reply.progress.model, reply.progress.index);
        return;
      }
      finish();
      // The worker answers a request with the result of its kind (analysisWorker).
      if (reply.ok) resolve(reply.result as Result);
      else reject(new AnalysisFailed(reply.message));
    };
    worker.onerror = (event) => {
      finish();
      reject(new Error(event.message || "The analysis worker failed to start."));
    };
    worker.postMessage(request, { transfer: transferables(request) });
  });
}
