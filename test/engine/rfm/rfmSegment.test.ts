import { segmentIndex } from "../../../src/engine/rfm/rfmSegment";
import {
  ALL_REACHABLE_SEGMENT_RULES,
  DEFAULT_SEGMENT_RULES,
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
    expect(segmentIndex(999, DEFAULT_SEGMENT_RULES)).toBe(-1);
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
      expect.objectContaining({ argument: "rfm_score" })
    );
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
