import "./customFunctionsStub";
import { readCellNumber, requireCellNumber } from "../../src/functions/cellValues";

describe("readCellNumber", () => {
  it("passes numbers and reads numeric text with either decimal separator", () => {
    expect(readCellNumber(500, "a")).toBe(500);
    expect(readCellNumber("500", "a")).toBe(500);
    expect(readCellNumber("500,5", "a")).toBe(500.5);
    expect(readCellNumber(" 0.25 ", "a")).toBe(0.25);
  });

  it("reads blank cells as undefined", () => {
    expect([null, undefined, "", "  "].map((cell) => readCellNumber(cell, "a"))).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it.each([
    ["abc", 'average_order_value: "abc" is not a number'],
    [true, "average_order_value: TRUE is not a number"],
    [false, "average_order_value: FALSE is not a number"],
    [NaN, "average_order_value: NaN is not a number"],
    [{}, "average_order_value: the value is not a number"],
  ])("rejects %p as #VALUE! naming the argument", (cell, message) => {
    expect(() => readCellNumber(cell, "average_order_value")).toThrow(
      expect.objectContaining({ kind: "value", message })
    );
  });
});

describe("requireCellNumber", () => {
  it("reads numbers and refuses blanks", () => {
    expect(requireCellNumber("3", "purchases_per_period")).toBe(3);
    expect(() => requireCellNumber(null, "purchases_per_period")).toThrow(
      "purchases_per_period: the cell is blank; a number is required"
    );
  });
});
