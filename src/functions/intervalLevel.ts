import { readCellNumber } from "./cellValues";
import { readSingleCell } from "./singleCell";

/**
 * The [interval] argument of CX.PCLV and CX.NEWCLV: undefined when left out or blank, else its
 * number (the engine checks it lies in (0, 1)).
 * @throws InputError "interval" for several cells or a cell that is no number.
 * @example
 * readIntervalLevel(undefined); // undefined
 * readIntervalLevel([[0.9]]); // 0.9
 */
export function readIntervalLevel(interval: unknown): number | undefined {
  return readCellNumber(readSingleCell(interval, "interval"), "interval");
}
