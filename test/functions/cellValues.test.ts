import "./customFunctionsStub";
import {
  cellErrorCode,
  cellNumber,
  plainCells,
  readCellNumber,
  requireCellNumber,
  requirePlainCell,
} from "../../src/functions/cellValues";

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

// Error values and data types as custom functions receive them with allowErrorForDataTypeAny and
// allowCustomDataForDataTypeAny (learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json#metadata-reference).
describe("cellErrorCode", () => {
  it("reads the code of an error value, by basicValue or errorType, and nothing else", () => {
    expect(cellErrorCode({ type: "Error", basicValue: "#DIV/0!", errorType: "Div0" })).toBe(
      "#DIV/0!"
    );
    expect(cellErrorCode({ type: "Error", errorType: "NotAvailable" })).toBe("#N/A");
    expect(cellErrorCode({ code: "#REF!" })).toBe("#REF!");
    expect(["#N/A", 0, null, {}, { type: "Double", basicValue: 1 }].map(cellErrorCode)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe("requirePlainCell and cellNumber", () => {
  it("take a data type's basic value and pass plain values", () => {
    expect(
      requirePlainCell({ type: "FormattedNumber", basicValue: 1.5, numberFormat: "0.0" }, "a")
    ).toBe(1.5);
    expect(requirePlainCell({ type: "String", basicValue: "K1" }, "a")).toBe("K1");
    expect(requirePlainCell("x", "a")).toBe("x");
    expect(cellNumber({ type: "Double", basicValue: 3 })).toBe(3);
    expect(cellNumber({ type: "Error", basicValue: "#N/A" })).toBeNaN();
  });

  it("refuse error values (#N/A as #N/A) and entities, naming the argument", () => {
    expect(() => requirePlainCell({ type: "Error", basicValue: "#N/A" }, "amounts")).toThrow(
      expect.objectContaining({ kind: "na", message: "amounts: the cell holds #N/A" })
    );
    expect(() => requirePlainCell({ type: "Error", basicValue: "#NUM!" }, "amounts")).toThrow(
      expect.objectContaining({ kind: "value", message: "amounts: the cell holds #NUM!" })
    );
    // A CustomFunctions.Error as input keeps its message; Excel's error values carry none.
    expect(() =>
      requirePlainCell({ code: "#N/A", message: "frequency: no fit" }, "params")
    ).toThrow(
      expect.objectContaining({
        kind: "na",
        message: "params: the cell holds #N/A (frequency: no fit)",
      })
    );
    expect(() => requirePlainCell({ type: "Entity", text: "Cafe" }, "monetary")).toThrow(
      'monetary: "Cafe" is a data type (an entity card); use a number, e.g. one of its fields such as =A2.Price'
    );
    expect(() => readCellNumber({ type: "LinkedEntity", text: "Denmark" }, "t")).toThrow(
      't: "Denmark" is a linked data type (Stocks, Geography…); use a number, e.g. one of its fields such as =A2.Price'
    );
  });
});

describe("plainCells", () => {
  it("copies a range only to replace data types, and names the row of an error cell", () => {
    const plain = [["K1"], [2]];
    expect(plainCells(plain, "customer_ids")).toBe(plain);
    expect(plainCells([["K1"], [{ type: "String", basicValue: "K2" }]], "customer_ids")).toEqual([
      ["K1"],
      ["K2"],
    ]);
    expect(() => plainCells([[1], [2], [{ type: "Error", basicValue: "#REF!" }]], "dates")).toThrow(
      "dates: row 3: the cell holds #REF!"
    );
  });
});
