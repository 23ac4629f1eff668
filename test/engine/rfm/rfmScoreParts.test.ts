import { rfmScoreParts } from "../../../src/engine/rfm/rfmScoreParts";
import { customerSegments, SEGMENT_KEYS } from "../../../src/engine/rfm/customerSegments";

describe("rfmScoreParts", () => {
  it("splits codes of 5 and 10 bins", () => {
    const parts = rfmScoreParts(Int32Array.of(545, 210, 1110, 0));
    expect(Array.from(parts.recency)).toEqual([5, 1, 10, 0]);
    expect(Array.from(parts.frequency)).toEqual([4, 10, 10, 0]);
    expect(Array.from(parts.monetary)).toEqual([5, 10, 10, 0]);
  });
});

describe("customerSegments", () => {
  it("applies the default rules, on the 1–5 scale for other bins", () => {
    const five = customerSegments(rfmScoreParts(Int32Array.of(555, 155, 111)), 5);
    expect(Array.from(five, (index) => SEGMENT_KEYS[index])).toEqual([
      "champions",
      "atRisk",
      "hibernating",
    ]);
    const ten = customerSegments(rfmScoreParts(Int32Array.of(1110, 210)), 10);
    expect(Array.from(ten, (index) => SEGMENT_KEYS[index])).toEqual(["champions", "atRisk"]);
  });
});
