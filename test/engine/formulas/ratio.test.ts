import { ratio } from "../../../src/engine/formulas/ratio";
import { InputError } from "../../../src/engine/inputError";

describe("ratio", () => {
  it("divides", () => {
    expect(ratio(10000, 200, "orders")).toBe(50);
  });

  it("throws #DIV/0! on the denominator's argument for a zero denominator, 0/0 included", () => {
    for (const numerator of [5, 0]) {
      expect(() => ratio(numerator, 0, "orders")).toThrow(
        new InputError("orders", "must not be zero", "div")
      );
    }
  });
});
