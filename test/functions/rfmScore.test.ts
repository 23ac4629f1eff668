import fc from "fast-check";
import { CustomFunctionsError, thrownBy } from "./customFunctionsStub";
import { rfmScore as rfmScoreFunction } from "../../src/functions/rfmScore";
import { answersLikeExcel, oddArgument, oddCell } from "./oddInputs";

/** The custom function as Excel may call it: arguments of any shape, optional ones left out. */
const rfmScore = rfmScoreFunction as (...args: unknown[]) => unknown[][];
const column = (...values: unknown[]) => values.map((value) => [value]);
const oneToTen = column(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
const tenToOne = column(10, 9, 8, 7, 6, 5, 4, 3, 2, 1);

describe("CX.RFMSCORE", () => {
  it("returns one 100R + 10F + M code per row, most recent scoring highest", () => {
    // as R's rfm package: breaks 2.8, 4.6, 6.4, 8.2 + 1 with [lower, upper), recency reversed
    expect(rfmScore(oneToTen, oneToTen, tenToOne)).toEqual(
      column(515, 514, 514, 423, 423, 332, 332, 241, 241, 151)
    );
  });

  it("uses the bins argument, default 5", () => {
    expect(rfmScore(oneToTen, oneToTen, oneToTen, 2)).toEqual(
      column(211, 211, 211, 211, 211, 211, 122, 122, 122, 122) // median 5.5 + 1
    );
    expect(rfmScore(oneToTen, oneToTen, oneToTen, null)).toEqual(
      rfmScore(oneToTen, oneToTen, oneToTen)
    );
    expect(rfmScore(oneToTen, oneToTen, oneToTen, "2")).toEqual(
      rfmScore(oneToTen, oneToTen, oneToTen, [[2]])
    );
  });

  it("scores as R's rfm package when a quantile falls between whole numbers", () => {
    // recency quantile 505.4 → break 506.4, so 506 days stays at raw 3 (R 3) with 505; frequency
    // breaks 2.8, 3, 3.4, 4.8; monetary is fractional and keeps (q_{i−1}, q_i] (see rfmScores)
    expect(
      rfmScore(column(506, 100, 1006, 505, 200), column(3, 1, 7, 2, 2), column(4, 1.5, 5, 3, 2))
    ).toEqual(column(334, 511, 155, 313, 412));
  });

  it("stops at the last row with data, as for a whole-column reference", () => {
    const blankTail = Array.from({ length: 990 }, (_, index) => [index % 2 === 0 ? null : ""]);
    const result = rfmScore(
      [...oneToTen, ...blankTail],
      [...oneToTen, ...blankTail],
      [...tenToOne, ...blankTail]
    );
    expect(result).toHaveLength(10);
    expect(result).toEqual(column(515, 514, 514, 423, 423, 332, 332, 241, 241, 151));
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
      column(515, 514, 514, 423, 423, 332, 332, 241, 241, 151)
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

  it.each([1, 11, 4.5])("throws #VALUE! saying what bins takes for bins = %p", (bins) => {
    expect(thrownBy(() => rfmScore(oneToTen, oneToTen, oneToTen, bins))).toEqual(
      new CustomFunctionsError("#VALUE!", "bins: must be a whole number from 2 to 10")
    );
  });

  it("throws #VALUE! for bins that are not a number", () => {
    expect(thrownBy(() => rfmScore(oneToTen, oneToTen, oneToTen, "five"))).toEqual(
      new CustomFunctionsError("#VALUE!", 'bins: "five" is not a number')
    );
  });

  it("takes bins and method in positions 7 and 8 as well as 4 and 5", () => {
    const short = rfmScore(oneToTen, oneToTen, tenToOne, 2, "ntile");
    expect(rfmScore(oneToTen, oneToTen, tenToOne, null, null, null, [[2]], [["ntile"]])).toEqual(
      short
    );
    expect(short).toEqual(column(212, 212, 212, 212, 212, 121, 121, 121, 121, 121));
    expect(thrownBy(() => rfmScore(oneToTen, oneToTen, oneToTen, 2, null, null, 3))).toEqual(
      new CustomFunctionsError(
        "#VALUE!",
        "bins: is given twice: in position 4 or 5 and again in 7 or 8"
      )
    );
  });

  it("splits tied customers into equal-count bins with method ntile, in any letter case", () => {
    const tied = column(5, 5, 5, 5);
    expect(rfmScore(tied, tied, tied, 2, " NTile ")).toEqual(column(211, 211, 122, 122));
    expect(rfmScore(tied, tied, tied, 2)).toEqual(column(211, 211, 211, 211));
  });

  it("scores by fixed thresholds: one row for all three, or one row per dimension", () => {
    const recency = column(10, 400, 90);
    const frequency = column(6, 1, 2);
    const monetary = column(600, 20, 100);
    const perDimension = [
      [30, 90, 180, 365],
      [1, 2, 3, 5],
      [50, 100, 250, 500],
    ];
    expect(rfmScore(recency, frequency, monetary, perDimension, "fixed")).toEqual(
      column(555, 111, 422)
    );
    // one row [2, 50, 95] for all: recency 10 → bin 2 of 4 (R 3), 400 → 4 (R 1), 90 → 3 (R 2)
    expect(rfmScore(recency, frequency, monetary, [[2, 50, 95, null]], "fixed")).toEqual(
      column(324, 112, 214)
    );
  });

  it("explains bad fixed thresholds", () => {
    const call = (bins: unknown) =>
      thrownBy(() => rfmScore(oneToTen, oneToTen, oneToTen, bins, "fixed"));
    expect(call(null)).toEqual(
      new CustomFunctionsError("#VALUE!", 'bins: method "fixed" needs the thresholds as a range')
    );
    expect(call([[3, 2]])).toEqual(
      new CustomFunctionsError("#VALUE!", "bins: the recency thresholds must be in ascending order")
    );
    expect(call([[1], [2]])).toMatchObject({
      code: "#VALUE!",
      message: expect.stringContaining("three rows"),
    });
    expect(call([[1, "x"]])).toEqual(
      new CustomFunctionsError("#VALUE!", 'bins: row 1: "x" is not a number')
    );
    expect(thrownBy(() => rfmScore(oneToTen, oneToTen, oneToTen, [[1, 2]]))).toMatchObject({
      code: "#VALUE!",
      message: expect.stringContaining('needs method "fixed"'),
    });
    expect(thrownBy(() => rfmScore(oneToTen, oneToTen, oneToTen, 5, "deciles"))).toEqual(
      new CustomFunctionsError("#VALUE!", 'method: must be "quantile", "ntile" or "fixed"')
    );
  });

  describe("one customer against the population's columns", () => {
    const recency = column(1, 10, 100);
    const frequency = column(9, 3, 1);
    const monetary = column(500, 60, 20);

    it("scores each table row as the whole-column form does", () => {
      const whole = rfmScore(recency, frequency, monetary, 3);
      const rows = [0, 1, 2].map(
        (row) =>
          rfmScore(
            [[recency[row][0]]],
            [[frequency[row][0]]],
            [[monetary[row][0]]],
            recency,
            frequency,
            monetary,
            3
          )[0]
      );
      expect(rows).toEqual(whole);
      expect(whole).toEqual(column(333, 212, 111)); // frequency 3 is below the break 2.33 + 1
    });

    it("scores a customer outside the population by its breaks, with bins and method at 7 and 8", () => {
      expect(rfmScore(10, 3, 60, recency, frequency, monetary, 3)).toEqual([[212]]);
      expect(
        rfmScore([[1000]], [[0]], [[0]], recency, frequency, monetary, [[3]], [["ntile"]])
      ).toEqual([[111]]);
    });

    it("leaves the population's blank, text and header rows out of the breaks", () => {
      const withHeader = (values: unknown[][]) => [["header"], ...values, [null], ["n/a"], [null]];
      expect(
        rfmScore(10, 3, 60, withHeader(recency), withHeader(frequency), withHeader(monetary), 3)
      ).toEqual([[212]]);
    });

    it("gives a customer's bad cell #VALUE! naming the argument", () => {
      expect(rfmScore([["x"]], 3, 60, recency, frequency, monetary)[0][0]).toEqual(
        new CustomFunctionsError("#VALUE!", 'recency_days: row 1: "x" is not a number')
      );
    });

    it("explains a missing population column and a population without numbers", () => {
      expect(thrownBy(() => rfmScore(10, 3, 60, recency, frequency))).toEqual(
        new CustomFunctionsError(
          "#VALUE!",
          "population_monetary: is missing: give all three population columns, or none"
        )
      );
      expect(
        thrownBy(() => rfmScore(10, 3, 60, column("a", "b"), column(1, 2), column(1, 2)))
      ).toEqual(
        new CustomFunctionsError(
          "#N/A",
          "population_recency: no customer with all three values to score against"
        )
      );
    });
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
    const method = fc.oneof(oddCell, fc.constantFrom("quantile", "ntile", "fixed", "NTILE"));
    const bins = fc.oneof(oddCell, oddArgument);
    const args = fc.oneof(
      fc
        .tuple(equalHeights, bins, method)
        .map(([columns, binning, name]) => [...columns, binning, name]),
      fc
        .tuple(equalHeights, equalHeights, bins, method)
        .map(([customers, population, binning, name]) => [
          ...customers,
          ...population,
          binning,
          name,
        ]),
      fc.array(oddArgument, { minLength: 3, maxLength: 8 })
    );
    fc.assert(
      fc.property(args, (values) =>
        answersLikeExcel(
          () => rfmScore(...values),
          (cell) => Number.isInteger(cell) && (cell as number) >= 111
        )
      ),
      { numRuns: 10_000 }
    );
  });
});
