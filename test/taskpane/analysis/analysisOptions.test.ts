import {
  DEFAULT_ANALYSIS_OPTIONS,
  engineOptions,
} from "../../../src/taskpane/analysis/analysisOptions";

describe("engineOptions", () => {
  it("turns percentages into shares and an ISO date into a day serial", () => {
    expect(
      engineOptions({
        ...DEFAULT_ANALYSIS_OPTIONS,
        observationEnd: "2023-03-15",
        grossMarginPercent: 40,
        monthlyDiscountPercent: 1.5,
      })
    ).toEqual({
      observationEnd: 45000,
      rfmBins: 5,
      rfmMethod: "quantile",
      segmentScheme: "rfmPackage",
      grossMargin: 0.4,
      monthlyDiscountRate: 0.015,
      horizonMonths: 12,
      model: "bgnbd+gg",
    });
  });

  it("leaves the observation end to the engine when the date is empty", () => {
    expect(engineOptions(DEFAULT_ANALYSIS_OPTIONS)).toMatchObject({ observationEnd: undefined });
  });

  it.each([
    ["rfmBins", { rfmBins: 11 }],
    ["rfmBins", { rfmBins: 2.5 }],
    ["grossMarginPercent", { grossMarginPercent: 101 }],
    ["monthlyDiscountPercent", { monthlyDiscountPercent: NaN }],
    ["horizonMonths", { horizonMonths: 0 }],
    ["observationEnd", { observationEnd: "2023-02-30" }],
  ])("names %s when it is out of range", (key, change) => {
    expect(engineOptions({ ...DEFAULT_ANALYSIS_OPTIONS, ...change })).toBe(key);
  });
});
