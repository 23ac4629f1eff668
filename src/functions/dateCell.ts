import { InputError } from "../engine/inputError";
import { DATE_FORMS, toDaySerialDayFirst } from "../engine/read/excelDate";
import { readSingleCell } from "./singleCell";

/**
 * An optional date argument as an Excel day serial: an Excel date, YYYY-MM-DD text or day-first
 * text such as 30.09.1997, as the date columns read (see toDaySerialDayFirst); undefined when
 * it is blank or left out.
 *
 * @throws InputError naming the argument (kind "value") for a range or a value that is no date.
 *
 * @example
 * readDateCell([["1997-09-30"]], "observation_end"); // 35703
 * readDateCell(null, "observation_end"); // undefined
 * readDateCell([["30.09.1997"]], "observation_end"); // 35703
 * readDateCell([["09/30/1997"]], "observation_end"); // throws "observation_end: is not a date; …": month first
 */
export function readDateCell(argument: unknown, name: string): number | undefined {
  const cell = readSingleCell(argument, name);
  if (cell === undefined) return undefined;
  const serial = toDaySerialDayFirst(cell);
  if (serial !== serial) {
    throw new InputError(name, `is not a date; give ${DATE_FORMS}`, "value");
  }
  return serial;
}
