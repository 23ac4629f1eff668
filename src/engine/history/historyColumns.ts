/**
 * The customer history's columns under the names every table of it uses: CX.SUMMARY's header,
 * the customer-table query's columns, and the headers the pane reads back as a customer table.
 *
 * @example
 * HISTORY_COLUMNS.indexOf("frequency"); // 6: x, the repeat purchase days
 */
export const HISTORY_COLUMNS = [
  "customer",
  "orders",
  "revenue",
  "first_purchase",
  "last_purchase",
  "recency_days",
  "frequency",
  "t_x",
  "T",
  "monetary",
] as const;
