import { groupByCustomer, type CustomerGroups } from "../history/customerGroups";
import type { CustomerHistory } from "../history/customerHistory";
import type { TransactionLog } from "../read/transactionLog";

/** The rows behind a customer history, grouped by customer. */
export interface HistoryRows {
  /** The log's rows up to the history's observation end, grouped by the log's customers. */
  readonly groups: CustomerGroups;
  /** Per customer of the history, their position among the log's customers (groups.start's index). */
  readonly logCustomer: Int32Array;
  /** The grouped rows' attribute positions (−1 blank) and order positions, when the log has them. */
  readonly attribute: Int32Array | undefined;
  readonly order: Int32Array | undefined;
  /** Distinct order ids in the log (0 without an order-id column). */
  readonly orderCount: number;
}

/**
 * The log's rows that a customer history was built from (those dated up to its observation
 * end), grouped by customer, and where each of the history's customers is among them: the
 * history keeps the log's customers in order, leaving out those without a purchase day.
 *
 * @throws Error when the history is not the log's.
 *
 * @example
 * // log customers A, B, C; B bought only returns, so the history holds A and C
 * const rows = historyRows(log, customerHistory(log));
 * rows.logCustomer; // Int32Array [0, 2]
 * rows.groups.start[2]; // C's first grouped row
 */
export function historyRows(log: TransactionLog, history: CustomerHistory): HistoryRows {
  const carried = [log.attribute?.index, log.order].filter(
    (column): column is Int32Array => column !== undefined
  );
  const groups = groupByCustomer(
    log.customer,
    log.date,
    log.amount,
    log.customerIds.length,
    history.observationEnd,
    carried
  );
  const logCustomer = new Int32Array(history.customerIds.length);
  let logPosition = 0;
  for (let customer = 0; customer < logCustomer.length; customer++) {
    const id = history.customerIds[customer];
    while (logPosition < log.customerIds.length && log.customerIds[logPosition] !== id)
      logPosition++;
    if (logPosition === log.customerIds.length) {
      throw new Error(`customer ${id} of the history is not in the log`);
    }
    logCustomer[customer] = logPosition++;
  }
  return {
    groups,
    logCustomer,
    attribute: log.attribute ? groups.carried[0] : undefined,
    order: log.order ? groups.carried[carried.length - 1] : undefined,
    orderCount: log.orderIds?.length ?? 0,
  };
}
