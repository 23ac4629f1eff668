/**
 * What a user types for the customer-table query (CustomerTableQueryOptions beside the dialect
 * and time unit), in the order the pane's form shows them: the table, the columns (customer, date
 * and amount required; order id and channel optional) and the observation end.
 * @example
 * REQUIRED_QUERY_FIELDS.includes("orderColumn"); // false
 */
export const QUERY_FIELDS = [
  "table",
  "customerColumn",
  "dateColumn",
  "amountColumn",
  "orderColumn",
  "channelColumn",
  "observationEnd",
] as const;

/** One typed input of the query. */
export type QueryField = (typeof QUERY_FIELDS)[number];

/** The fields a query cannot be written without. */
export const REQUIRED_QUERY_FIELDS: readonly QueryField[] = [
  "table",
  "customerColumn",
  "dateColumn",
  "amountColumn",
];
