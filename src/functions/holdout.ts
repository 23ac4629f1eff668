import { calibrationHoldout, type CalibrationHoldout } from "../engine/history/calibrationHoldout";
import { InputError } from "../engine/inputError";
import { DATE_FORMS } from "../engine/read/excelDate";
import type { TimeUnit } from "../engine/read/timeUnit";
import { readDateCell } from "./dateCell";
import { toExcelError } from "./excelError";
import { HISTORY_COLUMNS } from "../engine/history/historyColumns";
import { summaryRow } from "./summaryRow";
import { readTimeUnit } from "./timeUnitCell";
import { readTransactionLogColumns } from "./transactionLogColumns";
import { previewPlaceholder, PreviewSkipped } from "./valuePreview";

/** CX.SUMMARY's columns to the calibration end, then lifetimes' holdout columns and the revenue. */
const HEADER = [
  ...HISTORY_COLUMNS,
  "frequency_holdout",
  "monetary_value_holdout",
  "revenue_holdout",
  "duration_holdout",
];
const DEFAULT_TIME_UNIT: TimeUnit = "W";

/**
 * Splits a transaction log at a calibration end to check a model's predictions, with a header row: per customer, CX.SUMMARY's columns to calibration_end, then what the customer did after it up to observation_end (lifetimes' calibration_and_holdout_data). Customers who first buy after calibration_end are left out. While the formula is typed, Excel's preview skips logs of more than 2 000 rows.
 * @customfunction HOLDOUT
 * @param customerIds Customer id of each transaction, text or number, as for CX.SUMMARY. Excel on the web takes about 180 000 rows (Windows and Mac: 1 048 576).
 * @param dates Date of each transaction: an Excel date or YYYY-MM-DD text, as tall as customer_ids.
 * @param amounts Value of each transaction, as tall as customer_ids.
 * @param calibrationEnd Last date of the calibration period, itself included: the models are fitted on the summary to this date.
 * @param [observationEnd] Last date of the holdout period, itself included; later transactions are left out. Default: the last date.
 * @param [timeUnit] Unit of t_x, T and duration_holdout: "D" days, "W" weeks (default) or "M" months of 365.25/12 days.
 * @param [orderIds] Order id of each row, as tall as customer_ids: line items of one order then count as one order.
 * @returns CX.SUMMARY's columns to calibration_end, then frequency_holdout (purchase days in the holdout), monetary_value_holdout (their mean net value, 0 without any), revenue_holdout (the holdout's amounts, returns included) and duration_holdout (the holdout's length in time_unit); one row per customer. An observation_end not after calibration_end (or, without it, a calibration_end not before the last date) is #VALUE! with a message.
 * @example
 * =CX.HOLDOUT(A2:A7000, B2:B7000, C2:C7000, DATE(1997,9,30), DATE(1998,6,30)) → customer 1: frequency 2, t_x 30.43, T 38.86, frequency_holdout 1, monetary_value_holdout 26.48, duration_holdout 39
 */
export function holdout(
  customerIds: unknown[][],
  dates: unknown[][],
  amounts: unknown[][],
  calibrationEnd: unknown,
  observationEnd?: unknown,
  timeUnit?: unknown,
  orderIds?: unknown[][],
  invocation?: CustomFunctions.Invocation
): unknown[][] {
  try {
    const log = readTransactionLogColumns(customerIds, dates, amounts, orderIds, invocation);
    const split = calibrationHoldout(log, {
      calibrationEnd: readCalibrationEnd(calibrationEnd),
      observationEnd: readDateCell(observationEnd, "observation_end"),
      timeUnit: readTimeUnit(timeUnit, DEFAULT_TIME_UNIT),
    });
    return holdoutTable(split);
  } catch (error) {
    if (error instanceof PreviewSkipped) return previewPlaceholder(error);
    throw toExcelError(error);
  }
}

/** The header row and one row per calibration customer. */
function holdoutTable(split: CalibrationHoldout): unknown[][] {
  const { calibration } = split;
  const table: unknown[][] = new Array(calibration.customerIds.length + 1);
  table[0] = HEADER;
  for (let index = 0; index < calibration.customerIds.length; index++) {
    table[index + 1] = [
      ...summaryRow(calibration, index),
      split.holdoutPurchases[index],
      split.holdoutMeanSpend[index],
      split.holdoutRevenue[index],
      split.holdoutLength,
    ];
  }
  return table;
}

/** calibration_end as a day serial; a blank cell is no date. */
function readCalibrationEnd(argument: unknown): number {
  const serial = readDateCell(argument, "calibration_end");
  if (serial === undefined) {
    throw new InputError(
      "calibration_end",
      `is blank; give the last date of the calibration period, ${DATE_FORMS}`,
      "value"
    );
  }
  return serial;
}
