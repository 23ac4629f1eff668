import { onRuleScale, segmentIndex } from "../../../src/engine/rfm/rfmSegment";
import {
  ALL_REACHABLE_SEGMENT_RULES,
  DEFAULT_SEGMENT_RULES,
  SEGMENT_RULE_SCORES,
  segmentRule,
} from "../../../src/engine/rfm/segmentRules";

const segmentOf = (score: number) =>
  DEFAULT_SEGMENT_RULES[segmentIndex(score, DEFAULT_SEGMENT_RULES)]?.name;

describe("segmentIndex with the R rfm package's table", () => {
  it.each([
    [555, "champions"],
    [445, "champions"],
    [535, "loyalCustomers"],
    [333, "loyalCustomers"],
    [511, "potentialLoyalist"],
    [313, "potentialLoyalist"],
    [222, "needAttention"],
    [211, "aboutToSleep"],
    [155, "atRisk"],
    [125, "atRisk"],
    [111, "hibernating"],
    [212, "aboutToSleep"],
  ])("puts %p in %s", (score, segment) => {
    expect(segmentOf(score)).toBe(segment);
  });

  it("returns −1 where no rule matches", () => {
    expect(segmentIndex(115, DEFAULT_SEGMENT_RULES)).toBe(-1); // R1 F1 M5
    expect(segmentIndex(151, DEFAULT_SEGMENT_RULES)).toBe(-1); // R1 F5 M1
    expect(segmentIndex(999, DEFAULT_SEGMENT_RULES, 9)).toBe(-1); // 9 bins, not rescaled
  });

  it("lets the first match win, so rules inside earlier ones never match", () => {
    const reached = new Set<string>();
    for (let r = 1; r <= 5; r++)
      for (let f = 1; f <= 5; f++)
        for (let m = 1; m <= 5; m++) reached.add(segmentOf(100 * r + 10 * f + m) ?? "other");
    expect([...reached].sort()).toEqual([
      "aboutToSleep",
      "atRisk",
      "champions",
      "hibernating",
      "loyalCustomers",
      "needAttention",
      "other",
      "potentialLoyalist",
    ]);
  });

  it("uses the user's rules in their order", () => {
    const rules = [segmentRule("VIP", [5, 5, 5, 5, 5, 5]), segmentRule("Top", [4, 5, 4, 5, 4, 5])];
    expect(segmentIndex(555, rules)).toBe(0);
    expect(segmentIndex(545, rules)).toBe(1);
    expect(segmentIndex(345, rules)).toBe(-1);
  });

  it.each([0, 110, 101, 1000, 12.5, -555, NaN])("rejects the score %p", (score) => {
    expect(() => segmentIndex(score, DEFAULT_SEGMENT_RULES)).toThrow(
      expect.objectContaining({ argument: "rfm_score", kind: "value" })
    );
  });
});

describe("segmentIndex with the scores' bins", () => {
  it("reads every code of 10 bins as rfmCodes writes it, a score of 10 carrying into the next digit", () => {
    for (let r = 1; r <= 10; r++)
      for (let f = 1; f <= 10; f++)
        for (let m = 1; m <= 10; m++) {
          // The one box that holds R = r, F = f, M = m and nothing else.
          const exactly = [segmentRule("it", [r, r, f, f, m, m])];
          expect(segmentIndex(100 * r + 10 * f + m, exactly, 10)).toBe(0);
        }
    expect(segmentIndex(1005, [segmentRule("R9 F10 M5", [9, 9, 10, 10, 5, 5])], 10)).toBe(0);
    expect(segmentIndex(560, [segmentRule("R5 F5 M10", [5, 5, 5, 5, 10, 10])], 10)).toBe(0);
  });

  it.each([
    [560, 5],
    [1011, 9],
    [444, 3],
    [1120, 10],
    [110, 10],
  ])("rejects %p, no code of %p bins", (code, bins) => {
    expect(() => segmentIndex(code, DEFAULT_SEGMENT_RULES, bins)).toThrow(
      `rfm_score: ${code} is not an RFM score of ${bins} bins (100·R + 10·F + M with R, F and M from 1 to ${bins}); give the bins CX.RFMSCORE scored with`
    );
  });

  it("puts scores on the built-in tables' 1–5 scale as ⌈5 s / bins⌉ when asked", () => {
    expect([1, 2, 3].map((score) => onRuleScale(score, 3, SEGMENT_RULE_SCORES))).toEqual([2, 4, 5]);
    expect(
      Array.from({ length: 10 }, (_, index) => onRuleScale(index + 1, 10, SEGMENT_RULE_SCORES))
    ).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
    expect(segmentOf(333)).toBe("loyalCustomers");
    const champions = DEFAULT_SEGMENT_RULES.findIndex((rule) => rule.name === "champions");
    expect(segmentIndex(333, DEFAULT_SEGMENT_RULES, 3, SEGMENT_RULE_SCORES)).toBe(champions);
    // R 10, F 1, M 1 is 5 1 1: Potential Loyalist, which comes before New Customers.
    expect(
      DEFAULT_SEGMENT_RULES[segmentIndex(1011, DEFAULT_SEGMENT_RULES, 10, SEGMENT_RULE_SCORES)].name
    ).toBe("potentialLoyalist");
  });
});

describe("the every-segment-reachable scheme", () => {
  const reachableOf = (score: number) =>
    ALL_REACHABLE_SEGMENT_RULES[segmentIndex(score, ALL_REACHABLE_SEGMENT_RULES)]?.name ?? "other";

  it("reaches all eleven segments over the 125 scores", () => {
    const reached = new Set<string>();
    for (let r = 1; r <= 5; r++)
      for (let f = 1; f <= 5; f++)
        for (let m = 1; m <= 5; m++) reached.add(reachableOf(100 * r + 10 * f + m));
    expect(reached.size).toBe(12); // the eleven and "other"
    expect([...reached].sort()).toEqual(
      [...DEFAULT_SEGMENT_RULES.map((rule) => rule.name), "other"].sort()
    );
  });

  it.each([
    [511, "newCustomers"],
    [311, "promising"],
    [144, "cantLoseThem"],
    [111, "lost"],
    [112, "hibernating"],
    [125, "atRisk"],
    [555, "champions"],
    [212, "aboutToSleep"],
  ])("puts %p in %s", (score, segment) => {
    expect(reachableOf(score)).toBe(segment);
  });
});
