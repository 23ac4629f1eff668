import { cohortTable } from "../../../src/engine/cohorts/cohortTable";
import { projectedCohortValue } from "../../../src/engine/cohorts/projectedCohortValue";
import { customerHistory } from "../../../src/engine/history/customerHistory";
import { fittedPurchaseModel } from "../../../src/engine/models/purchaseModel";
import { toDaySerial } from "../../../src/engine/read/excelDate";
import { logOf } from "../read/logOf";

const day = (iso: string) => toDaySerial(iso);

describe("projectedCohortValue", () => {
  // A buys on 2023-01-10 and 2023-03-02; B on 2023-01-20; C on 2023-02-05. Last date 2023-03-02.
  const log = logOf([
    ["A", day("2023-01-10"), 30],
    ["B", day("2023-01-20"), 10],
    ["C", day("2023-02-05"), 40],
    ["A", day("2023-03-02"), 20],
  ]);
  const table = cohortTable(log);
  const history = customerHistory(log, { timeUnit: "D" }); // observed to 2023-03-03
  const nbd = { r: 1, alpha: 10 };
  const model = fittedPurchaseModel({
    model: "nbd",
    fit: {
      params: nbd,
      logLikelihood: NaN,
      standardErrors: { r: NaN, alpha: NaN },
      converged: true,
      iterations: 0,
      message: "",
    },
  });
  const spend = Float64Array.of(25, 10, 40); // A, B, C

  it("keeps the observed months and adds each customer's expected purchases times spend", () => {
    const projection = projectedCohortValue(table, history, model, spend, 5);
    expect(Array.from(projection.projectedFrom)).toEqual([3, 2]);
    // The NBD expects (r + x)/(alpha + T) purchases a day; t runs from 2023-03-03 to each month end + 1.
    const rate = (customer: number) =>
      (nbd.r + history.x[customer]) / (nbd.alpha + history.T[customer]);
    const toEnd = (iso: string) => day(iso) - history.observationEnd;
    const january = projection.values[0];
    expect(Array.from(january.subarray(0, 3))).toEqual([20, 20, 30]);
    const januaryAt = (nextMonth: string) =>
      30 + (rate(0) * toEnd(nextMonth) * 25 + rate(1) * toEnd(nextMonth) * 10) / 2;
    expect(january[3]).toBeCloseTo(januaryAt("2023-05-01"), 10);
    expect(january[4]).toBeCloseTo(januaryAt("2023-06-01"), 10);
    const february = projection.values[1];
    expect(Array.from(february.subarray(0, 2))).toEqual([40, 40]);
    expect(february[2]).toBeCloseTo(40 + rate(2) * toEnd("2023-05-01") * 40, 10);
    expect(february[4]).toBeCloseTo(40 + rate(2) * toEnd("2023-07-01") * 40, 10);
  });
});
