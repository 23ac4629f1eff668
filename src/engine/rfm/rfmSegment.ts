import { requireFinite } from "../argumentChecks";
import { InputError } from "../inputError";
import type { SegmentRule } from "./segmentRules";

/**
 * The position of the first rule whose R, F and M bounds (inclusive) hold the score, or −1
 * when none does. The score is read as three digits: R = ⌊s/100⌋, F = ⌊s/10⌋ mod 10,
 * M = s mod 10, so scores from up to 9 bins.
 *
 * @param score An RFM code such as 545 (100·R + 10·F + M).
 * @param rules Segments in order of precedence.
 * @throws InputError on "rfm_score": "value" when not a number, "num" unless a whole number
 * from 111 to 999 without a 0 digit.
 *
 * @example
 * segmentIndex(545, DEFAULT_SEGMENT_RULES); // 0: Champions (R 4–5, F 4–5, M 4–5)
 * segmentIndex(155, DEFAULT_SEGMENT_RULES); // 7: At Risk, which comes before Can't Lose Them
 * segmentIndex(511, [segmentRule("VIP", [5, 5, 5, 5, 5, 5])]); // −1
 */
export function segmentIndex(score: number, rules: readonly SegmentRule<unknown>[]): number {
  const recency = Math.floor(requireFinite(score, "rfm_score") / 100);
  const frequency = Math.floor(score / 10) % 10;
  const monetary = score % 10;
  if (!Number.isInteger(score) || recency < 1 || recency > 9 || frequency === 0 || monetary === 0) {
    throw new InputError(
      "rfm_score",
      "must be an RFM score such as 545: three digits 1 to 9",
      "num"
    );
  }
  return segmentOfScores(recency, frequency, monetary, rules);
}

/**
 * The position of the first rule whose R, F and M bounds (inclusive) hold the three scores, or
 * −1 when none does: segmentIndex without a code to read.
 *
 * @example
 * segmentOfScores(5, 4, 5, DEFAULT_SEGMENT_RULES); // 0: Champions
 */
export function segmentOfScores(
  recency: number,
  frequency: number,
  monetary: number,
  rules: readonly SegmentRule<unknown>[]
): number {
  for (let index = 0; index < rules.length; index++) {
    const rule = rules[index];
    if (
      recency >= rule.recencyLow &&
      recency <= rule.recencyHigh &&
      frequency >= rule.frequencyLow &&
      frequency <= rule.frequencyHigh &&
      monetary >= rule.monetaryLow &&
      monetary <= rule.monetaryHigh
    ) {
      return index;
    }
  }
  return -1;
}
