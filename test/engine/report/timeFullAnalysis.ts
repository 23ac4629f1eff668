/**
 * Times the full analysis on a generated 1,048,575-row log (Excel's sheet less its header):
 * `npx tsx test/engine/report/timeFullAnalysis.ts`. Prints each step's milliseconds and the
 * heap after it; not a test, as times depend on the machine.
 */
import { atRiskCustomers } from "../../../src/engine/report/atRiskCustomers";
import { attributeSummary } from "../../../src/engine/report/attributeSummary";
import { customerAnalysis } from "../../../src/engine/report/customerAnalysis";
import { modelReport } from "../../../src/engine/report/modelReport";
import { recencyFrequencyGrid } from "../../../src/engine/report/recencyFrequencyGrid";
import { segmentSummary } from "../../../src/engine/report/segmentSummary";
import { generatedLog } from "./generatedLog";

const ROWS = 1_048_575;

function timed<T>(label: string, step: () => T): T {
  const start = performance.now();
  const result = step();
  const milliseconds = performance.now() - start;
  const heapMegabytes = process.memoryUsage().heapUsed / 2 ** 20;
  console.log(
    `${label.padEnd(22)} ${milliseconds.toFixed(0).padStart(6)} ms   heap ${heapMegabytes.toFixed(0)} MB`
  );
  return result;
}

const log = timed("generate log", () => generatedLog(ROWS, 20240601));
const channels = ["Web", "Butik", "App"];
const attribute = {
  values: channels,
  index: Int32Array.from(log.customer, (customer) => customer % channels.length),
};
console.log(`${log.rows} rows, ${log.customerIds.length} customers`);
const total = performance.now();
const analysis = timed("customerAnalysis", () => customerAnalysis({ ...log, attribute }));
timed("segmentSummary", () => segmentSummary(analysis));
timed("recencyFrequencyGrid", () => recencyFrequencyGrid(analysis));
timed("attributeSummary", () => attributeSummary(analysis));
timed("atRiskCustomers", () => atRiskCustomers(analysis));
const report = timed("modelReport", () => modelReport(analysis));
console.log(`analysis and summaries: ${(performance.now() - total).toFixed(0)} ms`);
console.log(
  "fits:",
  analysis.models.transactionError || "BG/NBD ok",
  "/",
  analysis.models.spendError || "Gamma-Gamma ok"
);
console.log(
  report.parameters
    .map((p) => `${p.name}=${p.value.toPrecision(4)}±${p.standardError.toPrecision(2)}`)
    .join(" ")
);
console.log("actual  ", Array.from(report.actualRepeatCustomers, Math.round).join(" "));
console.log("expected", Array.from(report.expectedRepeatCustomers, Math.round).join(" "));
