import { ntileScores } from "../../../src/engine/rfm/ntileScores";

describe("ntileScores", () => {
  it("fills both bins with tied customers in row order, recency reversed", () => {
    const codes = ntileScores(
      Float64Array.of(5, 5, 5, 5),
      Float64Array.of(1, 1, 1, 1),
      Float64Array.of(9, 9, 9, 9),
      2
    );
    expect(Array.from(codes)).toEqual([211, 211, 122, 122]);
  });

  it("gives the pandas recipe's quintiles on distinct values, default 5 bins", () => {
    const oneToSeven = Float64Array.of(1, 2, 3, 4, 5, 6, 7);
    // R from ranks 1,1,2,3,4,5,5 reversed; F and M as they are
    expect(Array.from(ntileScores(oneToSeven, oneToSeven, oneToSeven))).toEqual([
      511, 511, 422, 333, 244, 155, 155,
    ]);
  });
});
