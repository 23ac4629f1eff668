import { CustomFunctionsError, thrownBy } from "./customFunctionsStub";
import { InputError } from "../../src/engine/inputError";
import { perCustomer } from "../../src/functions/perCustomer";

/** x · t + the prepared offset: a quantity easy to check by eye. */
const scaled = (prepare: () => number, t: unknown, x: unknown) =>
  perCustomer(prepare, { settings: ["t"], customers: ["x"] }, [t, x], (offset, [time, value]) => {
    if (value < 0) throw new InputError("x", "must not be negative", "num");
    return value * time + offset;
  });

describe("perCustomer", () => {
  it("broadcasts the settings over the customers and adds what prepare read", () => {
    expect(scaled(() => 1, [[10]], [[1], [2], [3]])).toEqual([[11], [21], [31]]);
    expect(scaled(() => 0, [[1, 2]], [[1], [2]])).toEqual([
      [1, 2],
      [2, 4],
    ]);
  });

  it("skips blank customer rows and stops at the bottom of a whole column", () => {
    const column = [[1], [null], [""], [2], ...Array(1000).fill([null])];
    expect(scaled(() => 0, [[10]], column)).toEqual([[10], [""], [""], [20]]);
  });

  it("gives a bad cell its own error and a non-finite result #NUM!", () => {
    const result = scaled(() => 0, [[1e308]], [[-1], ["abc"], [10], [1]]);
    expect(result[0][0]).toEqual(new CustomFunctionsError("#NUM!"));
    expect(result[1][0]).toEqual(new CustomFunctionsError("#VALUE!", 'x: "abc" is not a number'));
    expect(result[2][0]).toEqual(new CustomFunctionsError("#NUM!"));
    expect(result[3][0]).toBe(1e308);
  });

  it("gives a blank setting #VALUE! and throws what prepare throws as an Excel error", () => {
    expect(scaled(() => 0, [[null]], [[1]])[0][0]).toEqual(
      new CustomFunctionsError("#VALUE!", "t: the cell is blank; a number is required")
    );
    const badParams = () => {
      throw new InputError("params", "alpha must be a number > 0", "value");
    };
    expect(thrownBy(() => scaled(badParams, [[1]], [[1]]))).toEqual(
      new CustomFunctionsError("#VALUE!", "params: alpha must be a number > 0")
    );
  });
});
