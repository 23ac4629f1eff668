import fc from "fast-check";
import { CustomFunctionsError, thrownBy } from "./customFunctionsStub";
import { rfmScore } from "../../src/functions/rfmScore";
import { answersLikeExcel, oddArgument, oddCell } from "./oddInputs";

const column = (...values: unknown[]) => values.map((value) => [value]);
const oneToTen = column(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
const tenToOne = column(10, 9, 8, 7, 6, 5, 4, 3, 2, 1);

describe("CX.RFMSCORE", () => {
  it("returns one 100R + 10F + M code per row, most recent scoring highest", () => {
    expect(rfmScore(oneToTen, oneToTen, tenToOne)).toEqual(
      column(515, 515, 424, 424, 333, 333, 242, 242, 151, 151)
    );
  });

  it("uses the bins argument, default 5", () => {
    expect(rfmScore(oneToTen, oneToTen, oneToTen, 2)).toEqual(
      column(211, 211, 211, 211, 211, 122, 122, 122, 122, 122)
    );
    expect(rfmScore(oneToTen, oneToTen, oneToTen, null)).toEqual(
      rfmScore(oneToTen, oneToTen, oneToTen)
    );
    expect(rfmScore(oneToTen, oneToTen, oneToTen, "2")).toEqual(
      rfmScore(oneToTen, oneToTen, oneToTen, [[2]])
    );
  });

  it("stops at the last row with data, as for a whole-column reference", () => {
    const blankTail = Array.from({ length: 990 }, (_, index) => [index % 2 === 0 ? null : ""]);
    const result = rfmScore(
      [...oneToTen, ...blankTail],
      [...oneToTen, ...blankTail],
      [...tenToOne, ...blankTail]
    );
    expect(result).toHaveLength(10);
    expect(result).toEqual(column(515, 515, 424, 424, 333, 333, 242, 242, 151, 151));
  });

  it("gives a row with a blank or bad cell its own #VALUE! and leaves it out of the breaks", () => {
    const recency = column(1, 2, 3, 4, "x", 5, 6, 7, 8, 9, 10);
    const frequency = column(1, 2, 3, 4, 1000, 5, 6, 7, 8, 9, 10);
    const monetary = column(10, 9, 8, 7, null, 6, 5, 4, 3, 2, 1);
    const result = rfmScore(recency, frequency, monetary);
    expect(result).toHaveLength(11);
    expect(result[4][0]).toEqual(
      new CustomFunctionsError("#VALUE!", 'recency_days: row 5: "x" is not a number')
    );
    expect(result.filter((_, row) => row !== 4)).toEqual(
      column(515, 515, 424, 424, 333, 333, 242, 242, 151, 151)
    );
    expect(rfmScore(column(1, 2), column(1, null), column(1, 2))[1][0]).toEqual(
      new CustomFunctionsError(
        "#VALUE!",
        "frequency: row 2: the cell is blank; a number is required"
      )
    );
  });

  it("throws #VALUE! naming the argument when heights differ", () => {
    expect(thrownBy(() => rfmScore(oneToTen, oneToTen.slice(1), oneToTen))).toEqual(
      new CustomFunctionsError(
        "#VALUE!",
        "frequency: has 9 rows but recency_days has 10; give ranges of equal height"
      )
    );
    expect(thrownBy(() => rfmScore(oneToTen, oneToTen, column(1)))).toMatchObject({
      code: "#VALUE!",
      message: expect.stringMatching(/^monetary:/),
    });
  });

  it("throws #VALUE! for a range wider than one column", () => {
    expect(thrownBy(() => rfmScore([[1, 2]], [[1]], [[1]]))).toEqual(
      new CustomFunctionsError("#VALUE!", "recency_days: must be a single column")
    );
  });

  it("throws #N/A when there is no data", () => {
    expect(thrownBy(() => rfmScore(column(null, ""), column(null, null), column("", "")))).toEqual(
      new CustomFunctionsError("#N/A", "recency_days: no data: the ranges are blank")
    );
  });

  it.each([1, 11, 4.5])("throws #NUM! for bins = %p", (bins) => {
    expect(thrownBy(() => rfmScore(oneToTen, oneToTen, oneToTen, bins))).toMatchObject({
      code: "#NUM!",
    });
  });

  it("throws #VALUE! for bins that are not a number", () => {
    expect(thrownBy(() => rfmScore(oneToTen, oneToTen, oneToTen, "five"))).toEqual(
      new CustomFunctionsError("#VALUE!", 'bins: "five" is not a number')
    );
  });

  it("never throws anything but an Excel error and returns a column of codes or Excel errors", () => {
    const equalHeights = fc.integer({ min: 0, max: 15 }).chain((height) =>
      fc.tuple(
        ...[0, 1, 2].map(() =>
          fc.array(fc.array(oddCell, { minLength: 1, maxLength: 1 }), {
            minLength: height,
            maxLength: height,
          })
        )
      )
    );
    const args = fc.oneof(
      fc.tuple(equalHeights, oddCell).map(([columns, bins]) => [...columns, bins]),
      fc.array(oddArgument, { minLength: 3, maxLength: 4 })
    );
    fc.assert(
      fc.property(args, (values) =>
        answersLikeExcel(
          () => (rfmScore as (...inputs: unknown[]) => unknown)(...values),
          (cell) => Number.isInteger(cell) && (cell as number) >= 111
        )
      ),
      { numRuns: 10_000 }
    );
  });
});
