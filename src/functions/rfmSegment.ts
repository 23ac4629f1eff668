import { segmentIndex } from "../engine/rfm/rfmSegment";
import { languageFor } from "../engine/language";
import { SEGMENT_NAMES } from "../engine/rfm/segmentNames";
import { DEFAULT_SEGMENT_RULES, type SegmentRule } from "../engine/rfm/segmentRules";
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
 * @param rfmScore RFM scores such as 545 (from CX.RFMSCORE, 5 bins): a cell, or a column (E:E works).
 * @param [segmentRules] Your own rules: 7 columns (name, R low, R high, F low, F high, M low, M high), in order of precedence, optionally with a header row. Default: the R rfm package's 11 segments.
 * @returns The segment of each score; "Other" where no rule matches.
 * @example
 * =CX.RFMSEGMENT(555) → Champions
 * =CX.RFMSEGMENT(E2:E1000, H2:N5) → your segment names, one per score
 */
export function rfmSegment(rfmScore: any[][], segmentRules?: any[][]): any[][] {
  try {
    const language = languageFor(displayLanguage());
    const rules: readonly SegmentRule[] = isOmitted(segmentRules)
      ? DEFAULT_SEGMENT_RULES.map((rule) => ({ ...rule, name: SEGMENT_NAMES[rule.name][language] }))
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
