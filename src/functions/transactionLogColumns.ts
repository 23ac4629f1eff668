import { requireSameLength } from "../engine/argumentChecks";
import { InputError } from "../engine/inputError";
import { amountDecimalSeparator } from "../engine/read/readNumber";
import { createTransactionLogBuilder, type TransactionLog } from "../engine/read/transactionLog";
import { filledRowCount } from "./blankTail";
import { toMatrix, type Matrix } from "./broadcast";
import { plainCells } from "./cellValues";
import { isOmitted } from "./isOmitted";
import { skipLargePreview } from "./valuePreview";

/** The columns a log-taking function may give, in the order the builder's roles index them. */
const COLUMNS = [
  { name: "customer_ids", values: "text or a number" },
  { name: "dates", values: "a date" },
  { name: "amounts", values: "a number" },
  { name: "order_ids", values: "text or a number" },
  { name: "channels", values: "text" },
] as const;

/**
 * The transaction log of a function that takes a log's columns (CX.SUMMARY, CX.HOLDOUT,
 * CX.COHORTS, CX.CHANNELS): each argument one column, all of one height, order_ids and
 * channels (each row's attribute) optional. Rows with a blank customer, an unreadable date or a
 * non-numeric amount are skipped; an error cell gives its error and row (see plainCells). In
 * Excel's formula value preview, more than PREVIEW_ROW_LIMIT rows throw PreviewSkipped.
 *
 * @throws InputError naming the column: "the range is empty" (#N/A), "must be a single column"
 * or a height unlike customer_ids' (#VALUE!); "customer_ids" (#N/A) when no row is valid.
 *
 * @example
 * const log = readTransactionLogColumns([["a"], ["b"], ["a"]], [[45000], [45001], ["2023-03-09"]], [[10], [4], ["5"]]);
 * log.customerIds; // ["a", "b"]
 * log.rows; // 3
 * readTransactionLogColumns(ids, dates, amounts, undefined, undefined, [["Web"], ["Shop"], [""]]).attribute;
 * // { values: ["Web", "Shop"], index: Int32Array [0, 1, -1] }
 */
export function readTransactionLogColumns(
  customerIds: unknown,
  dates: unknown,
  amounts: unknown,
  orderIds?: unknown,
  invocation?: CustomFunctions.Invocation,
  channels?: unknown
): TransactionLog {
  const given = [customerIds, dates, amounts, orderIds, channels];
  const kept = COLUMNS.map((column, index) => ({ ...column, index })).filter(
    (column) => column.index < 3 || !isOmitted(given[column.index])
  );
  const matrices = kept.map((column) => toMatrix(given[column.index]));
  kept.forEach((column, index) => requireColumn(matrices[index], column.name));
  for (let index = 1; index < matrices.length; index++) {
    requireSameLength(matrices[index].length, matrices[0].length, kept[index].name, "customer_ids");
  }
  skipLargePreview(invocation, filledRowCount(matrices[0]));
  const columns = matrices.map((matrix, index) =>
    plainCells(matrix, kept[index].name, kept[index].values)
  );
  const at = (name: string) => kept.findIndex((column) => column.name === name);
  const decimalSeparator = amountDecimalSeparator(columns[2].map((row) => row[0]));
  const builder = createTransactionLogBuilder(
    { customer: 0, date: 1, amount: 2, order: at("order_ids") },
    { decimalSeparator, attributeColumn: at("channels") }
  );
  builder.addColumns(columns);
  const log = builder.finish();
  if (log.rows === 0) {
    throw new InputError(
      "customer_ids",
      "no valid rows: each has a blank customer id, an unreadable date or a non-numeric amount",
      "na"
    );
  }
  return log;
}

/** A data argument must have rows and be one column wide. */
function requireColumn(matrix: Matrix, argument: string): void {
  if (matrix.length === 0) throw new InputError(argument, "the range is empty", "na");
  for (let row = 0; row < matrix.length; row++) {
    if (matrix[row].length > 1) throw new InputError(argument, "must be a single column", "value");
  }
}
