import { segmentIndex } from "../rfm/rfmSegment";
import { DEFAULT_SEGMENT_RULES } from "../rfm/segmentRules";
import type { SegmentKey } from "../rfm/segmentNames";
import type { RfmScoreParts } from "./rfmScoreParts";

/** The segments in the default rules' order, then "other": a segment column holds positions in this list. */
export const SEGMENT_KEYS: readonly SegmentKey[] = [
  ...DEFAULT_SEGMENT_RULES.map((rule) => rule.name),
  "other",
];
const OTHER = SEGMENT_KEYS.length - 1;
/** The default rules are written for scores 1–5. */
const RULE_SCORES = 5;

/**
 * Each customer's segment under the default rules (R rfm package table), as a position in
 * SEGMENT_KEYS; "other" for a score no rule holds. The rules are written for scores 1–5, so
 * with other bins each score s is first put on that scale as ⌈5 s / bins⌉ (with 10 bins, 9
 * and 10 are both 5).
 *
 * @example
 * customerSegments({ recency: Uint8Array.of(5, 1), frequency: Uint8Array.of(5, 5), monetary: Uint8Array.of(5, 5) }, 5);
 * // Uint8Array [0, 7]: Champions, At Risk
 */
export function customerSegments(scores: RfmScoreParts, bins: number): Uint8Array {
  const segments = new Uint8Array(scores.recency.length);
  const onRuleScale = (score: number) => Math.ceil((RULE_SCORES * score) / bins);
  for (let row = 0; row < segments.length; row++) {
    if (scores.recency[row] === 0) {
      segments[row] = OTHER;
      continue;
    }
    const code =
      100 * onRuleScale(scores.recency[row]) +
      10 * onRuleScale(scores.frequency[row]) +
      onRuleScale(scores.monetary[row]);
    const index = segmentIndex(code, DEFAULT_SEGMENT_RULES);
    segments[row] = index < 0 ? OTHER : index;
  }
  return segments;
}
