import { historyRows } from "../../../src/engine/channels/historyRows";
import { paybackCurves, paybackMonth } from "../../../src/engine/channels/paybackCurves";
import { customerHistory } from "../../../src/engine/history/customerHistory";
import { createTransactionLogBuilder } from "../../../src/engine/read/transactionLog";

describe("paybackCurves", () => {
  it("averages each month over the customers observed that long, then projects", () => {
    // B bought only a return, so the history leaves them out; K1 buys on days 0 and 40, K2 on 30.
    const builder = createTransactionLogBuilder({ customer: 0, date: 1, amount: 2 });
    builder.addRows([
      ["K1", 45000, 100],
      ["B", 45001, -3],
      ["K2", 45030, 80],
      ["K1", 45040, 50],
    ]);
    const log = builder.finish();
    const history = customerHistory(log, { observationEnd: 45070 });
    const rows = historyRows(log, history);
    expect(Array.from(rows.logCustomer)).toEqual([0, 2]);
    const curves = paybackCurves(
      rows,
      history,
      Int32Array.of(0, 0),
      1,
      0.5,
      Float64Array.of(10, 20),
      2
    );
    expect(Array.from(curves.observedMonths)).toEqual([2, 2]);
    expect(Array.from(curves.values[0])).toEqual([45, 75, 85, 95]);
    expect(Array.from(curves.values[1])).toEqual([45, 75, 95, 115]);
    const apart = paybackCurves(
      rows,
      history,
      Int32Array.of(1, 0),
      2,
      1,
      Float64Array.of(NaN, 0, 0),
      1
    );
    expect(Array.from(apart.values[0])).toEqual([80, NaN]);
    expect(Array.from(apart.values[1])).toEqual([100, 150, 150]);
    expect(Array.from(apart.values[2])).toEqual([90, 150, 150]);
    const none = paybackCurves(
      rows,
      history,
      Int32Array.of(-1, -1),
      1,
      1,
      Float64Array.of(5, 5),
      1
    );
    expect(Array.from(none.values[0])).toEqual([5]);
  });
});

describe("paybackMonth", () => {
  it("gives the first month whose value reaches the cost", () => {
    expect(paybackMonth(Float64Array.of(40, 75, 85, 95), 80)).toBe(3);
    expect(paybackMonth(Float64Array.of(40, 75), 40)).toBe(1);
    expect(paybackMonth(Float64Array.of(40, 75), 80)).toBeNaN();
    expect(paybackMonth(Float64Array.of(40, 75), NaN)).toBeNaN();
  });
});
