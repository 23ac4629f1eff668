import { rfmCodes, type RfmScoreParts } from "../../../src/engine/rfm/rfmScores";
import { customerSegments, SEGMENT_KEYS } from "../../../src/engine/rfm/customerSegments";

/** Scores as [R, F, M] triples. */
const parts = (...scores: [number, number, number][]): RfmScoreParts => ({
  recency: Uint8Array.from(scores, ([recency]) => recency),
  frequency: Uint8Array.from(scores, ([, frequency]) => frequency),
  monetary: Uint8Array.from(scores, ([, , monetary]) => monetary),
});

describe("rfmCodes", () => {
  it("packs scores of 5 and 10 bins, a 10 carrying into the next digit", () => {
    const codes = rfmCodes(parts([5, 4, 5], [1, 10, 10], [10, 10, 10], [0, 0, 0]));
    expect(Array.from(codes)).toEqual([545, 210, 1110, 0]);
  });
});

describe("customerSegments", () => {
  it("applies the default rules, on the 1–5 scale for other bins", () => {
    const five = customerSegments(parts([5, 5, 5], [1, 5, 5], [1, 1, 1]), 5);
    expect(Array.from(five, (index) => SEGMENT_KEYS[index])).toEqual([
      "champions",
      "atRisk",
      "hibernating",
    ]);
    const ten = customerSegments(parts([10, 10, 10], [1, 10, 10]), 10);
    expect(Array.from(ten, (index) => SEGMENT_KEYS[index])).toEqual(["champions", "atRisk"]);
  });
});
