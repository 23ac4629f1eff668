import { periodIndex } from "../read/calendarPeriod";
import { numberToDaySerial, toDaySerialDayFirst } from "../read/excelDate";
import { isBlankCell } from "../read/isBlankCell";
import { amountDecimalSeparator, readAmount } from "../read/readNumber";
import { cellText } from "../read/textPositions";
import { createChannelNames } from "./channelNames";

/** Why a row of a spend table was skipped. */
export type SpendSkipReason =
  "blankChannel" | "nonNumericSpend" | "negativeSpend" | "unreadableMonth";

/** A marketing spend table's columns, one cell per data row (no header). */
export interface SpendColumns {
  channel: readonly unknown[];
  spend: readonly unknown[];
  /** The month of each row's spend, or any date in it; left out when the spend has no months. */
  month?: readonly unknown[];
  /** New customers the ad platform reported; a blank cell is not reported. */
  newCustomers?: readonly unknown[];
}

/** A marketing spend table read: row i is spend[i] on channel channelNames[channel[i]]. */
export interface SpendTable {
  /** Valid rows. */
  readonly rows: number;
  /** The channels, matched case- and space-insensitively (channelKey), each as first written. */
  readonly channelNames: readonly string[];
  readonly channel: Int32Array;
  readonly spend: Float64Array;
  /** Each row's month as periodIndex numbers months (year × 12 + month − 1); absent without months. */
  readonly month: Int32Array | undefined;
  /** The platform's new customers per row, NaN where not reported; absent without the column. */
  readonly reportedNewCustomers: Float64Array | undefined;
  /** Rows skipped, by reason (entirely blank rows are not counted). */
  readonly skipped: Readonly<Record<SpendSkipReason, number>>;
  /** 0-based data row index (header not counted) of the first row skipped for each reason; −1 when none. */
  readonly firstSkippedRow: Readonly<Record<SpendSkipReason, number>>;
}

/** A whole amount in groups of three digits split by one separator, a currency sign or code around it. */
const THOUSANDS_ONLY = /^\D*\d{1,3}([.,])\d{3}(?:\1\d{3})*\D*$/;
/** Any '.' or ','. */
const SEPARATOR = /[.,]/;

/**
 * The spend column's decimal separator: amountDecimalSeparator's when its text shows one;
 * otherwise, when every text with a separator has it only between groups of three digits and it
 * is the same one, the other of '.' and ',' (so that "$1,200" and "1.200 kr" read 1200, where a
 * lone separator elsewhere is decimal); undefined when neither tells.
 *
 * @example
 * spendDecimalSeparator(["$1,200", "$800", "$2,500"]); // ".": 1,200 is 1200
 * spendDecimalSeparator(["1.200 kr", 800]); // ","
 * spendDecimalSeparator(["1.200", "99,50"]); // ",": the decimal comma decides
 * spendDecimalSeparator(["1.200", "2,500"]); // undefined: two separators, neither decided
 */
export function spendDecimalSeparator(cells: readonly unknown[]): "." | "," | undefined {
  const shown = amountDecimalSeparator(cells);
  if (shown !== undefined) return shown;
  let thousands: "." | "," | undefined;
  for (const cell of cells) {
    if (typeof cell !== "string" || !SEPARATOR.test(cell)) continue;
    const separator = THOUSANDS_ONLY.exec(cell.trim())?.[1] as "." | "," | undefined;
    if (separator === undefined || (thousands !== undefined && separator !== thousands)) {
      return undefined;
    }
    thousands = separator;
  }
  return thousands === undefined ? undefined : thousands === "." ? "," : ".";
}

/** "2024-03", "2024/03", "03.2024", "3/2024", "03-2024": a month written without a day. */
const YEAR_MONTH = /^(\d{4})[-/.](\d{1,2})$/;
const MONTH_YEAR = /^(\d{1,2})[-/.](\d{4})$/;

/**
 * Reads a marketing spend table: a channel, a spend and optionally the month (or any date in
 * it) and the new customers the ad platform reported. Spend is read as the log's amounts are
 * (readAmount, with the column's decimal separator: "kr 1.234,50"), except that in a column
 * whose separators all stand before three last digits ("$1,200", "1.200 kr") they separate
 * thousands (spendDecimalSeparator): a budget is not given to a tenth of a cent. A row is skipped and
 * counted when its channel is blank, its spend is not a number (text, or blank), its spend is
 * negative, or, with months, its month is not a date or a month; an entirely blank row is
 * skipped silently. A reported count that is blank, negative or not a number counts as not
 * reported.
 *
 * @example
 * const table = readSpendTable({
 *   channel: ["Google Ads", "google ads ", "Newsletter", "", "Meta"],
 *   spend: ["1.200,50", 800, 150, 99, "n/a"],
 *   month: ["2024-01", "15.02.2024", 45292, "2024-01", "2024-01"],
 * });
 * table.channelNames; // ["Google Ads", "Newsletter"]
 * table.channel; // Int32Array [0, 0, 1]
 * table.spend; // Float64Array [1200.5, 800, 150]
 * table.month; // Int32Array [24288, 24289, 24288]: 2024-01, 2024-02, 2024-01
 * table.skipped; // { blankChannel: 1, nonNumericSpend: 1, negativeSpend: 0, unreadableMonth: 0 }
 * table.firstSkippedRow.nonNumericSpend; // 4
 */
export function readSpendTable(columns: SpendColumns): SpendTable {
  const rowCount = Math.max(
    columns.channel.length,
    columns.spend.length,
    columns.month?.length ?? 0,
    columns.newCustomers?.length ?? 0
  );
  const decimalSeparator = spendDecimalSeparator(columns.spend);
  const names = createChannelNames();
  const channel = new Int32Array(rowCount);
  const spend = new Float64Array(rowCount);
  const month = columns.month && new Int32Array(rowCount);
  const reported = columns.newCustomers && new Float64Array(rowCount);
  const skipped: Record<SpendSkipReason, number> = {
    blankChannel: 0,
    nonNumericSpend: 0,
    negativeSpend: 0,
    unreadableMonth: 0,
  };
  const firstSkippedRow: Record<SpendSkipReason, number> = {
    blankChannel: -1,
    nonNumericSpend: -1,
    negativeSpend: -1,
    unreadableMonth: -1,
  };
  const skip = (reason: SpendSkipReason, row: number) => {
    if (skipped[reason]++ === 0) firstSkippedRow[reason] = row;
  };
  const given = [columns.channel, columns.spend, columns.month, columns.newCustomers].filter(
    (column): column is readonly unknown[] => column !== undefined
  );
  let rows = 0;
  for (let row = 0; row < rowCount; row++) {
    if (given.every((column) => isBlankCell(column[row]))) continue;
    const name = cellText(columns.channel[row]);
    const value = readAmount(columns.spend[row], decimalSeparator);
    const monthIndex = columns.month ? monthOf(columns.month[row]) : 0;
    if (name === "") skip("blankChannel", row);
    else if (!Number.isFinite(value)) skip("nonNumericSpend", row);
    else if (value < 0) skip("negativeSpend", row);
    else if (Number.isNaN(monthIndex)) skip("unreadableMonth", row);
    else {
      channel[rows] = names.positionOf(name);
      spend[rows] = value;
      if (month) month[rows] = monthIndex;
      if (reported && columns.newCustomers) {
        const count = readAmount(columns.newCustomers[row], decimalSeparator);
        reported[rows] = count >= 0 ? count : NaN;
      }
      rows++;
    }
  }
  return {
    rows,
    channelNames: names.names,
    channel: channel.slice(0, rows),
    spend: spend.slice(0, rows),
    month: month?.slice(0, rows),
    reportedNewCustomers: reported?.slice(0, rows),
    skipped,
    firstSkippedRow,
  };
}

/** The month index (periodIndex's) of a date or a month written without a day; NaN when neither. */
function monthOf(cell: unknown): number {
  const serial = typeof cell === "number" ? numberToDaySerial(cell) : toDaySerialDayFirst(cell);
  if (!Number.isNaN(serial)) return periodIndex(serial, "month");
  const text = typeof cell === "string" ? cell.trim() : "";
  const yearFirst = YEAR_MONTH.exec(text);
  const monthFirst = MONTH_YEAR.exec(text);
  const [year, month] = yearFirst
    ? [Number(yearFirst[1]), Number(yearFirst[2])]
    : monthFirst
      ? [Number(monthFirst[2]), Number(monthFirst[1])]
      : [NaN, NaN];
  return month >= 1 && month <= 12 ? year * 12 + month - 1 : NaN;
}
