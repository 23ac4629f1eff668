import type { SegmentKey } from "./segmentNames";

/** A named box of R, F and M scores, each bound inclusive. */
export interface SegmentRule<Name = string> {
  name: Name;
  recencyLow: number;
  recencyHigh: number;
  frequencyLow: number;
  frequencyHigh: number;
  monetaryLow: number;
  monetaryHigh: number;
}

/**
 * A segment rule from its name and six bounds [R low, R high, F low, F high, M low, M high],
 * the columns of a rules range.
 *
 * @example
 * segmentRule("VIP", [5, 5, 4, 5, 4, 5]);
 * // { name: "VIP", recencyLow: 5, recencyHigh: 5, frequencyLow: 4, …, monetaryHigh: 5 }
 */
export function segmentRule<Name>(name: Name, bounds: readonly number[]): SegmentRule<Name> {
  const [recencyLow, recencyHigh, frequencyLow, frequencyHigh, monetaryLow, monetaryHigh] = bounds;
  return { name, recencyLow, recencyHigh, frequencyLow, frequencyHigh, monetaryLow, monetaryHigh };
}

/** The scores the built-in segment tables are written for: 1 to 5. */
export const SEGMENT_RULE_SCORES = 5;

/**
 * The 11-segment table used with the R rfm package (rfm_segment vignette) for scores 1–5, in
 * its order; "≤ n" in the table is 1..n here. The first rule that matches wins, as in
 * rfm_segment, so a rule that lies inside an earlier one never matches: New Customers and
 * Promising fall inside Potential Loyalist, Can't Lose Them inside At Risk, Lost inside
 * Hibernating.
 */
export const DEFAULT_SEGMENT_RULES: readonly SegmentRule<SegmentKey>[] = [
  segmentRule<SegmentKey>("champions", [4, 5, 4, 5, 4, 5]),
  segmentRule<SegmentKey>("loyalCustomers", [2, 5, 3, 5, 3, 5]),
  segmentRule<SegmentKey>("potentialLoyalist", [3, 5, 1, 3, 1, 3]),
  segmentRule<SegmentKey>("newCustomers", [4, 5, 1, 1, 1, 1]),
  segmentRule<SegmentKey>("promising", [3, 4, 1, 1, 1, 1]),
  segmentRule<SegmentKey>("needAttention", [2, 3, 2, 3, 2, 3]),
  segmentRule<SegmentKey>("aboutToSleep", [2, 3, 1, 2, 1, 2]),
  segmentRule<SegmentKey>("atRisk", [1, 2, 2, 5, 2, 5]),
  segmentRule<SegmentKey>("cantLoseThem", [1, 1, 4, 5, 4, 5]),
  segmentRule<SegmentKey>("hibernating", [1, 2, 1, 2, 1, 2]),
  segmentRule<SegmentKey>("lost", [1, 2, 1, 2, 1, 2]),
];

/**
 * The same eleven segments with every one reachable: the narrow boxes come before the wide ones
 * that hold them (New Customers and Promising before Potential Loyalist, Can't Lose Them before
 * At Risk), and Lost is narrowed to R 1, F 1, M 1, checked before Hibernating, so the two no
 * longer share one box. The first match still wins.
 */
export const ALL_REACHABLE_SEGMENT_RULES: readonly SegmentRule<SegmentKey>[] = [
  segmentRule<SegmentKey>("champions", [4, 5, 4, 5, 4, 5]),
  segmentRule<SegmentKey>("cantLoseThem", [1, 1, 4, 5, 4, 5]),
  segmentRule<SegmentKey>("newCustomers", [4, 5, 1, 1, 1, 1]),
  segmentRule<SegmentKey>("promising", [3, 4, 1, 1, 1, 1]),
  segmentRule<SegmentKey>("lost", [1, 1, 1, 1, 1, 1]),
  segmentRule<SegmentKey>("loyalCustomers", [2, 5, 3, 5, 3, 5]),
  segmentRule<SegmentKey>("potentialLoyalist", [3, 5, 1, 3, 1, 3]),
  segmentRule<SegmentKey>("needAttention", [2, 3, 2, 3, 2, 3]),
  segmentRule<SegmentKey>("aboutToSleep", [2, 3, 1, 2, 1, 2]),
  segmentRule<SegmentKey>("atRisk", [1, 2, 2, 5, 2, 5]),
  segmentRule<SegmentKey>("hibernating", [1, 2, 1, 2, 1, 2]),
];

/** Which built-in segment table to use: the R rfm package's as published, or every segment reachable. */
export type SegmentScheme = "rfmPackage" | "allReachable";

/**
 * The rules of a built-in segment scheme.
 *
 * @example
 * segmentSchemeRules("allReachable")[1].name; // "cantLoseThem"
 */
export function segmentSchemeRules(scheme: SegmentScheme): readonly SegmentRule<SegmentKey>[] {
  return scheme === "allReachable" ? ALL_REACHABLE_SEGMENT_RULES : DEFAULT_SEGMENT_RULES;
}
