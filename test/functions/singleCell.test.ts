import { readSingleCell } from "../../src/functions/singleCell";
import { readTimeUnit } from "../../src/functions/timeUnitCell";

describe("readSingleCell", () => {
  it("returns the one cell, undefined when blank or left out, and refuses a range", () => {
    expect(readSingleCell([["W"]], "time_unit")).toBe("W");
    expect(readSingleCell(12, "horizon_months")).toBe(12);
    expect(readSingleCell(undefined, "time_unit")).toBeUndefined();
    expect(readSingleCell([[" "]], "time_unit")).toBeUndefined();
    expect(() => readSingleCell([["W", "D"]], "time_unit")).toThrow(
      "time_unit: must be a single value"
    );
  });
});

describe("readTimeUnit", () => {
  it("reads D, W or M in any case, defaults when blank, and refuses anything else", () => {
    expect(readTimeUnit([["m"]], "W")).toBe("M");
    expect(readTimeUnit(" d ", "W")).toBe("D");
    expect(readTimeUnit(null, "W")).toBe("W");
    expect(() => readTimeUnit([["weeks"]], "W")).toThrow('time_unit: must be "D", "W" or "M"');
    expect(() => readTimeUnit(7, "W")).toThrow('time_unit: must be "D", "W" or "M"');
  });
});
