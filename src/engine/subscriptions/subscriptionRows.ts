import { InputError } from "../inputError";
import type { AttributeColumn } from "../read/attributeColumn";
import type { SubscriptionColumnRoles } from "../read/subscriptionColumns";
import { DATE_FORMS, daySerialToIso, toDaySerialDayFirst } from "../read/excelDate";
import { isBlankCell } from "../read/isBlankCell";
import { readAmount } from "../read/readNumber";
import { cellText, createTextPositions, IdPositions } from "../read/textPositions";

/** A subscription table's cells, one array per column and one value per row (header excluded). */
export interface SubscriptionCells {
  readonly starts: readonly unknown[];
  /** Blank while the subscription is active. */
  readonly ends: readonly unknown[];
  readonly customers?: readonly unknown[];
  /** The fee per period (the period the survival is counted in). */
  readonly fees?: readonly unknown[];
  /** A plan, region or channel to split the cohorts by. */
  readonly attributes?: readonly unknown[];
}

/** The subscriptions read, one per kept row, as day serials and positions. */
export interface Subscriptions {
  readonly count: number;
  /** Start date, an Excel day serial. */
  readonly start: Float64Array;
  /** End date, an Excel day serial; NaN while active. */
  readonly end: Float64Array;
  /** Fee per period; NaN when there is no fee column or the cell is blank or no number. */
  readonly fee: Float64Array;
  /** Row of each subscription in the cells given (0-based), so results can go back beside it. */
  readonly sourceRow: Int32Array;
  /** Position of each subscription's customer in customerIds; −1 without a customer column or for a blank. */
  readonly customer: Int32Array;
  readonly customerIds: readonly string[];
  readonly attribute?: AttributeColumn;
}

/** Why a row was left out; a row with both problems counts under the first. */
export type SubscriptionSkipReason = "unreadableStart" | "unreadableEnd" | "endBeforeStart";

/** The first row left out (0-based in the cells given) and its cell to blame: the start or the end. */
export interface FirstSkippedSubscription {
  readonly row: number;
  readonly cell: "start" | "end";
}

/** What readSubscriptions kept, how many rows it left out for each reason, and the first of them. */
export interface SubscriptionReading {
  readonly subscriptions: Subscriptions;
  readonly skipped: Record<SubscriptionSkipReason, number>;
  /** Null when no row was left out. */
  readonly firstSkipped: FirstSkippedSubscription | null;
}

/**
 * Reads subscription rows: start and end dates as Excel dates or text (YYYY-MM-DD, DD.MM.YYYY
 * and the other forms toDaySerialDayFirst reads), a blank end for an active subscription, fees
 * as readAmount reads money. Rows blank in every column are passed over; a row with a blank or
 * unreadable start, an unreadable end or an end before its start is skipped and counted, or,
 * with badRows "refuse", throws.
 *
 * @param badRows "skip" (the pane, which reports the counts) or "refuse" (a custom function).
 * @throws InputError "start_dates" or "end_dates" (kind "value") with the 1-based row, for
 *   "refuse"; "start_dates" (kind "na") when no row is left.
 *
 * @example
 * const { subscriptions, skipped } = readSubscriptions({
 *   starts: ["2024-01-15", 45306, "bad", null],
 *   ends: [null, "01.03.2024", null, null],
 * });
 * subscriptions.start; // Float64Array [45306, 45306]
 * subscriptions.end; // Float64Array [NaN, 45352]
 * skipped.unreadableStart; // 1 (the blank last row is passed over)
 * firstSkipped; // { row: 2, cell: "start" }
 * readSubscriptions({ starts: ["2024-03-01"], ends: ["2024-02-01"] }, "refuse");
 * // throws "end_dates: row 1: the subscription ends (2024-02-01) before it starts (2024-03-01)"
 */
export function readSubscriptions(
  cells: SubscriptionCells,
  badRows: "skip" | "refuse" = "skip"
): SubscriptionReading {
  const rows = cells.starts.length;
  const start = new Float64Array(rows);
  const end = new Float64Array(rows);
  const fee = new Float64Array(rows);
  const sourceRow = new Int32Array(rows);
  const customer = new Int32Array(rows);
  const attributeIndex = new Int32Array(cells.attributes ? rows : 0);
  const customerIds = new IdPositions();
  const attributeValues = createTextPositions();
  const skipped: Record<SubscriptionSkipReason, number> = {
    unreadableStart: 0,
    unreadableEnd: 0,
    endBeforeStart: 0,
  };
  let firstSkipped: FirstSkippedSubscription | null = null;
  let count = 0;
  for (let row = 0; row < rows; row++) {
    const startCell = cells.starts[row];
    const endCell = cells.ends[row];
    if (isBlankCell(startCell) && isBlankCell(endCell) && isBlankCell(cells.customers?.[row]))
      continue;
    const startSerial = toDaySerialDayFirst(startCell);
    const endSerial = isBlankCell(endCell) ? NaN : toDaySerialDayFirst(endCell);
    const reason: SubscriptionSkipReason | undefined =
      startSerial !== startSerial
        ? "unreadableStart"
        : endSerial !== endSerial && !isBlankCell(endCell)
          ? "unreadableEnd"
          : endSerial < startSerial
            ? "endBeforeStart"
            : undefined;
    if (reason !== undefined) {
      if (badRows === "refuse") {
        const cell = reason === "unreadableStart" ? startCell : endCell;
        throw rowError(reason, row, cell, startSerial, endSerial);
      }
      skipped[reason]++;
      firstSkipped ??= { row, cell: reason === "unreadableStart" ? "start" : "end" };
      continue;
    }
    start[count] = startSerial;
    end[count] = endSerial;
    fee[count] = cells.fees && !isBlankCell(cells.fees[row]) ? readAmount(cells.fees[row]) : NaN;
    sourceRow[count] = row;
    customer[count] = cells.customers ? customerIds.positionOf(cells.customers[row]) : -1;
    if (cells.attributes) {
      const value = cellText(cells.attributes[row]);
      attributeIndex[count] = value === "" ? -1 : attributeValues.positionOf(value);
    }
    count++;
  }
  if (count === 0) {
    throw new InputError("start_dates", "no subscription: every row is blank or unreadable", "na");
  }
  return {
    subscriptions: {
      count,
      start: start.slice(0, count),
      end: end.slice(0, count),
      fee: fee.slice(0, count),
      sourceRow: sourceRow.slice(0, count),
      customer: customer.slice(0, count),
      customerIds: customerIds.values,
      ...(cells.attributes && {
        attribute: { values: attributeValues.values, index: attributeIndex.slice(0, count) },
      }),
    },
    skipped,
    firstSkipped,
  };
}

/** The InputError of a bad row, with its 1-based row and the cell, or both dates for an end before its start. */
function rowError(
  reason: SubscriptionSkipReason,
  row: number,
  cell: unknown,
  start: number,
  end: number
): InputError {
  const shown = isBlankCell(cell) ? "the cell is blank" : `${JSON.stringify(cell)} is not a date`;
  const [argument, problem] =
    reason === "unreadableStart"
      ? ["start_dates", `${shown}; give ${DATE_FORMS}`]
      : reason === "unreadableEnd"
        ? ["end_dates", `${shown}; give ${DATE_FORMS}, or leave it blank while active`]
        : [
            "end_dates",
            `the subscription ends (${daySerialToIso(end)}) before it starts (${daySerialToIso(start)})`,
          ];
  return new InputError(argument, `row ${row + 1}: ${problem}`, "value");
}

/**
 * The cells readSubscriptions takes, from a table's rows (header excluded) and its roles; the
 * attribute to split by is the plan unless another column is given.
 *
 * @param attributeColumn The column to split cohorts by; −1 for none. Default: the plan column.
 * @example
 * const rows = [["K1", 45306, null, 99, "Basic"], ["K2", 45310, 45400, 149, "Plus"]];
 * subscriptionCellsOf(rows, { customer: 0, start: 1, end: 2, fee: 3, plan: 4, attributes: [] });
 * // { starts: [45306, 45310], ends: [null, 45400], customers: ["K1", "K2"], fees: [99, 149], attributes: ["Basic", "Plus"] }
 */
export function subscriptionCellsOf(
  rows: readonly (readonly unknown[])[],
  roles: SubscriptionColumnRoles,
  attributeColumn = roles.plan
): SubscriptionCells {
  const column = (index: number) => rows.map((row) => row[index]);
  return {
    starts: column(roles.start),
    ends: column(roles.end),
    ...(roles.customer >= 0 && { customers: column(roles.customer) }),
    ...(roles.fee >= 0 && { fees: column(roles.fee) }),
    ...(attributeColumn >= 0 && { attributes: column(attributeColumn) }),
  };
}
