import { requireFinite } from "../argumentChecks";
import { InputError } from "../inputError";
import type { SegmentRule } from "./segmentRules";

/**
 * The position of the first rule whose R, F and M bounds (inclusive) hold the scores of an RFM
 * code, or −1 when none does. The code is read as rfmCodes writes it, 100·R + 10·F + M with each
 * score 1..bins, so with 10 bins a score of 10 carries into the next digit (1005 is R 9, F 10,
 * M 5). Each score is put on the rules' scale first (see onRuleScale): pass SEGMENT_RULE_SCORES
 * for the built-in tables, as the task pane does; by default the rules are on the scores' own
 * scale.
 *
 * @param code An RFM code such as 545, as CX.RFMSCORE spills it.
 * @param rules Segments in order of precedence.
 * @param bins The scores' bins, 2 to 10, as given to CX.RFMSCORE. Default 5.
 * @param ruleScores The scores the rules are written for, 1..ruleScores. Default bins.
 * @throws InputError on "rfm_score" (kind "value") unless a whole number whose three scores are
 *   each 1..bins.
 *
 * @example
 * segmentIndex(545, DEFAULT_SEGMENT_RULES); // 0: Champions (R 4–5, F 4–5, M 4–5)
 * segmentIndex(155, DEFAULT_SEGMENT_RULES); // 7: At Risk, which comes before Can't Lose Them
 * segmentIndex(333, DEFAULT_SEGMENT_RULES, 3, 5); // 0: Champions, as 5 5 5 on the 1–5 scale
 * segmentIndex(1011, DEFAULT_SEGMENT_RULES, 10, 5); // 2: Potential Loyalist (R 10, F 1, M 1 is 5 1 1 on 1–5)
 * segmentIndex(511, [segmentRule("VIP", [5, 5, 5, 5, 5, 5])]); // −1
 */
export function segmentIndex(
  code: number,
  rules: readonly SegmentRule<unknown>[],
  bins = 5,
  ruleScores = bins
): number {
  requireFinite(code, "rfm_score");
  if (!Number.isInteger(code) || code < 111) throw notACode(code, bins);
  // Each score is 1..bins, so the last digit 0 is a score of 10 (and likewise after the carry).
  const monetary = ((code - 1) % 10) + 1;
  const rest = (code - monetary) / 10;
  const frequency = ((rest - 1) % 10) + 1;
  const recency = (rest - frequency) / 10;
  if (recency > bins || frequency > bins || monetary > bins) throw notACode(code, bins);
  return segmentOfScores(
    onRuleScale(recency, bins, ruleScores),
    onRuleScale(frequency, bins, ruleScores),
    onRuleScale(monetary, bins, ruleScores),
    rules
  );
}

function notACode(code: number, bins: number): InputError {
  return new InputError(
    "rfm_score",
    `${code} is not an RFM score of ${bins} bins (100·R + 10·F + M with R, F and M from 1 to ${bins}); give the bins CX.RFMSCORE scored with`,
    "value"
  );
}

/**
 * A score of 1..bins on the scale of rules written for scores 1..ruleScores: ⌈ruleScores·s/bins⌉,
 * so the top score stays the top. With 10 bins on the built-in 1–5 tables, 9 and 10 are both 5;
 * with 3 bins, 1, 2 and 3 are 2, 4 and 5. The score itself when ruleScores is bins.
 *
 * @example
 * onRuleScale(3, 3, 5); // 5
 * onRuleScale(9, 10, 5); // 5
 * onRuleScale(4, 5, 5); // 4
 */
export function onRuleScale(score: number, bins: number, ruleScores: number): number {
  return Math.ceil((ruleScores * score) / bins);
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
