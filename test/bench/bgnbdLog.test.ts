import { customerHistory } from "../../src/engine/history/customerHistory";
import { fitBgnbd } from "../../src/engine/models/bgnbd";
import { toDaySerial } from "../../src/engine/read/excelDate";
import { createTransactionLogBuilder } from "../../src/engine/read/transactionLog";
import { BENCH_BGNBD, generateBgnbdLog } from "./bgnbdLog";

describe("generateBgnbdLog", () => {
  const log = generateBgnbdLog(100_000, 20240601);
  const builder = createTransactionLogBuilder({ customer: 0, date: 1, amount: 2 });
  builder.addRows(Array.from(log.customer, (id, row) => [id, log.date[row], log.cents[row] / 100]));
  const transactions = builder.finish();

  it("makes exactly the rows asked for, each customer's in a run, dates inside two years", () => {
    expect(log.customer.length).toBe(100_000);
    let outOfTurn = 0;
    for (let row = 1; row < log.customer.length; row++) {
      const step = log.customer[row] - log.customer[row - 1];
      if (step !== 0 && step !== 1) outOfTurn++;
    }
    expect(outOfTurn).toBe(0);
    const start = toDaySerial("2023-01-01");
    expect(Math.min(...log.date)).toBeGreaterThanOrEqual(start);
    expect(Math.max(...log.date)).toBeLessThan(start + 731);
  });

  it("gives BG/NBD a dropout to fit, near the one it was drawn with", () => {
    let last = 0;
    for (const date of transactions.date) last = Math.max(last, date);
    const fit = fitBgnbd(customerHistory(transactions, { observationEnd: last + 1 }));
    const { a, b } = fit.params;
    // Mean dropout probability after a repeat purchase: a / (a + b) = 0.1 drawn.
    expect(a / (a + b)).toBeCloseTo(BENCH_BGNBD.a / (BENCH_BGNBD.a + BENCH_BGNBD.b), 1);
    // Mean purchase rate r / alpha: 1 / 20 a day drawn, 0.35 a week.
    expect(fit.params.r / fit.params.alpha).toBeGreaterThan(0.3);
    expect(fit.params.r / fit.params.alpha).toBeLessThan(0.4);
  });
});
