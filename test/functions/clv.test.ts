import fc from "fast-check";
import { CustomFunctionsError, thrownBy } from "./customFunctionsStub";
import { clv } from "../../src/functions/clv";
import { answersLikeExcel, oddArgument } from "./oddInputs";

describe("CX.CLV", () => {
  it("computes a single cell: 500 × 3 × 5 = 7500", () => {
    expect(clv([[500]], [[3]], [[5]])).toEqual([[7500]]);
  });

  it("reads omitted optional arguments, null or undefined, as their defaults", () => {
    expect(clv([[500]], [[3]], [[5]], null as never, undefined, [[null]])).toEqual([[7500]]);
  });

  it("broadcasts a column of order values against single cells", () => {
    expect(clv([[500], [200], [800], [250]], [[3], [12], [3], [4]], [[5], [2], [6], [3]])).toEqual([
      [7500],
      [4800],
      [14400],
      [3000],
    ]);
    expect(clv([[500], [800]], [[3]], [[5, 6]])).toEqual([
      [7500, 9000],
      [12000, 14400],
    ]);
  });

  it("applies margin, discount rate and acquisition cost per cell", () => {
    // 100 × 1 × 0.5 per period over 2 periods at 10 %: 50/1.1 + 50/1.21 − 10
    const [[value]] = clv([[100]], [[1]], [[2]], [[0.5]], [["0,1"]], [[10]]);
    expect(value).toBeCloseTo(50 / 1.1 + 50 / 1.21 - 10, 10);
  });

  it("reads numeric text", () => {
    expect(clv([["500"]], [["3"]], [["5,0"]])).toEqual([[7500]]);
  });

  it("gives text its own #VALUE! cell naming the argument and computes the other cells", () => {
    const result = clv([[500], ["abc"]], [[3]], [[5]]);
    expect(result[0][0]).toBe(7500);
    expect(result[1][0]).toEqual(
      new CustomFunctionsError("#VALUE!", 'average_order_value: "abc" is not a number')
    );
  });

  it("gives a negative lifespan #VALUE! with the message", () => {
    expect(clv([[500]], [[3]], [[-5]])[0][0]).toEqual(
      new CustomFunctionsError("#VALUE!", "lifespan_periods: must not be negative")
    );
  });

  it("gives a margin or discount rate typed as a percentage #VALUE! saying what it takes", () => {
    expect(clv([[100]], [[1]], [[2]], [[40]])[0][0]).toEqual(
      new CustomFunctionsError(
        "#VALUE!",
        "gross_margin: must be a share from 0 to 1, e.g. 0.4 for 40 %"
      )
    );
    expect(clv([[100]], [[1]], [[2]], [[0.4]], [[10]])[0][0]).toEqual(
      new CustomFunctionsError(
        "#VALUE!",
        "discount_rate: must be at least 0 and below 1, e.g. 0.1 for 10 % per period"
      )
    );
  });

  it("gives a blank cell in a range given for an optional argument #VALUE!, not the default", () => {
    // The audit's case: the blank margin was read as 1, a 100 % margin, giving 7500.
    expect(clv([[500], [500], [500]], [[3]], [[5]], [[0.4], [""], [0.4]])).toEqual([
      [3000],
      [
        new CustomFunctionsError(
          "#VALUE!",
          "gross_margin: the cell is blank; fill every cell of the range, or leave gross_margin out for its default"
        ),
      ],
      [3000],
    ]);
  });

  it("gives a blank required cell #VALUE!", () => {
    expect(clv([[null]], [[3]], [[5]])[0][0]).toEqual(
      new CustomFunctionsError(
        "#VALUE!",
        "average_order_value: the cell is blank; a number is required"
      )
    );
  });

  it("gives #N/A where ranges of different sizes do not overlap", () => {
    const result = clv([[500], [200], [800]], [[3], [12]], [[5]]);
    expect(result[0][0]).toBe(7500);
    expect(result[2][0]).toMatchObject({
      code: "#N/A",
      message: expect.stringContaining("purchases_per_period"),
    });
  });

  it("stops a whole-column reference (A:A) at the last row with data", () => {
    const blankTail = Array.from({ length: 2000 }, (_, row) => [row % 2 === 0 ? null : ""]);
    expect(clv([[500], [200], ...blankTail], [[3], [12], ...blankTail], [[5]])).toEqual([
      [7500],
      [12000],
    ]);
  });

  it("gives #NUM! when the value overflows", () => {
    expect(clv([[1e200]], [[1e200]], [[1]])[0][0]).toMatchObject({ code: "#NUM!" });
  });

  it("throws an Excel error for an empty range", () => {
    expect(thrownBy(() => clv([], [[3]], [[5]]))).toEqual(
      new CustomFunctionsError("#N/A", "average_order_value: the range is empty")
    );
  });

  it("never throws anything but an Excel error and fills every cell with a number or an Excel error", () => {
    fc.assert(
      fc.property(fc.array(oddArgument, { minLength: 3, maxLength: 6 }), (args) =>
        answersLikeExcel(
          () => (clv as (...values: unknown[]) => unknown)(...args),
          (cell) => typeof cell === "number" && Number.isFinite(cell)
        )
      ),
      { numRuns: 10_000 }
    );
  });
});
