import {
  isNumberOption,
  DEFAULT_ANALYSIS_OPTIONS,
  defaultModel,
  engineOptions,
  invalidOptions,
  modelWithHoldoutCheck,
  rememberedAnalysisOptions,
} from "../../../src/taskpane/analysis/analysisOptions";
import { invalidOptionText } from "../../../src/taskpane/analysis/optionLabels";
import { stringsByLanguage } from "../../../src/taskpane/i18n/stringsByLanguage";

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
      engineOptions(
        {
          ...DEFAULT_ANALYSIS_OPTIONS,
          observationEnd: "2023-03-15",
          grossMarginPercent: "40",
          monthlyDiscountPercent: "1.5",
        },
        "transactions"
      )
    ).toEqual({
      observationEnd: 45000,
      rfmBins: 5,
      rfmMethod: "quantile",
      segmentScheme: "rfmPackage",
      grossMargin: 0.4,
      monthlyDiscountRate: 0.015,
      horizonMonths: 12,
      model: "bgnbd+gg",
      period: "month",
    });
  });

  it("gives a log's cohort period to the engine, not a customer table's, which has no dates", () => {
    const quarterly = { ...DEFAULT_ANALYSIS_OPTIONS, period: "quarter" as const };
    expect(engineOptions(quarterly, "transactions")).toMatchObject({ period: "quarter" });
    expect(engineOptions(quarterly, "customers")).not.toHaveProperty("period");
  });

  it("leaves the observation end to the engine when the date is empty", () => {
    expect(engineOptions(DEFAULT_ANALYSIS_OPTIONS, "transactions")).toMatchObject({
      observationEnd: undefined,
    });
  });

  it.each([
    ["rfmBins", { rfmBins: "11" }],
    ["rfmBins", { rfmBins: "2,5" }],
    ["grossMarginPercent", { grossMarginPercent: "101" }],
    ["monthlyDiscountPercent", { monthlyDiscountPercent: "" }],
    ["monthlyDiscountPercent", { monthlyDiscountPercent: "0,5 %" }],
    ["horizonMonths", { horizonMonths: "0" }],
    ["monthlyDiscountPercent", { monthlyDiscountPercent: "100" }],
    ["observationEnd", { observationEnd: "2023-02-30" }],
  ])("names %s when it is out of range", (key, change) => {
    expect(engineOptions({ ...DEFAULT_ANALYSIS_OPTIONS, ...change }, "transactions")).toBe(key);
  });
});

describe("the holdout check's options", () => {
  const checked = { ...DEFAULT_ANALYSIS_OPTIONS, holdoutCheck: true, model: "best+gg" as const };

  it("are off by default, and hand the engine no holdout then", () => {
    expect(DEFAULT_ANALYSIS_OPTIONS).toMatchObject({ holdoutCheck: false, holdoutWeeks: "" });
    expect(engineOptions(DEFAULT_ANALYSIS_OPTIONS, "transactions")).not.toHaveProperty(
      "holdoutWeeks"
    );
  });

  it("hand the engine the weeks typed, or 'auto' for the default when the field is empty", () => {
    expect(engineOptions({ ...checked, holdoutWeeks: "39" }, "transactions")).toMatchObject({
      holdoutWeeks: 39,
      model: "best+gg",
    });
    expect(engineOptions({ ...checked, holdoutWeeks: " " }, "transactions")).toMatchObject({
      holdoutWeeks: "auto",
    });
  });

  it.each(["0", "2.5", "abc", "5219", "-3"])("name holdoutWeeks when it is %s", (weeks) => {
    expect(engineOptions({ ...checked, holdoutWeeks: weeks }, "transactions")).toBe("holdoutWeeks");
  });

  it("ignore the weeks while the check is off, but not Best on holdout without it", () => {
    expect(
      engineOptions({ ...DEFAULT_ANALYSIS_OPTIONS, holdoutWeeks: "abc" }, "transactions")
    ).not.toBe("holdoutWeeks");
    expect(engineOptions({ ...checked, holdoutCheck: false }, "transactions")).toBe("model");
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
    rememberInWorkbook({ model: "pnbd+gg", rfmBins: "11", timeUnit: "D", breakdownColumn: 3 });
    expect(rememberedAnalysisOptions()).toEqual({
      ...DEFAULT_ANALYSIS_OPTIONS,
      model: "pnbd+gg",
      rfmBins: "11",
      timeUnit: "D",
      breakdownColumn: 3,
    });
  });

  it("reads a number option an earlier version remembered as a number as its text", () => {
    rememberInWorkbook({ grossMarginPercent: 40, monthlyDiscountPercent: 0.5, horizonMonths: 24 });
    expect(rememberedAnalysisOptions()).toEqual({
      ...DEFAULT_ANALYSIS_OPTIONS,
      grossMarginPercent: "40",
      monthlyDiscountPercent: "0.5",
      horizonMonths: "24",
    });
  });

  it("puts the default in place of a choice not offered, a wrong type or nothing saved", () => {
    rememberInWorkbook({
      model: "mystery",
      rfmMethod: "ntile",
      segmentScheme: 3,
      grossMarginPercent: true,
      breakdownColumn: "Kanal",
    });
    expect(rememberedAnalysisOptions()).toEqual({
      ...DEFAULT_ANALYSIS_OPTIONS,
      rfmMethod: "ntile",
    });
    rememberInWorkbook(null);
    expect(rememberedAnalysisOptions()).toEqual(DEFAULT_ANALYSIS_OPTIONS);
  });
});

describe("isNumberOption", () => {
  it("is true of the options NUMBER_RANGES bounds and false of the others", () => {
    expect(
      ["rfmBins", "grossMarginPercent", "monthlyDiscountPercent", "horizonMonths"].every(
        isNumberOption
      )
    ).toBe(true);
    expect(
      ["holdoutWeeks", "observationEnd", "model", "toString", "constructor"].some(isNumberOption)
    ).toBe(false);
  });
});

describe("the number options as typed", () => {
  it("read a decimal comma as a decimal point, so 0,5 % a month is a rate of 0.005", () => {
    expect(
      engineOptions(
        {
          ...DEFAULT_ANALYSIS_OPTIONS,
          monthlyDiscountPercent: "0,5",
          grossMarginPercent: " 37,5 ",
        },
        "transactions"
      )
    ).toMatchObject({ monthlyDiscountRate: 0.005, grossMargin: 0.375 });
  });

  it("name every option the form shows that the run cannot take, in the form's order", () => {
    expect(
      invalidOptions(
        {
          ...DEFAULT_ANALYSIS_OPTIONS,
          observationEnd: "0002-12-31",
          rfmBins: "fem",
          horizonMonths: "12,5",
          holdoutCheck: true,
          holdoutWeeks: "0",
        },
        "transactions"
      )
    ).toEqual(["observationEnd", "rfmBins", "horizonMonths", "holdoutWeeks"]);
    expect(invalidOptions(DEFAULT_ANALYSIS_OPTIONS, "customers")).toEqual([]);
  });
});

describe("a subscription table's options", () => {
  const subscription = { ...DEFAULT_ANALYSIS_OPTIONS, observationEnd: "2007-06-30" };

  it("refuse a monthly discount rate of 0, which the transaction log takes, with the reason", () => {
    const free = { ...subscription, monthlyDiscountPercent: "0" };
    expect(engineOptions(free, "subscriptions")).toBe("monthlyDiscountPercent");
    expect(engineOptions(free, "transactions")).toMatchObject({ monthlyDiscountRate: 0 });
    expect(invalidOptionText("monthlyDiscountPercent", "subscriptions", stringsByLanguage.da)).toBe(
      "En abonnementstabel kræver en månedlig diskonteringsrente over 0 og under 100 %: hver abonnents fornyelser summeres uden ende, så kun diskonteringen holder deres værdi endelig."
    );
    expect(invalidOptionText("monthlyDiscountPercent", "transactions", stringsByLanguage.en)).toBe(
      "Check the option “Monthly discount rate %”: a number from 0 to below 100."
    );
  });

  it("are not stopped by the RFM, horizon, holdout and model options the form hides for them", () => {
    const hidden = {
      ...subscription,
      rfmBins: "11",
      horizonMonths: "",
      holdoutCheck: true,
      holdoutWeeks: "0",
      monthlyDiscountPercent: "0,5",
    };
    expect(invalidOptions(hidden, "subscriptions")).toEqual([]);
    // 2007-06-30 is day serial 39263.
    expect(engineOptions(hidden, "subscriptions")).toEqual({
      observationEnd: 39263,
      grossMargin: 1,
      monthlyDiscountRate: 0.005,
    });
    expect(
      engineOptions({ ...hidden, model: "best+gg", holdoutCheck: false }, "subscriptions")
    ).toEqual({ observationEnd: 39263, grossMargin: 1, monthlyDiscountRate: 0.005 });
    expect(invalidOptions(hidden, "transactions")).toEqual([
      "rfmBins",
      "horizonMonths",
      "holdoutWeeks",
    ]);
  });
});
