import { countBelow } from "../../../src/engine/rfm/countBelow";

describe("countBelow", () => {
  const sorted = Float64Array.of(1, 2, 2, 5);

  it("counts the values strictly below, i.e. the first position of a value", () => {
    expect([0, 1, 2, 3, 5, 6].map((value) => countBelow(sorted, value))).toEqual([
      0, 0, 1, 3, 3, 4,
    ]);
  });

  it("is 0 for an empty array", () => {
    expect(countBelow(new Float64Array(0), 3)).toBe(0);
  });
});
