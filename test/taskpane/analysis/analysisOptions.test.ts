import {
  DEFAULT_ANALYSIS_OPTIONS,
  engineOptions,
  rememberedAnalysisOptions,
} from "../../../src/taskpane/analysis/analysisOptions";

/** Office's document settings holding `saved` as the remembered options. */
function rememberInWorkbook(saved: unknown): void {
  const settings = {
    get: (name: string) => (name === "cxCustomerValue.analysisOptions" ? saved : null),
  };
  Object.assign(globalThis, { Office: { context: { document: { settings } } } });
}

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
    ["monthlyDiscountPercent", { monthlyDiscountPercent: 100 }],
    ["observationEnd", { observationEnd: "2023-02-30" }],
  ])("names %s when it is out of range", (key, change) => {
    expect(engineOptions({ ...DEFAULT_ANALYSIS_OPTIONS, ...change })).toBe(key);
  });
});

describe("rememberedAnalysisOptions", () => {
  afterEach(() => Reflect.deleteProperty(globalThis, "Office"));

  it("keeps what the workbook remembers, numbers out of range too, for the run to name", () => {
    rememberInWorkbook({ model: "pnbd+gg", rfmBins: 11, timeUnit: "D", breakdownHeader: "Kanal" });
    expect(rememberedAnalysisOptions()).toEqual({
      ...DEFAULT_ANALYSIS_OPTIONS,
      model: "pnbd+gg",
      rfmBins: 11,
      timeUnit: "D",
      breakdownHeader: "Kanal",
    });
  });

  it("puts the default in place of a choice not offered, a wrong type or nothing saved", () => {
    rememberInWorkbook({
      model: "mystery",
      rfmMethod: "ntile",
      segmentScheme: 3,
      grossMarginPercent: "40",
    });
    expect(rememberedAnalysisOptions()).toEqual({
      ...DEFAULT_ANALYSIS_OPTIONS,
      rfmMethod: "ntile",
    });
    rememberInWorkbook(null);
    expect(rememberedAnalysisOptions()).toEqual(DEFAULT_ANALYSIS_OPTIONS);
  });
});
