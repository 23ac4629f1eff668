import { requireWholeNumberBetween } from "../engine/argumentChecks";
import { InputError } from "../engine/inputError";
import { segmentIndex } from "../engine/rfm/rfmSegment";
import { languageFor } from "../engine/language";
import { SEGMENT_NAMES } from "../engine/rfm/segmentNames";
import {
  SEGMENT_RULE_SCORES,
  segmentSchemeRules,
  type SegmentRule,
  type SegmentScheme,
} from "../engine/rfm/segmentRules";
import { withoutBlankTail } from "./blankTail";
import { broadcastCells, toMatrix } from "./broadcast";
import { readCellNumber, requireCellNumber } from "./cellValues";
import { displayLanguage } from "../excel/displayLanguage";
import { toExcelError } from "./excelError";
import { isOmitted } from "./isOmitted";
import { DEFAULT_BINS } from "./rfmScore";
import { readSegmentRules } from "./segmentRulesRange";
import { readSingleCell } from "./singleCell";

/**
 * RFM segment name per score, e.g. "Champions" for 555, in Excel's display language. The first rule that matches wins. The built-in rules are for scores 1–5: with other bins each score is put on that scale first, as the task pane does.
 * @customfunction RFMSEGMENT
 * @param rfmScore RFM scores such as 545 from CX.RFMSCORE: a cell, or a column such as Table1[RFM].
 * @param [segmentRules] Your own rules: 7 columns (name, R low, R high, F low, F high, M low, M high), in order of precedence, optionally with a header row, on the scores' own scale 1 to bins. Or "reachable" for the 11 segments with every one reachable. Default: the R rfm package's 11 segments.
 * @param [bins] The bins CX.RFMSCORE scored with, 2 to 10. Default 5.
 * @returns The segment of each score; "Other" where no rule matches.
 * @example
 * =CX.RFMSEGMENT(555) → Champions
 * =CX.RFMSEGMENT(E2:E1000, H2:N5) → your segment names, one per score
 * =CX.RFMSEGMENT(144, "reachable") → Can't Lose Them
 * =CX.RFMSEGMENT(333, , 3) → Champions: the best of 3 bins
 * =CX.RFMSEGMENT(1011, , 10) → Potential Loyalist: R 10, F 1, M 1
 */
export function rfmSegment(
  rfmScore: unknown[][],
  segmentRules?: unknown[][],
  bins?: unknown
): unknown[][] {
  try {
    const language = languageFor(displayLanguage());
    const scoreBins = requireWholeNumberBetween(
      readCellNumber(readSingleCell(bins, "bins"), "bins") ?? DEFAULT_BINS,
      2,
      10,
      "bins"
    );
    const scheme = isOmitted(segmentRules) ? "rfmPackage" : builtInScheme(segmentRules);
    const rules: readonly SegmentRule[] = scheme
      ? segmentSchemeRules(scheme).map((rule) => ({
          ...rule,
          name: SEGMENT_NAMES[rule.name][language],
        }))
      : readSegmentRules(segmentRules);
    // The built-in tables are for scores 1–5; your own rules are on the scores' scale.
    const ruleScores = scheme ? SEGMENT_RULE_SCORES : scoreBins;
    const otherName = SEGMENT_NAMES.other[language];
    const scores = withoutBlankTail([toMatrix(rfmScore)], ["rfm_score"]);
    return broadcastCells(scores, ["rfm_score"], ([cell]) => {
      const code = requireCellNumber(cell, "rfm_score");
      const index = segmentIndex(code, rules, scoreBins, ruleScores);
      return index < 0 ? otherName : rules[index].name;
    });
  } catch (error) {
    throw toExcelError(error);
  }
}

/** The built-in scheme a single text cell names ("rfm" or "reachable", any case); undefined for a rules range. */
function builtInScheme(argument: unknown): SegmentScheme | undefined {
  const cells = toMatrix(argument).flat();
  if (cells.length !== 1 || typeof cells[0] !== "string") return undefined;
  const name = cells[0].trim().toLowerCase();
  if (name === "reachable") return "allReachable";
  if (name === "rfm") return "rfmPackage";
  throw new InputError(
    "segment_rules",
    'must be a range of 7 columns, "reachable" or "rfm"',
    "value"
  );
}
