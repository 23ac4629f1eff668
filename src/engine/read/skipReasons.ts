/** Why a transaction-log row was left out; a row with several problems counts under the first, in this order. */
export type SkipReason = "blankCustomer" | "unreadableDate" | "nonNumericAmount";

/** Why a customer-table row was left out; a row with several problems counts under the first, in this order. */
export type CustomerTableSkipReason = "blankCustomer" | "nonNumericValue" | "valueOutOfRange";

/** Why rows were left out, whichever layout was read. */
export type SkippedRowReason = SkipReason | CustomerTableSkipReason;
