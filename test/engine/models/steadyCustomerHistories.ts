import { customerHistory } from "../../../src/engine/history/customerHistory";
import type { ModelHistories } from "../../../src/engine/report/customerModels";
import { createTransactionLogBuilder } from "../../../src/engine/read/transactionLog";
import { generateSyntheticLog } from "../../bench/syntheticLog";

/** The bench's seed and its rows per customer (1,048,575 rows over 100,000 customers). */
const SEED = 20240601;
const ROWS_PER_CUSTOMER = 10.48575;

/**
 * (x, t_x, T) in weeks and the mean repeat spend of the bench's synthetic log
 * (test/bench/syntheticLog.ts, as test/bench/paneEndToEnd.ts feeds the pane), scaled down to
 * `customers`: every customer buys on uniformly random days of two years and never stops, so
 * no customer is ever seen leaving. Observed to the day after the last date, the pane's default.
 *
 * @example
 * steadyCustomerHistories(2000).x.length; // 2000 customers, about 9 repeat purchases each
 */
export function steadyCustomerHistories(customers: number): ModelHistories {
  const log = generateSyntheticLog(Math.round(customers * ROWS_PER_CUSTOMER), customers, SEED);
  const builder = createTransactionLogBuilder({ customer: 0, date: 1, amount: 2 });
  builder.addRows(
    Array.from(log.customer, (customer, row) => [customer, log.date[row], log.cents[row] / 100])
  );
  const transactions = builder.finish();
  const lastDate = transactions.date.reduce((latest, date) => Math.max(latest, date), 0);
  const { x, tx, T, meanRepeatSpend } = customerHistory(transactions, {
    observationEnd: lastDate + 1,
  });
  return { x, tx, T, meanRepeatSpend };
}
