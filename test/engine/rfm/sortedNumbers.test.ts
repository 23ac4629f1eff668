import { sortedNumbers } from "../../../src/engine/rfm/sortedNumbers";

describe("sortedNumbers", () => {
  it("sorts ascending numerically and drops NaN", () => {
    expect(Array.from(sortedNumbers(Float64Array.of(10, NaN, 9, -1, 100)))).toEqual([
      -1, 9, 10, 100,
    ]);
  });
});
