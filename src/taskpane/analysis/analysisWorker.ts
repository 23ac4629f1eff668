import type { PurchaseModelName } from "../../engine/models/purchaseModel";
import { analysisOfInput } from "../../engine/report/analysisOfInput";
import type { AnalysisReply, AnalysisRequest } from "./analyzeInWorker";
import { transferables } from "./transferables";

// The engine's heavy work (scoring, model fits, predictions) runs here, off the pane's thread;
// the result's typed arrays move back to the pane rather than being copied. Before each of the
// holdout check's fits the pane is told which model, for its progress.
self.onmessage = (event: MessageEvent<AnalysisRequest>) => {
  const progress = (model: PurchaseModelName, index: number) => {
    const message: AnalysisReply = { progress: { model, index } };
    self.postMessage(message);
  };
  let reply: AnalysisReply;
  try {
    reply = { ok: true, result: analysisOfInput(event.data.input, event.data.options, progress) };
  } catch (error) {
    reply = { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(reply, { transfer: transferables(reply) });
};
