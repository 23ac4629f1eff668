import { CustomFunctionsError, thrownBy } from "./customFunctionsStub";
import { sbgDerl, sbgFit, sbgRetentionCells, sbgSurvivalCells } from "../../src/functions/sbg";
import { PUBLISHED } from "../fixtures/published";
import { sheetColumn } from "./sheetColumns";

const published = PUBLISHED;
const retention = published.sbg_retention;
const CALIBRATION_YEARS = 8;

describe.each(["regular", "high_end"] as const)(
  "CX.SBG.FIT on the %s cohort (Fader & Hardie 2007)",
  (segment) => {
    const percent: number[] = retention.percent_surviving[segment];
    const survivors = sheetColumn(percent.slice(0, CALIBRATION_YEARS).map((value) => value * 10));

    it("fits alpha and beta to 3 decimals from a column or a row of survivors", () => {
      const [labels, fitted] = sbgFit(survivors, true);
      expect(labels).toEqual(["alpha", "beta", "LL"]);
      expect(fitted[0]).toBeCloseTo(retention.params[segment].alpha, 3);
      expect(fitted[1]).toBeCloseTo(retention.params[segment].beta, 3);
      expect(sbgFit([survivors.map(([value]) => value)])).toEqual([fitted]);
    });
  }
);

describe("CX.SBG.FIT on bad survivors", () => {
  it("gives #VALUE! naming the row of a count that rises, is negative or is not a number", () => {
    expect(thrownBy(() => sbgFit([[1000], [1100], [900]]))).toEqual(
      new CustomFunctionsError(
        "#VALUE!",
        "survivors: row 2: is 1100, above the count before (1000); must be a count from 0 to the count before"
      )
    );
    expect(thrownBy(() => sbgFit([[1000, 631, -5]]))).toEqual(
      new CustomFunctionsError(
        "#VALUE!",
        "survivors: row 3: is -5; must be a count from 0 to the count before"
      )
    );
    expect(thrownBy(() => sbgFit([[1000], [631], ["many"]]))).toEqual(
      new CustomFunctionsError("#VALUE!", 'survivors: row 3: "many" is not a number')
    );
  });
});

describe("CX.SBG.SURVIVAL and CX.SBG.RETENTION", () => {
  const regular = [[retention.params.regular.alpha, retention.params.regular.beta]];

  it("projects the holdout years 8–12 within 1 percentage point of Table 1", () => {
    const years = retention.percent_surviving.year.slice(CALIBRATION_YEARS);
    const surviving = sbgSurvivalCells(regular, sheetColumn(years));
    years.forEach((_: number, index: number) =>
      expect(
        Math.abs(
          100 * (surviving[index][0] as number) -
            retention.percent_surviving.regular[CALIBRATION_YEARS + index]
        )
      ).toBeLessThan(1)
    );
  });

  it("gives r(1) = beta/(alpha + beta) and refuses period 0", () => {
    const [[first, zero]] = sbgRetentionCells(regular, [[1, 0]]);
    expect(first).toBeCloseTo(1.182 / 1.886, 12);
    expect(zero).toEqual(new CustomFunctionsError("#VALUE!", "t: must be a period >= 1"));
  });

  it.each([
    [[100, 0], "all gone after one period: no spread of churn to tell"],
    [[1000, 500, 0], "half, then all"],
    [[1000, 600, 600], "no one leaves after the first period"],
    [[1000, 999], "one leaver"],
  ])("gives #N/A, not parameters run to an edge, for survivors %j (%s)", (counts) => {
    expect(thrownBy(() => sbgFit(counts.map((count) => [count])))).toEqual(
      new CustomFunctionsError(
        "#N/A",
        "survivors: the model has no best fit to these data (a parameter runs to 0 or infinity); check that survivors counts one cohort's active customers at t = 0, 1, 2, … and that some of them churn"
      )
    );
  });

  it("still fits three periods of 50 subscribers, an estimate known to a factor of two or so", () => {
    // The MLE of 50, 20, 10 is alpha 3, beta 2, as it matches both periods' churn exactly:
    // P(leave at 1) = alpha / (alpha + beta) = 3/5 = 30/50; then alpha / (alpha + beta + 1) = 3/6 = 10/20.
    const [fitted] = sbgFit([[50], [20], [10]]) as number[][];
    expect(fitted[0]).toBeCloseTo(3, 5);
    expect(fitted[1]).toBeCloseTo(2, 5);
  });

  it("refuses a blank period inside the survivors", () => {
    expect(thrownBy(() => sbgFit([[1000], [null], [500]]))).toEqual(
      new CustomFunctionsError(
        "#VALUE!",
        "survivors: row 2: the cell is blank; a number is required"
      )
    );
  });
});

describe("CX.SBG.DERL (Fader & Hardie 2010, discount rate 0.10)", () => {
  const renewals = sheetColumn([0, 1, 2, 3, 4]);

  it("gives case 1 to 2 decimals for n = 1..5", () => {
    const { alpha, beta, derl } = published.derl.case_1;
    const values = sbgDerl([[alpha, beta]], [[0.1]], renewals);
    derl.forEach((expected: number, index: number) =>
      expect(values[index][0]).toBeCloseTo(expected, 2)
    );
  });

  it("gives case 2 within 1 %", () => {
    const { alpha, beta, derl } = published.derl.case_2;
    const values = sbgDerl(
      [
        ["alpha", "beta"],
        [alpha, beta],
      ],
      [[0.1]],
      renewals
    );
    derl.forEach((expected: number, index: number) =>
      expect(Math.abs((values[index][0] as number) / expected - 1)).toBeLessThan(0.01)
    );
  });
});
