import type { PurchaseModelName } from "../../engine/models/purchaseModel";
import { analysisOfInput } from "../../engine/report/analysisOfInput";
import { subscriptionReport } from "../../engine/report/subscriptionReport";
import type { AnalysisReply, AnalysisRequest } from "./analyzeInWorker";
import { transferables } from "./transferables";

// The engine's heavy work (scoring, model fits, predictions; a subscription table's sBG fits)
// runs here, off the pane's thread; the result's typed arrays move back to the pane rather than
// being copied. Before each of the holdout check's fits the pane is told which model, for its
// progress.
self.onmessage = (event: MessageEvent<AnalysisRequest>) => {
  const progress = (model: PurchaseModelName, index: number) => {
    const message: AnalysisReply = { progress: { model, index } };
    self.postMessage(message);
  };
  const request = event.data;
  let reply: AnalysisReply;
  try {
    reply = {
      ok: true,
      result:
        request.kind === "subscriptions"
          ? subscriptionReport(request.cells, request.options)
          : analysisOfInput(request.input, request.options, progress),
    };
  } catch (error) {
    reply = { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(reply, { transfer: transferables(reply) });
};
