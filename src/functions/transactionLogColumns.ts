import { requireSameLength } from "../engine/argumentChecks";
import { InputError } from "../engine/inputError";
import { amountDecimalSeparator } from "../engine/read/readNumber";
import { createTransactionLogBuilder, type TransactionLog } from "../engine/read/transactionLog";
import { filledRowCount } from "./blankTail";
import { toMatrix, type Matrix } from "./broadcast";
import { plainCells } from "./cellValues";
import { isOmitted } from "./isOmitted";
import { skipLargePreview } from "./valuePreview";

const COLUMN_NAMES = ["customer_ids", "dates", "amounts", "order_ids"] as const;
/** What each column takes, for the message about a data type in it. */
const COLUMN_VALUES = ["text or a number", "a date", "a number", "text or a number"] as const;

/**
 * The transaction log of a function that takes a log's columns (CX.SUMMARY, CX.HOLDOUT): each
 * argument one column, all of one height, order_ids optional. Rows with a blank customer, an
 * unreadable date or a non-numeric amount are skipped; an error cell gives its error and row
 * (see plainCells). In Excel's formula value preview, more than PREVIEW_ROW_LIMIT rows throw
 * PreviewSkipped.
 *
 * @throws InputError naming the column: "the range is empty" (#N/A), "must be a single column"
 * or a height unlike customer_ids' (#VALUE!); "customer_ids" (#N/A) when no row is valid.
 *
 * @example
 * const log = readTransactionLogColumns([["a"], ["b"], ["a"]], [[45000], [45001], ["2023-03-09"]], [[10], [4], ["5"]]);
 * log.customerIds; // ["a", "b"]
 * log.rows; // 3
 */
export function readTransactionLogColumns(
  customerIds: unknown,
  dates: unknown,
  amounts: unknown,
  orderIds?: unknown,
  invocation?: CustomFunctions.Invocation
): TransactionLog {
  const given = isOmitted(orderIds)
    ? [customerIds, dates, amounts]
    : [customerIds, dates, amounts, orderIds];
  const matrices = given.map(toMatrix);
  matrices.forEach((column, index) => requireColumn(column, COLUMN_NAMES[index]));
  for (let index = 1; index < matrices.length; index++) {
    requireSameLength(
      matrices[index].length,
      matrices[0].length,
      COLUMN_NAMES[index],
      COLUMN_NAMES[0]
    );
  }
  skipLargePreview(invocation, filledRowCount(matrices[0]));
  const columns = matrices.map((column, index) =>
    plainCells(column, COLUMN_NAMES[index], COLUMN_VALUES[index])
  );
  const roles = { customer: 0, date: 1, amount: 2, order: columns.length > 3 ? 3 : -1 };
  const decimalSeparator = amountDecimalSeparator(columns[2].map((row) => row[0]));
  const builder = createTransactionLogBuilder(roles, { decimalSeparator });
  builder.addColumns(columns);
  const log = builder.finish();
  if (log.rows === 0) {
    throw new InputError(
      COLUMN_NAMES[0],
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
