import { numbersOnly, sortedNumbers } from "../../../src/engine/rfm/sortedNumbers";

describe("sortedNumbers", () => {
  it("sorts ascending numerically and drops NaN", () => {
    expect(Array.from(sortedNumbers(Float64Array.of(10, NaN, 9, -1, 100)))).toEqual([
      -1, 9, 10, 100,
    ]);
  });

  it("leaves the values it was given as they were", () => {
    const values = Float64Array.of(3, 1, 2);
    sortedNumbers(values);
    expect(Array.from(values)).toEqual([3, 1, 2]);
  });
});

describe("numbersOnly", () => {
  it("drops NaN into a copy, in the original order", () => {
    const values = Float64Array.of(3, NaN, 1, NaN);
    expect(Array.from(numbersOnly(values))).toEqual([3, 1]);
    expect(values[1]).toBeNaN();
  });
});
