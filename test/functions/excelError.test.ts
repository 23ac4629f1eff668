import { CustomFunctionsError } from "./customFunctionsStub";
import { InputError } from "../../src/engine/inputError";
import { toExcelError, valueOrExcelError } from "../../src/functions/excelError";

describe("toExcelError", () => {
  it("turns #VALUE! and #N/A input errors into Excel errors with the message", () => {
    expect(
      toExcelError(new InputError("average_order_value", "must be a number", "value"))
    ).toEqual(new CustomFunctionsError("#VALUE!", "average_order_value: must be a number"));
    expect(toExcelError(new InputError("recency_days", "no data", "na"))).toEqual(
      new CustomFunctionsError("#N/A", "recency_days: no data")
    );
  });

  it("gives #NUM! without a message, as Excel shows none", () => {
    const error = toExcelError(
      new InputError("bins", "must be a whole number from 2 to 10", "num")
    );
    expect(error.code).toBe("#NUM!");
    expect(error.message).toBeUndefined();
  });

  it("gives #DIV/0! without a message for a zero denominator", () => {
    expect(toExcelError(new InputError("orders", "must not be zero", "div"))).toEqual(
      new CustomFunctionsError("#DIV/0!")
    );
  });

  it("passes an Excel error through and makes anything else a generic #VALUE!", () => {
    const excelError = new CustomFunctionsError("#N/A", "kept");
    expect(toExcelError(excelError)).toBe(excelError);
    for (const thrown of [new TypeError("x is undefined"), "text", undefined]) {
      expect(toExcelError(thrown)).toEqual(
        new CustomFunctionsError("#VALUE!", "Unexpected error; please check the inputs.")
      );
    }
  });
});

describe("valueOrExcelError", () => {
  it("returns the value, or the Excel error for what was thrown", () => {
    expect(valueOrExcelError(() => 42)).toBe(42);
    expect(
      valueOrExcelError(() => {
        throw new InputError("x", "bad", "value");
      })
    ).toEqual(new CustomFunctionsError("#VALUE!", "x: bad"));
  });
});
