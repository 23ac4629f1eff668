import fc from "fast-check";
import { CustomFunctionsError, thrownBy } from "./customFunctionsStub";
import { cdnowSampleRows } from "../browser/fixtures/cdnowSample";
import { summary } from "../../src/functions/summary";
import { answersLikeExcel, oddArgument, oddCell } from "./oddInputs";

const column = (...values: unknown[]) => values.map((value) => [value]);
const HEADER = [
  "customer",
  "orders",
  "revenue",
  "first_purchase",
  "last_purchase",
  "recency_days",
  "frequency",
  "t_x",
  "T",
  "monetary",
];
// 2023-03-01 is serial 44986; customer 7 buys twice on 2023-03-08 (serial 44993).
const ids = column(7, "ann", "7", 7, "ann", "", 7);
const dates = column(44986, "2023-03-02", "2023-03-08", 44993.6, "bad date", 44990, 45001);
const amounts = column(10, 4, 5, "15", 6, 99, 30);

describe("CX.SUMMARY", () => {
  it("spills a header and one row per customer: rows are orders, same-day rows one purchase day", () => {
    expect(summary(ids, dates, amounts, "2023-03-20", "D")).toEqual([
      HEADER,
      [7, 4, 60, 44986, 45001, 4, 2, 15, 19, (20 + 30) / 2],
      ["ann", 1, 4, 44987, 44987, 18, 0, 0, 18, 0],
    ]);
  });

  it("counts the line items of one order id once", () => {
    const orderIds = column("a", "b", "c", "c", "d", "e", "f");
    const result = summary(ids, dates, amounts, "2023-03-20", "D", orderIds);
    expect(result[1]).toEqual([7, 3, 60, 44986, 45001, 4, 2, 15, 19, (20 + 30) / 2]);
    expect(result[2][1]).toBe(1);
  });

  it("measures in weeks by default and observes to the day after the last date", () => {
    const result = summary(ids, dates, amounts);
    expect(result[1].slice(5)).toEqual([1, 2, 15 / 7, 16 / 7, 25]);
    expect(result[2].slice(5)).toEqual([15, 0, 0, 15 / 7, 0]);
  });

  it("reads the time unit in any case and leaves out purchases after the observation end", () => {
    const result = summary(ids, dates, amounts, [[44993]], " m ");
    expect(result[1]).toEqual([7, 3, 30, 44986, 44993, 0, 1, 7 / 30.4375, 7 / 30.4375, 20]);
  });

  it("gives a numeric id back as a number, but the text ids NaN and Infinity as text", () => {
    const result = summary(
      column(17, "NaN", "Infinity"),
      column(45000, 45000, 45000),
      column(1, 2, 3)
    );
    expect(result.slice(1).map((row) => row[0])).toEqual([17, "NaN", "Infinity"]);
  });

  it("ignores blank rows at the bottom of whole-column references", () => {
    const blanks = Array.from({ length: 5000 }, (_, index) => [index % 2 === 0 ? null : ""]);
    expect(summary([...ids, ...blanks], [...dates, ...blanks], [...amounts, ...blanks])).toEqual(
      summary(ids, dates, amounts)
    );
  });

  it("reproduces the CDNOW calibration summary of known customers", () => {
    const rows = cdnowSampleRows();
    const result = summary(
      rows.map((row) => [row[0]]),
      rows.map((row) => [row[1]]),
      rows.map((row) => [row[2]]),
      "1997-09-30",
      "W"
    );
    expect(result).toHaveLength(2358);
    const byId = new Map(result.slice(1).map((row) => [row[0], row]));
    // ID,x,t_x,T,zbar from cdnow_customers_summary_with_transactions.csv
    const published: [number, number, number, number, number][] = [
      [1, 2, 30.43, 38.86, 22.35],
      [2, 1, 1.71, 38.86, 11.77],
      [3, 0, 0, 38.86, 0],
      [6, 7, 29.43, 38.86, 73.74],
      [18, 1, 4.86, 38.86, 9.99],
      [2357, 0, 0, 27, 0],
    ];
    for (const [id, x, tx, T, zbar] of published) {
      const row = byId.get(id) as number[];
      expect(row[6]).toBe(x);
      expect(Math.abs(row[7] - tx)).toBeLessThanOrEqual(0.005 + 1e-9);
      expect(Math.abs(row[8] - T)).toBeLessThanOrEqual(0.005 + 1e-9);
      expect(Math.abs(row[9] - zbar)).toBeLessThanOrEqual(0.005 + 1e-9);
    }
  });

  it("throws #VALUE! naming the argument when heights differ or a range is wide", () => {
    expect(thrownBy(() => summary(ids, dates.slice(1), amounts))).toEqual(
      new CustomFunctionsError(
        "#VALUE!",
        "dates: has 6 rows but customer_ids has 7; give ranges of equal height"
      )
    );
    expect(thrownBy(() => summary([[1, 2]], [[45000]], [[1]]))).toEqual(
      new CustomFunctionsError("#VALUE!", "customer_ids: must be a single column")
    );
  });

  it("throws #N/A for an empty range and when no row is valid", () => {
    expect(thrownBy(() => summary([], [], []))).toEqual(
      new CustomFunctionsError("#N/A", "customer_ids: the range is empty")
    );
    expect(thrownBy(() => summary(column("a", ""), column("x", 45000), column(1, 2)))).toEqual(
      new CustomFunctionsError(
        "#N/A",
        "customer_ids: no valid rows: each has a blank customer id, an unreadable date or a non-numeric amount"
      )
    );
  });

  it("reads an observation end written day first, as the dates are", () => {
    expect(summary(ids, dates, amounts, "20.03.2023", "D")).toEqual(
      summary(ids, dates, amounts, "2023-03-20", "D")
    );
  });

  it("throws for an unreadable observation end or time unit", () => {
    expect(thrownBy(() => summary(ids, dates, amounts, "09/30/1997"))).toEqual(
      new CustomFunctionsError(
        "#VALUE!",
        "observation_end: is not a date; give an Excel date, YYYY-MM-DD or DD.MM.YYYY text"
      )
    );
    expect(thrownBy(() => summary(ids, dates, amounts, [[1], [2]]))).toEqual(
      new CustomFunctionsError("#VALUE!", "observation_end: must be a single value")
    );
    expect(thrownBy(() => summary(ids, dates, amounts, 40000))).toEqual(
      new CustomFunctionsError("#N/A", "observation_end: is before the first purchase (2023-03-01)")
    );
    expect(thrownBy(() => summary(ids, dates, amounts, null, "Y"))).toEqual(
      new CustomFunctionsError("#VALUE!", 'time_unit: must be "D", "W" or "M"')
    );
    expect(thrownBy(() => summary(ids, dates, amounts, null, 7))).toMatchObject({
      code: "#VALUE!",
    });
  });

  it("never throws anything but an Excel error and spills a table or throws", () => {
    const equalHeights = fc.integer({ min: 0, max: 12 }).chain((height) =>
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
      fc
        .tuple(equalHeights, oddCell, fc.constantFrom(null, "d", "W", " m ", "x", 3))
        .map(([columns, end, unit]) => [...columns, end, unit]),
      fc.array(oddArgument, { minLength: 3, maxLength: 5 })
    );
    fc.assert(
      fc.property(args, (values) =>
        answersLikeExcel(
          () => (summary as (...inputs: unknown[]) => unknown)(...values),
          (cell) => typeof cell === "number" || typeof cell === "string"
        )
      ),
      { numRuns: 10_000 }
    );
  });
});
