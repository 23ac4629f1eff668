import { requireSameLength } from "../engine/argumentChecks";
import { InputError } from "../engine/inputError";
import { daySerialToIso } from "../engine/read/excelDate";
import { readCalendarPeriod } from "../engine/read/calendarPeriod";
import { readSubscriptions } from "../engine/subscriptions/subscriptionRows";
import { latestDate, survivorCounts } from "../engine/subscriptions/survivorCounts";
import { withoutBlankTail } from "./blankTail";
import { toMatrix } from "./broadcast";
import { plainCells } from "./cellValues";
import { readDateCell } from "./dateCell";
import { toExcelError } from "./excelError";
import { readSingleCell } from "./singleCell";

const COLUMN_NAMES = ["start_dates", "end_dates"] as const;

/**
 * Counts a cohort's subscribers still subscribed each period, the survivors CX.SBG.FIT takes: first the number that started, then the number still subscribed on their 1st, 2nd, … renewal date (start + 1, 2, … periods). Ending on a renewal date is not renewing. The column stops at the last renewal date the latest start has reached by the observation end.
 * @customfunction SURVIVORS
 * @param startDates Each subscription's start date: a column of Excel dates or YYYY-MM-DD (or DD.MM.YYYY) text; give one cohort, e.g. those that started in one month.
 * @param endDates Each subscription's end date, blank while it is active: a column as tall as start_dates.
 * @param [period] The renewal period: "month" (default), "week", "quarter" or "year".
 * @param [observationEnd] The last day observed, an Excel date. Default: the latest date in start_dates and end_dates.
 * @returns A column of counts: the number that started, then the number still subscribed after each period.
 * @example
 * =CX.SURVIVORS(B2:B1001, C2:C1001, "year", "2007-12-31") → {1000;631;468;382;326;289;262;241}
 */
export function survivors(
  startDates: unknown[][],
  endDates: unknown[][],
  period?: unknown,
  observationEnd?: unknown
): unknown[][] {
  try {
    const given = [toMatrix(startDates), toMatrix(endDates)];
    given.forEach((matrix, index) => {
      if (matrix.some((row) => row.length > 1)) {
        throw new InputError(COLUMN_NAMES[index], "must be a single column", "value");
      }
    });
    requireSameLength(given[1].length, given[0].length, COLUMN_NAMES[1], COLUMN_NAMES[0]);
    const [starts, ends] = withoutBlankTail(given, COLUMN_NAMES).map((matrix, index) =>
      plainCells(matrix, COLUMN_NAMES[index], "a date").map((row) => row[0])
    );
    const { subscriptions } = readSubscriptions({ starts, ends }, "refuse");
    const unit = readCalendarPeriod(readSingleCell(period, "period"), "period");
    const end = readDateCell(observationEnd, "observation_end") ?? latestDate(subscriptions);
    const counts = survivorCounts(subscriptions, unit, end);
    if (counts.length === 0) {
      throw new InputError(
        "observation_end",
        `no subscription starts by ${daySerialToIso(end)}`,
        "na"
      );
    }
    return Array.from(counts, (count) => [count]);
  } catch (error) {
    throw toExcelError(error);
  }
}
