import { analysisOfInput } from "../../engine/report/analysisOfInput";
import type { AnalysisReply, AnalysisRequest } from "./analyzeInWorker";
import { transferables } from "./transferables";

// The engine's heavy work (scoring, model fits, predictions) runs here, off the pane's thread;
// the result's typed arrays move back to the pane rather than being copied.
self.onmessage = (event: MessageEvent<AnalysisRequest>) => {
  let reply: AnalysisReply;
  try {
    reply = { ok: true, result: analysisOfInput(event.data.input, event.data.options) };
  } catch (error) {
    reply = { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(reply, { transfer: transferables(reply) });
};
