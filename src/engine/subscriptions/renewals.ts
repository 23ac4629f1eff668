import type { CalendarPeriod } from "../read/calendarPeriod";

/** Months in one period, for the periods that follow the calendar's months. */
const MONTHS: Record<Exclude<CalendarPeriod, "week">, number> = {
  month: 1,
  quarter: 3,
  year: 12,
};

/** The first year of Excel's 1900 date system and the last it shows. */
const FIRST_YEAR = 1900;
const LAST_YEAR = 9999;
/** Days in the average Gregorian month, to guess a serial's month before the table corrects it. */
const DAYS_PER_MONTH = 365.2425 / 12;

/**
 * How many renewal dates of a subscription that started on `start` fall before `day`: the
 * k ≥ 1 with start + k periods < day, where a month is added as Excel's EDATE adds it (the same
 * day of the month, or the month's last day when it is shorter: 31 Jan + 1 month = 28 Feb). 0
 * when `day` is no later than the first renewal date.
 *
 * @example
 * renewalsBefore(44927, 45000, "month"); // 2: from 2023-01-01, 02-01 and 03-01 fall before 03-15
 * renewalsBefore(44927, 44986, "month"); // 1: 2023-03-01 itself is not before 2023-03-01
 * renewalsBefore(44957, 44986, "month"); // 1: from 2023-01-31 the first renewal is 2023-02-28
 */
export function renewalsBefore(start: number, day: number, period: CalendarPeriod): number {
  if (period === "week") return Math.max(0, Math.floor((day - start - 1) / 7));
  const starts = monthStarts();
  const fromMonth = monthOf(start);
  const toMonth = monthOf(day);
  let months = toMonth - fromMonth;
  // Start + months lands in day's month, on the start's day of the month or that month's last day.
  const startDay = start - starts[fromMonth];
  const lastDay = starts[toMonth + 1] - starts[toMonth] - 1;
  if (day - starts[toMonth] <= Math.min(startDay, lastDay)) months--;
  return Math.max(0, Math.floor(months / MONTHS[period]));
}

/** Serial of the first day of each month from January 1900 (month 0) to a month past December 9999. */
let monthStartTable: Float64Array | undefined;

/**
 * The table of month starts, built on first use by adding up the months' lengths (February
 * 1900 with Excel's 29 days, so serials match Excel's count).
 */
function monthStarts(): Float64Array {
  if (monthStartTable) return monthStartTable;
  const table = new Float64Array((LAST_YEAR - FIRST_YEAR + 1) * 12 + 2);
  table[0] = 1;
  for (let month = 0; month + 1 < table.length; month++) {
    const year = FIRST_YEAR + Math.floor(month / 12);
    table[month + 1] = table[month] + daysInMonth(year, month % 12);
  }
  monthStartTable = table;
  return table;
}

/** The month of a day serial, counted from January 1900 (0): a guess from the average month, then corrected by the table. */
function monthOf(serial: number): number {
  const starts = monthStarts();
  let month = Math.min(Math.max(Math.floor((serial - 1) / DAYS_PER_MONTH), 0), starts.length - 2);
  while (month > 0 && starts[month] > serial) month--;
  while (month + 2 < starts.length && starts[month + 1] <= serial) month++;
  return month;
}

/** Days in a month (0 = January) as Excel counts them: 1900 is a leap year there, as in Lotus 1-2-3. */
function daysInMonth(year: number, month: number): number {
  if (month === 1) {
    const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0 || year === 1900);
    return leap ? 29 : 28;
  }
  return month === 3 || month === 5 || month === 8 || month === 10 ? 30 : 31;
}
