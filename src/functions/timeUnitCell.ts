import { daysPerTimeUnit, type TimeUnit } from "../engine/read/timeUnit";
import { readSingleCell } from "./singleCell";

/**
 * The time_unit argument, case-insensitive: "D", "W" or "M", or the default when it is blank
 * or left out.
 *
 * @throws InputError "time_unit" (kind "value") for a range or any other value.
 *
 * @example
 * readTimeUnit([["m"]], "W"); // "M"
 * readTimeUnit(undefined, "W"); // "W"
 * readTimeUnit([["weeks"]], "W"); // throws 'time_unit: must be "D", "W" or "M"'
 */
export function readTimeUnit(argument: unknown, defaultUnit: TimeUnit): TimeUnit {
  const cell = readSingleCell(argument, "time_unit");
  if (cell === undefined) return defaultUnit;
  const unit = (typeof cell === "string" ? cell.trim().toUpperCase() : "") as TimeUnit;
  daysPerTimeUnit(unit);
  return unit;
}
