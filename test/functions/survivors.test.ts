import { CustomFunctionsError, thrownBy } from "./customFunctionsStub";
import { sbgFit, sbgSurvivalCells } from "../../src/functions/sbg";
import { survivors } from "../../src/functions/survivors";
import {
  TABLE_1,
  table1Subscriptions,
  table1Survivors,
} from "../engine/subscriptions/fhSubscriptions";
import { sheetColumn } from "./sheetColumns";

const CALIBRATION_YEARS = 8;

describe.each(["regular", "high_end"] as const)(
  "CX.SURVIVORS on the %s subscriptions of Fader & Hardie (2007) Table 1",
  (segment) => {
    const { starts, ends } = table1Subscriptions(segment);

    it("spills the survivors of years 0–12 when observed to mid-2012", () => {
      const counts = survivors(
        sheetColumn(starts),
        sheetColumn(ends),
        "year", // a single value, as Excel passes a scalar argument
        "2012-06-30"
      );
      expect(counts).toEqual(sheetColumn(table1Survivors(segment)));
    });

    it("gives CX.SBG.FIT the published α and β from years 0–7 and projects years 8–12 within 1.6 points", () => {
      const counts = survivors(sheetColumn(starts), sheetColumn(ends), [["Y"]], [["2007-06-30"]]);
      expect(counts).toEqual(sheetColumn(table1Survivors(segment).slice(0, CALIBRATION_YEARS)));
      const [fitted] = sbgFit(counts);
      expect(fitted[0]).toBeCloseTo(TABLE_1.params[segment].alpha, 3);
      expect(fitted[1]).toBeCloseTo(TABLE_1.params[segment].beta, 3);
      const holdout = sbgSurvivalCells([fitted.slice(0, 2)], sheetColumn([8, 9, 10, 11, 12]));
      const actual: number[] = TABLE_1.percent_surviving[segment];
      holdout.forEach(([share], index) => {
        // As Table 1 prints them, to 0.1 point (high-end year 12: 37.8 against 39.4)
        const projected = Math.round(1000 * (share as number)) / 10;
        expect(Math.abs(projected - actual[CALIBRATION_YEARS + index])).toBeLessThanOrEqual(
          1.6 + 1e-9
        );
      });
    });
  }
);

describe("CX.SURVIVORS on hand-made subscriptions", () => {
  // Monthly, observed to 2024-05-20 (see test/engine/subscriptions/survivorCounts.test.ts):
  // January: A 0, B 1, C 1, D 4, E 4 renewals; March: F 0, G 2, H 1; I starts in June
  const starts = ["2024-01-10", "2024-01-15", "2024-01-31", "2024-01-05", "2024-01-20"].concat([
    "2024-03-01",
    "2024-03-10",
    "2024-03-20",
    "2024-06-01",
  ]);
  const ends = ["2024-01-25", "2024-03-15", "2024-03-30", null, "2024-06-10"].concat([
    "2024-04-01",
    null,
    "2024-05-01",
    null,
  ]);

  it("counts the January cohort to its third renewal date, as its latest start (01-31) allows", () => {
    const january = survivors(
      sheetColumn(starts.slice(0, 5)),
      sheetColumn(ends.slice(0, 5)),
      null,
      [["2024-05-20"]]
    );
    expect(january).toEqual(sheetColumn([5, 4, 2, 2]));
  });

  it("counts all rows as one cohort, cut where the latest start (03-20) is observed", () => {
    expect(survivors(sheetColumn(starts), sheetColumn(ends), [["month"]], [[45432]])).toEqual(
      sheetColumn([8, 6, 3])
    );
  });

  it("ignores blank rows at the bottom and counts weeks", () => {
    // From Monday 01-01, ended 01-10: renewed 01-08. From 01-03, active: 01-10 and 01-17 by 01-20.
    const counts = survivors(
      [["2024-01-01"], ["2024-01-03"], [null], [null]],
      [["2024-01-10"], [null], [null], [null]],
      [["week"]],
      [["2024-01-20"]]
    );
    expect(counts).toEqual(sheetColumn([2, 2, 1]));
  });

  it("observes to the latest date in the data by default", () => {
    // Latest date 2024-06-10: I has started; the latest start, 06-01, is observed at entry 0 only
    expect(survivors(sheetColumn(starts), sheetColumn(ends))).toEqual(sheetColumn([9]));
  });
});

describe("CX.SURVIVORS errors", () => {
  const error = (call: () => unknown) => thrownBy(call);

  it("says which row ends before it starts, or holds a date it cannot read", () => {
    expect(
      error(() => survivors([["2024-01-01"], ["2024-03-01"]], [[null], ["2024-02-01"]]))
    ).toEqual(
      new CustomFunctionsError(
        "#VALUE!",
        "end_dates: row 2: the subscription ends (2024-02-01) before it starts (2024-03-01)"
      )
    );
    expect(error(() => survivors([["2024-01-01"], ["March 2024"]], [[null], [null]]))).toEqual(
      new CustomFunctionsError(
        "#VALUE!",
        'start_dates: row 2: "March 2024" is not a date; give an Excel date, YYYY-MM-DD or DD.MM.YYYY text'
      )
    );
  });

  it("refuses a bad period, observation end, shape, or an observation end before every start", () => {
    const starts = [["2024-01-01"], ["2024-02-01"]];
    const ends = [[null], [null]];
    expect(error(() => survivors(starts, ends, [["daily"]]))).toEqual(
      new CustomFunctionsError("#VALUE!", 'period: must be "week", "month", "quarter" or "year"')
    );
    expect(error(() => survivors(starts, ends, null, [["soon"]]))).toEqual(
      new CustomFunctionsError(
        "#VALUE!",
        "observation_end: is not a date; give an Excel date, YYYY-MM-DD or DD.MM.YYYY text"
      )
    );
    expect(error(() => survivors(starts, [[null]]))).toEqual(
      new CustomFunctionsError(
        "#VALUE!",
        "end_dates: has 1 rows but start_dates has 2; give ranges of equal height"
      )
    );
    expect(error(() => survivors([["2024-01-01", "2024-02-01"]], [[null, null]]))).toEqual(
      new CustomFunctionsError("#VALUE!", "start_dates: must be a single column")
    );
    expect(error(() => survivors(starts, ends, null, [["2023-12-31"]]))).toEqual(
      new CustomFunctionsError("#N/A", "observation_end: no subscription starts by 2023-12-31")
    );
  });
});
