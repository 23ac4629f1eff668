import fc from "fast-check";
import { CustomFunctionsError, thrownBy } from "./customFunctionsStub";
import { cdnowSampleRows } from "../browser/fixtures/cdnowSample";
import { holdout } from "../../src/functions/holdout";
import { summary } from "../../src/functions/summary";
import { answersLikeExcel, type CustomFunction, oddArgument, oddCell } from "./oddInputs";

const column = (...values: unknown[]) => values.map((value) => [value]);
const SUMMARY_COLUMNS = 10;
const HOLDOUT_HEADER = [
  "frequency_holdout",
  "monetary_value_holdout",
  "revenue_holdout",
  "duration_holdout",
];
// 1997-01-01 is serial 35431; FHL 2005's split: calibration to 1997-09-30, holdout to 1998-06-30.
const CALIBRATION_END = 35431 + 272;
const OBSERVATION_END = CALIBRATION_END + 273;

describe("CX.HOLDOUT on the CDNOW sample, calibration to 1997-09-30, holdout to 1998-06-30", () => {
  const rows = cdnowSampleRows();
  const ids = rows.map((row) => [row[0]]);
  const dates = rows.map((row) => [row[1]]);
  const amounts = rows.map((row) => [row[2]]);
  const result = holdout(ids, dates, amounts, "1997-09-30", "1998-06-30");
  const byId = new Map(result.slice(1).map((row) => [row[0], row as number[]]));

  /** Each customer's holdout purchase days and their net values, by a plain loop over the rows. */
  const holdoutDays = new Map<number, Map<number, number>>();
  for (const [id, day, amount] of rows) {
    const days = holdoutDays.get(Number(id)) ?? new Map<number, number>();
    if (day > CALIBRATION_END && day <= OBSERVATION_END) {
      days.set(day, (days.get(day) ?? 0) + amount);
    }
    holdoutDays.set(Number(id), days);
  }

  it("spills CX.SUMMARY's columns to the calibration end, then the holdout columns", () => {
    const calibration = summary(ids, dates, amounts, "1997-09-30");
    expect(result).toHaveLength(2358);
    expect(result[0]).toEqual([...calibration[0], ...HOLDOUT_HEADER]);
    expect(result.map((row) => row.slice(0, SUMMARY_COLUMNS))).toEqual(calibration);
  });

  it("gives customer 1 their one holdout purchase (26.48 on 1997-12-12) over a 39-week holdout", () => {
    // 29.33 on 1997-01-01, 29.73 on 01-18 and 14.96 on 08-02 by the calibration end.
    const customer = byId.get(1) as number[];
    expect(customer[6]).toBe(2);
    expect(customer[7]).toBeCloseTo(213 / 7, 12);
    expect(customer[8]).toBeCloseTo(272 / 7, 12);
    expect(customer[9]).toBeCloseTo((29.73 + 14.96) / 2, 12);
    expect(customer.slice(SUMMARY_COLUMNS)).toEqual([1, 26.48, 26.48, 39]);
  });

  it("gives customer 6 eight holdout purchase days and customers 2, 3 and 2357 none", () => {
    const customer6 = [78.47, 83.47, 84.46, 123.96, 32.98, 23.06, 72.99, 55.47];
    const total = customer6.reduce((sum, value) => sum + value, 0);
    const [frequency, monetary, revenue, duration] = (byId.get(6) as number[]).slice(
      SUMMARY_COLUMNS
    );
    expect(frequency).toBe(8);
    expect(monetary).toBeCloseTo(total / 8, 10);
    expect(revenue).toBeCloseTo(total, 10);
    expect(duration).toBe(39);
    for (const id of [2, 3, 2357]) {
      expect((byId.get(id) as number[]).slice(SUMMARY_COLUMNS)).toEqual([0, 0, 0, 39]);
    }
  });

  it("counts every customer's holdout purchase days and revenue as a loop over the rows does", () => {
    let frequencyTotal = 0;
    let revenueTotal = 0;
    let differences = 0;
    for (const [id, days] of holdoutDays) {
      const purchases = [...days.values()].filter((net) => net >= 0);
      const revenue = [...days.values()].reduce((sum, net) => sum + net, 0);
      const spend = purchases.reduce((sum, net) => sum + net, 0);
      const [frequency, monetary, holdoutRevenue] = (byId.get(id) as number[]).slice(
        SUMMARY_COLUMNS
      );
      if (
        frequency !== purchases.length ||
        Math.abs(monetary - (purchases.length > 0 ? spend / purchases.length : 0)) > 1e-9 ||
        Math.abs(holdoutRevenue - revenue) > 1e-9
      ) {
        differences++;
      }
      frequencyTotal += purchases.length;
      revenueTotal += revenue;
    }
    expect(differences).toBe(0);
    const spilled = result.slice(1);
    expect(spilled.reduce((sum, row) => sum + (row[10] as number), 0)).toBe(frequencyTotal);
    expect(frequencyTotal).toBe(1882);
    expect(spilled.reduce((sum, row) => sum + (row[12] as number), 0)).toBeCloseTo(revenueTotal, 6);
  });

  it("skips Excel's formula value preview of the 6 919 rows and calculates on Enter", () => {
    const preview = { isInValuePreview: true } as unknown as CustomFunctions.Invocation;
    expect(holdout(ids, dates, amounts, "1997-09-30", null, null, undefined, preview)).toEqual([
      [`Preview skipped for ${rows.length} rows: press Enter to calculate`],
    ]);
  });

  it("observes to the last date by default and measures in the given unit", () => {
    const byDefault = holdout(ids, dates, amounts, CALIBRATION_END, null, "d");
    const lastDate = Math.max(...rows.map((row) => row[1]));
    expect(byDefault[1][13]).toBe(lastDate - CALIBRATION_END);
    expect(byDefault[1][8]).toBe(272);
  });
});

describe("CX.HOLDOUT on a small log", () => {
  // 2023-03-01 is serial 44986. "b" first buys after the calibration end: left out.
  const ids = column("a", "a", "b", "a", "a", "a");
  const dates = column(44986, "2023-03-05", 44992, 44992.5, 44992, 44995);
  const amounts = column(10, 6, 8, 4, 5, -3);

  it("counts one purchase day for two orders on one day and a return as revenue only", () => {
    expect(holdout(ids, dates, amounts, "2023-03-05", "2023-03-10", "D")).toEqual([
      expect.any(Array),
      ["a", 2, 16, 44986, 44990, 0, 1, 4, 4, 6, 1, 4 + 5, 4 + 5 - 3, 5],
    ]);
  });

  it("counts the line items of one order id once in the calibration orders", () => {
    const orderIds = column("o1", "o1", "o2", "o3", "o4", "o5");
    const result = holdout(ids, dates, amounts, 44990, 44995, "D", orderIds);
    expect(result[1].slice(0, 3)).toEqual(["a", 1, 16]);
  });

  it("throws #VALUE! naming the argument for a blank, unreadable or ranged date", () => {
    expect(thrownBy(() => holdout(ids, dates, amounts, null))).toEqual(
      new CustomFunctionsError(
        "#VALUE!",
        "calibration_end: is blank; give the last date of the calibration period, an Excel date, YYYY-MM-DD or DD.MM.YYYY text"
      )
    );
    expect(thrownBy(() => holdout(ids, dates, amounts, "5 March"))).toEqual(
      new CustomFunctionsError(
        "#VALUE!",
        "calibration_end: is not a date; give an Excel date, YYYY-MM-DD or DD.MM.YYYY text"
      )
    );
    expect(thrownBy(() => holdout(ids, dates, amounts, 44990, [[44995], [44996]]))).toEqual(
      new CustomFunctionsError("#VALUE!", "observation_end: must be a single value")
    );
    expect(thrownBy(() => holdout(ids, dates, amounts, 44990, null, "Y"))).toEqual(
      new CustomFunctionsError("#VALUE!", 'time_unit: must be "D", "W" or "M"')
    );
  });

  it("throws #VALUE! or #N/A for the columns as CX.SUMMARY does", () => {
    expect(thrownBy(() => holdout(ids, dates.slice(1), amounts, 44990))).toEqual(
      new CustomFunctionsError(
        "#VALUE!",
        "dates: has 5 rows but customer_ids has 6; give ranges of equal height"
      )
    );
    expect(thrownBy(() => holdout([], [], [], 44990))).toEqual(
      new CustomFunctionsError("#N/A", "customer_ids: the range is empty")
    );
  });

  it("throws #N/A before the first purchase and #VALUE! for a holdout that is not after it", () => {
    expect(thrownBy(() => holdout(ids, dates, amounts, "2023-02-01"))).toEqual(
      new CustomFunctionsError("#N/A", "calibration_end: is before the first purchase (2023-03-01)")
    );
    for (const observationEnd of [44990, 44985]) {
      expect(thrownBy(() => holdout(ids, dates, amounts, 44990, observationEnd))).toEqual(
        new CustomFunctionsError("#VALUE!", "observation_end: must be after the calibration end")
      );
    }
    expect(thrownBy(() => holdout(ids, dates, amounts, 44996))).toEqual(
      new CustomFunctionsError("#VALUE!", "calibration_end: must be before the last date")
    );
  });

  it("never throws anything but an Excel error and spills a table or throws (2,000 calls)", () => {
    const equalHeights = fc.integer({ min: 0, max: 8 }).chain((height) =>
      fc.tuple(
        ...[0, 1, 2].map(() =>
          fc.array(fc.array(oddCell, { minLength: 1, maxLength: 1 }), {
            minLength: height,
            maxLength: height,
          })
        )
      )
    );
    const date = fc.oneof(oddCell, fc.constantFrom(44990, "2023-03-05", 45000));
    const args = fc.oneof(
      fc
        .tuple(equalHeights, date, date, fc.constantFrom(null, "d", "W", "x"))
        .map(([columns, ...rest]) => [...columns, ...rest]),
      fc.array(oddArgument, { minLength: 4, maxLength: 7 })
    );
    fc.assert(
      fc.property(args, (values) =>
        answersLikeExcel(
          () => (holdout as CustomFunction)(...values),
          (cell) => typeof cell === "number" || typeof cell === "string"
        )
      ),
      { numRuns: 2_000 }
    );
  });
});
