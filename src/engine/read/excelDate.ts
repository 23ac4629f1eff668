/** Day serial of 9999-12-31, the last date Excel's 1900 date system can show. */
const LAST_SERIAL = 2958465;
/** Serial of Excel's non-existent 1900-02-29, kept because Excel (after Lotus 1-2-3) counts it. */
const FAKE_LEAP_DAY = 60;
/** Serial of 1970-01-01: days from the civil epoch are shifted by this for dates from 1900-03-01. */
const UNIX_EPOCH_SERIAL = 25569;

const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:(?: |T)(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)?)?$/;
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/;
/** Day, month and year separated alike by '.', '-' or '/', an optional time after a space. */
const DAY_FIRST_DATE =
  /^(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?: (?:[01]?\d|2[0-3])[:.][0-5]\d(?:[:.][0-5]\d)?)?$/;
/** Two-digit years below this are 20yy, the others 19yy: Excel's own rule for typed dates. */
const TWO_DIGIT_YEAR_PIVOT = 30;

/**
 * The Excel 1900-system day serial (whole day; the time of day is dropped) of a cell value, or
 * NaN when the value is not a readable date. Accepted:
 * - a number: an Excel serial, finite, from 1 (1900-01-01) to 2958465 (9999-12-31);
 * - a whole number that is not a serial but reads as YYYYMMDD (19970101), as a CDNOW log pasted into Excel gives;
 * - text "YYYY-MM-DD", "YYYY-MM-DD HH:MM[:SS]", "YYYY-MM-DDTHH:MM[:SS][Z|±hh:mm]" (the date as written,
 *   the time and zone ignored) or "YYYYMMDD".
 * Dates must exist on the calendar (2021-02-30 is NaN), except Excel's 1900-02-29 (serial 60).
 *
 * @example
 * toDaySerial(45000.75); // 45000
 * toDaySerial("2023-03-15T18:30:00+02:00"); // 45000
 * toDaySerial("19970101"); // 35431
 * toDaySerial("2021-02-30"); // NaN
 */
export function toDaySerial(value: unknown): number {
  if (typeof value === "number") return numberToDaySerial(value);
  if (typeof value !== "string") return NaN;
  const text = value.trim();
  const iso = ISO_DATE.exec(text);
  if (iso !== null) return calendarDateSerial(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  return compactDateSerial(text);
}

/**
 * The date forms every reader of a date cell takes (toDaySerialDayFirst), as messages ask for them.
 *
 * @example
 * `is not a date; give ${DATE_FORMS}`; // "… give an Excel date, YYYY-MM-DD or DD.MM.YYYY text"
 */
export const DATE_FORMS = "an Excel date, YYYY-MM-DD or DD.MM.YYYY text";

/**
 * toDaySerial of a number cell: the serial's whole day from 1 (1900-01-01) to 2958465
 * (9999-12-31), a larger whole number read as YYYYMMDD, NaN otherwise. Small enough to inline,
 * so a builder reading a million number cells pays no regular expression and no call.
 *
 * @example
 * numberToDaySerial(45000.75); // 45000
 * numberToDaySerial(19970101); // 35431
 * numberToDaySerial(0.5); // NaN
 * numberToDaySerial(Infinity); // NaN
 */
export function numberToDaySerial(value: number): number {
  // NaN fails both comparisons; Infinity fails the first and is no whole number.
  if (value >= 1 && value < LAST_SERIAL + 1) return Math.floor(value);
  return value > LAST_SERIAL && Number.isInteger(value) ? compactDateSerial(String(value)) : NaN;
}

/**
 * toDaySerial, and text dates written day first as in Denmark, Norway, Germany and the
 * Netherlands: "dd.mm.yyyy", "dd-mm-yyyy" or "dd/mm/yyyy" (one or two digits for day and month,
 * the same separator twice), optionally followed by a time "hh:mm[:ss]" or "hh.mm[.ss]" that is
 * dropped. A two-digit year is read as Excel reads a typed one: 00–29 are 2000–2029, 30–99 are
 * 1930–1999 ("31.12.29" is 2029-12-31, "01.01.30" 1930-01-01). Month-first (US) text is not
 * read: "12/31/2023" is NaN, and "05/04/2023" is 5 April.
 *
 * @example
 * toDaySerialDayFirst("15.03.2023"); // 45000
 * toDaySerialDayFirst("15-3-2023 18:30"); // 45000
 * toDaySerialDayFirst("15/03/23"); // 45000
 * toDaySerialDayFirst("2023-03-15"); // 45000, as toDaySerial
 * toDaySerialDayFirst("31.02.2023"); // NaN
 */
export function toDaySerialDayFirst(value: unknown): number {
  const serial = toDaySerial(value);
  if (!isNaN(serial) || typeof value !== "string") return serial;
  const dayFirst = DAY_FIRST_DATE.exec(value.trim());
  if (dayFirst === null) return NaN;
  const writtenYear = Number(dayFirst[4]);
  const year =
    dayFirst[4].length === 4
      ? writtenYear
      : writtenYear + (writtenYear < TWO_DIGIT_YEAR_PIVOT ? 2000 : 1900);
  return calendarDateSerial(year, Number(dayFirst[3]), Number(dayFirst[1]));
}

/**
 * ISO text "YYYY-MM-DD" of an Excel 1900-system day serial (the time of day dropped), or ""
 * when the serial is not a date Excel can show. Serial 60 is Excel's "1900-02-29".
 *
 * @example
 * daySerialToIso(45000); // "2023-03-15"
 * daySerialToIso(61); // "1900-03-01"
 * daySerialToIso(60); // "1900-02-29"
 */
export function daySerialToIso(serial: number): string {
  if (!Number.isFinite(serial) || serial < 1 || serial >= LAST_SERIAL + 1) return "";
  const [year, month, dayOfMonth] = daySerialParts(serial);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(dayOfMonth, 2)}`;
}

/**
 * [year, month 1–12, day] of a day serial from 1 to 9999-12-31's (a fraction of a day dropped);
 * serial 60 is Excel's [1900, 2, 29].
 *
 * @example
 * daySerialParts(45000); // [2023, 3, 15]
 */
export function daySerialParts(serial: number): [number, number, number] {
  const day = Math.floor(serial);
  if (day === FAKE_LEAP_DAY) return [1900, 2, 29];
  // Before the fake leap day Excel serials run one day behind the real calendar.
  return civilFromDays(day - UNIX_EPOCH_SERIAL + (day < FAKE_LEAP_DAY ? 1 : 0));
}

/** Serial of "YYYYMMDD" text, NaN when it is not one. */
function compactDateSerial(text: string): number {
  const compact = COMPACT_DATE.exec(text);
  return compact === null
    ? NaN
    : calendarDateSerial(Number(compact[1]), Number(compact[2]), Number(compact[3]));
}

/**
 * Serial of a calendar date, NaN when the date does not exist or is before 1900.
 *
 * @example
 * calendarDateSerial(2023, 3, 15); // 45000
 * calendarDateSerial(2023, 2, 29); // NaN
 */
export function calendarDateSerial(year: number, month: number, day: number): number {
  if (year === 1900 && month === 2 && day === 29) return FAKE_LEAP_DAY;
  if (year < 1900 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
    return NaN;
  const daysFromEpoch = daysFromCivil(year, month, day);
  const serial = daysFromEpoch + UNIX_EPOCH_SERIAL;
  return serial > FAKE_LEAP_DAY ? serial : serial - 1;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (Hinnant, "chrono-compatible low-level date algorithms", days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const shiftedYear = month <= 2 ? year - 1 : year;
  const era = Math.floor(shiftedYear / 400);
  const yearOfEra = shiftedYear - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** [year, month, day] of a count of days since 1970-01-01 (Hinnant, civil_from_days). */
function civilFromDays(daysFromEpoch: number): [number, number, number] {
  const shifted = daysFromEpoch + 719468;
  const era = Math.floor(shifted / 146097);
  const dayOfEra = shifted - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36524) -
      Math.floor(dayOfEra / 146096)) /
      365
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return [year, month, day];
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}
