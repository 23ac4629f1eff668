import { analysisResult } from "../../../src/engine/report/analysisResult";
import { fitParetoNbd } from "../../../src/engine/models/paretoNbd";
import { customerHistory } from "../../../src/engine/history/customerHistory";
import { createTransactionLogBuilder } from "../../../src/engine/read/transactionLog";
import { cdnowSampleRows } from "../../browser/fixtures/cdnowSample";

test("analysisResult gathers the summaries of one analysis of the CDNOW sample", () => {
  const builder = createTransactionLogBuilder({ customer: 0, date: 1, amount: 2 });
  builder.addRows(cdnowSampleRows());
  const log = builder.finish();
  const result = analysisResult(log, { model: "pnbd+gg" });
  expect(result.customers.customerIds.length).toBe(2357);
  expect(result.segments.reduce((sum, row) => sum + row.customers, 0)).toBe(2357);
  expect(result.grid.counts.reduce((sum, count) => sum + count, 0)).toBe(2357);
  expect(result.attributes).toEqual([]);
  expect(result.model.parameters.map((parameter) => parameter.name)).toEqual([
    "r",
    "alpha",
    "s",
    "beta",
    "p",
    "q",
    "gamma",
  ]);
  const direct = fitParetoNbd(customerHistory(log, { timeUnit: "W" })).params;
  expect(result.model.parameters[0].value).toBeCloseTo(direct.r, 6);
  expect(result.model.parameters[3].value).toBeCloseTo(direct.beta, 4);
});
