import { InputError } from "../engine/inputError";
import { isBlankCell, isBlankRow } from "../engine/read/isBlankCell";
import { segmentRule, type SegmentRule } from "../engine/rfm/segmentRules";
import { withoutBlankTail } from "./blankTail";
import { toMatrix } from "./broadcast";
import { cellErrorCode, cellNumber, requireCellNumber, requirePlainCell } from "./cellValues";
import { rowError } from "./rowError";

const ARGUMENT = "segment_rules";
const BOUND_NAMES = ["R low", "R high", "F low", "F high", "M low", "M high"] as const;
/** A rule's cells: its name, then its bounds. */
const RULE_COLUMNS = 1 + BOUND_NAMES.length;

/**
 * Segment rules from a range of 7 columns: name, R low, R high, F low, F high, M low, M high,
 * one rule per row in order of precedence. A first row whose second cell is not a number is a
 * header and is skipped, as are blank rows, and blank columns right of the seventh (a selection
 * one column too wide). Bounds are inclusive; a low bound above its high bound is #VALUE!, as
 * are a blank name and a missing or non-numeric bound.
 *
 * @example
 * readSegmentRules([["Segment", "R low", "R high", "F low", "F high", "M low", "M high"],
 *                   ["VIP", 5, 5, 4, 5, 4, 5]]);
 * // [{ name: "VIP", recencyLow: 5, recencyHigh: 5, frequencyLow: 4, …, monetaryHigh: 5 }]
 * readSegmentRules([["VIP", 5, 5, 4, 5, 4, 5, null]]); // the same rule: the 8th column is blank
 */
export function readSegmentRules(argument: unknown): SegmentRule[] {
  const [rows] = withoutBlankTail([toMatrix(argument)], [ARGUMENT]);
  const blankBeyondRules = rows.every((cells) => isBlankRow(cells.slice(RULE_COLUMNS)));
  const rules: SegmentRule[] = [];
  for (let row = 0; row < rows.length; row++) {
    const cells = blankBeyondRules ? rows[row].slice(0, RULE_COLUMNS) : rows[row];
    if (cells.length !== RULE_COLUMNS) {
      throw new InputError(
        ARGUMENT,
        "needs 7 columns: name, R low, R high, F low, F high, M low, M high",
        "value"
      );
    }
    const isHeader =
      row === 0 && Number.isNaN(cellNumber(cells[1])) && cellErrorCode(cells[1]) === undefined;
    if (isHeader || cells.every(isBlankCell)) continue;
    try {
      rules.push(readRule(cells));
    } catch (error) {
      throw rowError(error, row);
    }
  }
  if (rules.length === 0) throw new InputError(ARGUMENT, "has no rules", "na");
  return rules;
}

function readRule(cells: readonly unknown[]): SegmentRule {
  const name = requirePlainCell(cells[0], ARGUMENT, "text");
  if (isBlankCell(name) || (typeof name !== "string" && typeof name !== "number")) {
    throw new InputError(ARGUMENT, "the segment name must be text", "value");
  }
  const bounds = BOUND_NAMES.map((_, column) => requireCellNumber(cells[column + 1], ARGUMENT));
  for (let low = 0; low < 6; low += 2) {
    if (bounds[low] > bounds[low + 1]) {
      throw new InputError(
        ARGUMENT,
        `${BOUND_NAMES[low]} must not exceed ${BOUND_NAMES[low + 1]}`,
        "value"
      );
    }
  }
  return segmentRule(String(name).trim(), bounds);
}
