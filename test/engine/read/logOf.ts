import {
  createTransactionLogBuilder,
  type TransactionLog,
} from "../../../src/engine/read/transactionLog";

/**
 * A transaction log of rows [customer, date, amount], as the pane's reader builds it.
 * @example
 * logOf([["A", 100, 10], ["B", 101, 5]]).customerIds; // ["A", "B"]
 */
export function logOf(rows: unknown[][]): TransactionLog {
  const builder = createTransactionLogBuilder({ customer: 0, date: 1, amount: 2 });
  builder.addRows(rows);
  return builder.finish();
}
