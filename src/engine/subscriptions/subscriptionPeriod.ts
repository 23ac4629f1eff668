import { InputError } from "../inputError";
import { daySerialToIso } from "../read/excelDate";

/** The period subscriptions are counted in: cohorts by the calendar period of the start, renewals every period. */
export type SubscriptionPeriod = "week" | "month" | "quarter" | "year";

/** Months in one period, for the periods that follow the calendar's months. */
const MONTHS: Record<Exclude<SubscriptionPeriod, "week">, number> = {
  month: 1,
  quarter: 3,
  year: 12,
};

/** The words each period is written as, in en/da/nb/de/nl, lower case. */
const PERIOD_WORDS: Record<SubscriptionPeriod, readonly string[]> = {
  week: ["week", "weeks", "w", "uge", "uke", "woche", "wochen"],
  month: ["month", "months", "m", "måned", "måneder", "maned", "monat", "monate", "maand"],
  quarter: ["quarter", "quarters", "q", "kvartal", "quartal", "kwartaal"],
  year: ["year", "years", "y", "år", "ar", "jahr", "jahre", "jaar"],
};

/** Serial of 1970-01-01 in Excel's 1900 date system. */
const UNIX_EPOCH_SERIAL = 25569;
const MILLISECONDS_PER_DAY = 86_400_000;
/** Excel serials of Mondays are 2 modulo 7 (serial 45000, 2023-03-15, is a Wednesday). */
const MONDAY_REMAINDER = 2;

/**
 * The period an argument names: "week", "month", "quarter" or "year" (also W/M/Q/Y and the
 * words in Danish, Norwegian, German and Dutch), case-insensitive; "month" when blank.
 *
 * @throws InputError "period" (kind "value") for anything else.
 *
 * @example
 * readSubscriptionPeriod("Quarter"); // "quarter"
 * readSubscriptionPeriod("måned"); // "month"
 * readSubscriptionPeriod(undefined); // "month"
 */
export function readSubscriptionPeriod(value: unknown): SubscriptionPeriod {
  if (value === undefined || value === null || value === "") return "month";
  const word = typeof value === "string" ? value.trim().toLowerCase() : "";
  for (const period of Object.keys(PERIOD_WORDS) as SubscriptionPeriod[]) {
    if (PERIOD_WORDS[period].includes(word)) return period;
  }
  throw new InputError("period", 'must be "week", "month", "quarter" or "year"', "value");
}

/**
 * The calendar period a day serial falls in, as a whole number that counts periods (weeks from
 * Monday to Sunday; months, quarters and years of the calendar), so period p + k is k periods
 * after period p.
 *
 * @example
 * periodIndex(45000, "month") - periodIndex(44927, "month"); // 2: 2023-03-15 is two months after 2023-01-01
 * periodIndex(45000, "week") === periodIndex(44998, "week"); // true: Monday 2023-03-13 starts its week
 */
export function periodIndex(serial: number, period: SubscriptionPeriod): number {
  if (period === "week") return Math.floor((serial - MONDAY_REMAINDER) / 7);
  const date = calendarDate(serial);
  return Math.floor((date.getUTCFullYear() * 12 + date.getUTCMonth()) / MONTHS[period]);
}

/**
 * How a period reads in a table: "2024-03" (month), "2024-Q1", "2024", or a week's Monday
 * "2024-03-11".
 *
 * @example
 * periodLabel(periodIndex(45000, "month"), "month"); // "2023-03"
 * periodLabel(periodIndex(45000, "quarter"), "quarter"); // "2023-Q1"
 * periodLabel(periodIndex(45000, "week"), "week"); // "2023-03-13"
 */
export function periodLabel(index: number, period: SubscriptionPeriod): string {
  if (period === "week") return daySerialToIso(index * 7 + MONDAY_REMAINDER);
  const months = index * MONTHS[period];
  const year = String(Math.floor(months / 12));
  if (period === "year") return year;
  const month = (months % 12) + 1;
  return period === "quarter"
    ? `${year}-Q${Math.ceil(month / 3)}`
    : `${year}-${String(month).padStart(2, "0")}`;
}

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
export function renewalsBefore(start: number, day: number, period: SubscriptionPeriod): number {
  if (period === "week") return Math.max(0, Math.floor((day - start - 1) / 7));
  const from = calendarDate(start);
  const to = calendarDate(day);
  const startDay = from.getUTCDate();
  const toYear = to.getUTCFullYear();
  const toMonth = to.getUTCMonth();
  let months = (toYear - from.getUTCFullYear()) * 12 + toMonth - from.getUTCMonth();
  // Start + months lands in day's month, on the start's day or that month's last day.
  const lastDay = new Date(Date.UTC(toYear, toMonth + 1, 0)).getUTCDate();
  if (to.getUTCDate() <= Math.min(startDay, lastDay)) months--;
  return Math.max(0, Math.floor(months / MONTHS[period]));
}

/** The calendar date of an Excel day serial, as a UTC Date (serials before 1900-03-01 shifted past Excel's fake leap day). */
function calendarDate(serial: number): Date {
  const days = serial - UNIX_EPOCH_SERIAL + (serial < 61 ? 1 : 0);
  return new Date(days * MILLISECONDS_PER_DAY);
}
