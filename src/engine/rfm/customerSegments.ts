import { onRuleScale, segmentOfScores } from "./rfmSegment";
import {
  DEFAULT_SEGMENT_RULES,
  SEGMENT_RULE_SCORES,
  segmentSchemeRules,
  type SegmentScheme,
} from "./segmentRules";
import type { SegmentKey } from "./segmentNames";
import type { RfmScoreParts } from "./rfmScores";

/** The segments in the default rules' order, then "other": a segment column holds positions in this list. */
export const SEGMENT_KEYS: readonly SegmentKey[] = [
  ...DEFAULT_SEGMENT_RULES.map((rule) => rule.name),
  "other",
];
const OTHER = SEGMENT_KEYS.length - 1;

/**
 * Each customer's segment under a built-in scheme (default: the R rfm package's table), as a
 * position in SEGMENT_KEYS; "other" for a score no rule holds. The rules are written for scores
 * 1–5, so with other bins each score s is first put on that scale as ⌈5 s / bins⌉ (onRuleScale;
 * with 10 bins, 9 and 10 are both 5), as CX.RFMSEGMENT does with its bins.
 *
 * @example
 * const scores = { recency: Uint8Array.of(5, 1), frequency: Uint8Array.of(5, 5), monetary: Uint8Array.of(5, 5) };
 * customerSegments(scores, 5); // Uint8Array [0, 7]: Champions, At Risk
 * customerSegments(scores, 5, "allReachable"); // Uint8Array [0, 8]: Champions, Can't Lose Them
 */
export function customerSegments(
  scores: RfmScoreParts,
  bins: number,
  scheme: SegmentScheme = "rfmPackage"
): Uint8Array {
  const rules = segmentSchemeRules(scheme);
  const positions = rules.map((rule) => SEGMENT_KEYS.indexOf(rule.name));
  const segments = new Uint8Array(scores.recency.length);
  for (let row = 0; row < segments.length; row++) {
    if (scores.recency[row] === 0) {
      segments[row] = OTHER;
      continue;
    }
    const index = segmentOfScores(
      onRuleScale(scores.recency[row], bins, SEGMENT_RULE_SCORES),
      onRuleScale(scores.frequency[row], bins, SEGMENT_RULE_SCORES),
      onRuleScale(scores.monetary[row], bins, SEGMENT_RULE_SCORES),
      rules
    );
    segments[row] = index < 0 ? OTHER : positions[index];
  }
  return segments;
}
