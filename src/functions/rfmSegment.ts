import { InputError } from "../engine/inputError";
import { segmentIndex } from "../engine/rfm/rfmSegment";
import { languageFor } from "../engine/language";
import { SEGMENT_NAMES } from "../engine/rfm/segmentNames";
import {
  segmentSchemeRules,
  type SegmentRule,
  type SegmentScheme,
} from "../engine/rfm/segmentRules";
import { withoutBlankTail } from "./blankTail";
import { broadcastCells, toMatrix } from "./broadcast";
import { requireCellNumber } from "./cellValues";
import { displayLanguage } from "../excel/displayLanguage";
import { toExcelError } from "./excelError";
import { isOmitted } from "./isOmitted";
import { readSegmentRules } from "./segmentRulesRange";

/**
 * RFM segment name per score, e.g. "Champions" for 555, in Excel's display language. The first rule that matches wins.
 * @customfunction RFMSEGMENT
 * @param rfmScore RFM scores such as 545 (from CX.RFMSCORE, 5 bins): a cell, or a column such as Table1[RFM].
 * @param [segmentRules] Your own rules: 7 columns (name, R low, R high, F low, F high, M low, M high), in order of precedence, optionally with a header row. Or "reachable" for the 11 segments with every one reachable. Default: the R rfm package's 11 segments.
 * @returns The segment of each score; "Other" where no rule matches.
 * @example
 * =CX.RFMSEGMENT(555) → Champions
 * =CX.RFMSEGMENT(E2:E1000, H2:N5) → your segment names, one per score
 * =CX.RFMSEGMENT(144, "reachable") → Can't Lose Them
 */
export function rfmSegment(rfmScore: unknown[][], segmentRules?: unknown[][]): unknown[][] {
  try {
    const language = languageFor(displayLanguage());
    const scheme = isOmitted(segmentRules) ? "rfmPackage" : builtInScheme(segmentRules);
    const rules: readonly SegmentRule[] = scheme
      ? segmentSchemeRules(scheme).map((rule) => ({
          ...rule,
          name: SEGMENT_NAMES[rule.name][language],
        }))
      : readSegmentRules(segmentRules);
    const otherName = SEGMENT_NAMES.other[language];
    const scores = withoutBlankTail([toMatrix(rfmScore)], ["rfm_score"]);
    return broadcastCells(scores, ["rfm_score"], ([cell]) => {
      const index = segmentIndex(requireCellNumber(cell, "rfm_score"), rules);
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
