import { InputError } from "../inputError";

/** The unit of t_x and T: days, weeks or months. */
export type TimeUnit = "D" | "W" | "M";

/** Days in the average Gregorian year: every year, month and CLV horizon here is measured in it. */
export const DAYS_PER_YEAR = 365.25;

/** Days in one unit; a month is the average Gregorian month, 365.25 / 12 = 30.4375 days. */
const DAYS_PER_UNIT: Record<TimeUnit, number> = { D: 1, W: 7, M: DAYS_PER_YEAR / 12 };

/**
 * Days in one time unit: D = 1, W = 7, M = 365.25 / 12 = 30.4375 (the average month, so 12
 * months make the average year and durations do not depend on which months they span).
 *
 * @throws InputError (kind "value") on "time_unit" for anything but "D", "W" or "M".
 *
 * @example
 * daysPerTimeUnit("W"); // 7
 * daysPerTimeUnit("M"); // 30.4375
 */
export function daysPerTimeUnit(unit: TimeUnit): number {
  const days = Object.prototype.hasOwnProperty.call(DAYS_PER_UNIT, unit)
    ? DAYS_PER_UNIT[unit]
    : undefined;
  if (days === undefined) throw new InputError("time_unit", 'must be "D", "W" or "M"', "value");
  return days;
}
