import {
  DEFAULT_ANALYSIS_OPTIONS,
  defaultModel,
  engineOptions,
  modelWithHoldoutCheck,
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

describe("the holdout check's options", () => {
  const checked = { ...DEFAULT_ANALYSIS_OPTIONS, holdoutCheck: true, model: "best+gg" as const };

  it("are off by default, and hand the engine no holdout then", () => {
    expect(DEFAULT_ANALYSIS_OPTIONS).toMatchObject({ holdoutCheck: false, holdoutWeeks: "" });
    expect(engineOptions(DEFAULT_ANALYSIS_OPTIONS)).not.toHaveProperty("holdoutWeeks");
  });

  it("hand the engine the weeks typed, or 'auto' for the default when the field is empty", () => {
    expect(engineOptions({ ...checked, holdoutWeeks: "39" })).toMatchObject({
      holdoutWeeks: 39,
      model: "best+gg",
    });
    expect(engineOptions({ ...checked, holdoutWeeks: " " })).toMatchObject({
      holdoutWeeks: "auto",
    });
  });

  it.each(["0", "2.5", "abc", "5219", "-3"])("name holdoutWeeks when it is %s", (weeks) => {
    expect(engineOptions({ ...checked, holdoutWeeks: weeks })).toBe("holdoutWeeks");
  });

  it("ignore the weeks while the check is off, but not Best on holdout without it", () => {
    expect(engineOptions({ ...DEFAULT_ANALYSIS_OPTIONS, holdoutWeeks: "abc" })).not.toBe(
      "holdoutWeeks"
    );
    expect(engineOptions({ ...checked, holdoutCheck: false })).toBe("model");
  });

  it("make Best on holdout the model's default while the check is on", () => {
    expect(defaultModel(true)).toBe("best+gg");
    expect(defaultModel(false)).toBe("bgnbd+gg");
    expect(modelWithHoldoutCheck("bgnbd+gg", true)).toBe("best+gg");
    expect(modelWithHoldoutCheck("best+gg", false)).toBe("bgnbd+gg");
    expect(modelWithHoldoutCheck("pnbd+gg", true)).toBe("pnbd+gg");
    expect(modelWithHoldoutCheck("none", false)).toBe("none");
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
