import { daysPerTimeUnit } from "../../../src/engine/read/timeUnit";

describe("daysPerTimeUnit", () => {
  it("has 1 day, 7 days and 365.25 / 12 days", () => {
    expect(daysPerTimeUnit("D")).toBe(1);
    expect(daysPerTimeUnit("W")).toBe(7);
    expect(daysPerTimeUnit("M")).toBe(30.4375);
  });

  it.each(["d", "Y", "", "toString"])("refuses %p naming time_unit", (unit) => {
    expect(() => daysPerTimeUnit(unit as "D")).toThrow(
      expect.objectContaining({ argument: "time_unit", kind: "value" })
    );
  });
});
