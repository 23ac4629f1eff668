import { InputError } from "../inputError";
import { calendarDateSerial, daySerialParts } from "./excelDate";

/** The calendar periods cohorts and trends are counted in. */
export type CalendarPeriod = "week" | "month" | "quarter" | "year";

export const CALENDAR_PERIODS: readonly CalendarPeriod[] = ["week", "month", "quarter", "year"];

/**
 * Weeks start on Mondays, the serials 2 more than a multiple of 7 from 1900-03-01 on (2023-03-13
 * is 44998): Excel counts a 1900-02-29 that never was, so earlier serials are a day behind.
 */
const FIRST_MONDAY = 2;

/**
 * The period a day falls in, as a whole number that grows by one from one period to the next:
 * weeks (Monday to Sunday), or year × 12 + month − 1, year × 4 + quarter − 1, the year.
 *
 * @example
 * periodIndex(45000, "month") - periodIndex(44927, "month"); // 2: 2023-03-15 is two months after 2023-01-01
 * periodIndex(45000, "quarter") % 4; // 0: the first quarter
 */
export function periodIndex(daySerial: number, period: CalendarPeriod): number {
  if (period === "week") return Math.floor((Math.floor(daySerial) - FIRST_MONDAY) / 7);
  const [year, month] = daySerialParts(daySerial);
  if (period === "month") return year * 12 + month - 1;
  if (period === "quarter") return year * 4 + Math.floor((month - 1) / 3);
  return year;
}

/**
 * The period index of every day from firstDay to lastDay, at slot day − firstDay: each date is
 * taken apart once however many rows fall on it.
 *
 * @example
 * periodsOfDays(44985, 44987, "month"); // Int32Array [24277, 24278, 24278]: 2023-02-28, 03-01, 03-02
 */
export function periodsOfDays(
  firstDay: number,
  lastDay: number,
  period: CalendarPeriod
): Int32Array {
  const periods = new Int32Array(Math.max(0, lastDay - firstDay + 1));
  for (let slot = 0; slot < periods.length; slot++) {
    periods[slot] = periodIndex(firstDay + slot, period);
  }
  return periods;
}

/**
 * Day serial of the first day of a period numbered as periodIndex numbers them.
 *
 * @example
 * periodStart(periodIndex(45000, "month"), "month"); // 44986, 2023-03-01
 * periodStart(periodIndex(45000, "week"), "week"); // 44998, Monday 2023-03-13
 */
export function periodStart(index: number, period: CalendarPeriod): number {
  if (period === "week") return index * 7 + FIRST_MONDAY;
  if (period === "month") return calendarDateSerial(Math.floor(index / 12), (index % 12) + 1, 1);
  if (period === "quarter") {
    return calendarDateSerial(Math.floor(index / 4), (index % 4) * 3 + 1, 1);
  }
  return calendarDateSerial(index, 1, 1);
}

/**
 * The label of a period: "2024-03" for a month, "2024-Q1", "2024", and a week by its Monday's
 * date, "2024-03-11", which sorts as text and needs no week-numbering rule.
 *
 * @example
 * periodLabel(periodIndex(45000, "month"), "month"); // "2023-03"
 * periodLabel(periodIndex(45000, "quarter"), "quarter"); // "2023-Q1"
 */
export function periodLabel(index: number, period: CalendarPeriod): string {
  if (period === "month") {
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
  }
  if (period === "quarter") return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
  if (period === "year") return String(index);
  const [year, month, day] = daySerialParts(periodStart(index, "week"));
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** The words each period is written as, in en/da/nb/de/nl, lower case. */
const PERIOD_WORDS: Record<CalendarPeriod, readonly string[]> = {
  week: ["week", "weeks", "w", "uge", "uke", "woche", "wochen"],
  month: ["month", "months", "m", "måned", "måneder", "maned", "monat", "monate", "maand"],
  quarter: ["quarter", "quarters", "q", "kvartal", "quartal", "kwartaal"],
  year: ["year", "years", "y", "år", "ar", "jahr", "jahre", "jaar"],
};

/**
 * A period as typed in a cell: "week", "month", "quarter" or "year", also W/M/Q/Y and the words
 * in Danish, Norwegian, German and Dutch, in any case; "month" when blank or left out.
 *
 * @throws InputError on `argument` (kind "value") for anything else.
 * @example
 * readCalendarPeriod("Q", "period"); // "quarter"
 * readCalendarPeriod("måned", "period"); // "month"
 * readCalendarPeriod(undefined, "period"); // "month"
 */
export function readCalendarPeriod(value: unknown, argument: string): CalendarPeriod {
  if (value === undefined || value === null || value === "") return "month";
  const word = typeof value === "string" ? value.trim().toLowerCase() : "";
  const period = CALENDAR_PERIODS.find((name) => PERIOD_WORDS[name].includes(word));
  if (period === undefined) {
    throw new InputError(argument, 'must be "week", "month", "quarter" or "year"', "value");
  }
  return period;
}
