import { InputError } from "../../../src/engine/inputError";
import { gammaGammaLikelihood } from "../../../src/engine/models/gammaGamma";
import { logParameterCovariance } from "../../../src/engine/models/logParameterCovariance";
import { fitNbd } from "../../../src/engine/models/nbd";
import { PURCHASE_MODELS } from "../../../src/engine/models/purchaseModel";
import { analysisOfInput } from "../../../src/engine/report/analysisOfInput";
import type { AnalysisResult } from "../../../src/engine/report/analysisResult";
import type { CustomerAnalysisOptions } from "../../../src/engine/report/customerAnalysis";
import { fitCustomerModels } from "../../../src/engine/report/customerModels";
import { survivalCurve } from "../../../src/engine/subscriptions/survivalCurve";
import { engineReasonText } from "../../../src/taskpane/analysis/engineReasonText";
import type { ReasonStrings } from "../../../src/taskpane/i18n/reasonStrings";
import { stringsByLanguage } from "../../../src/taskpane/i18n/stringsByLanguage";
import { logOf } from "../../engine/read/logOf";

/** The engine's message when analysing these rows stops the run. */
function thrownBy(rows: unknown[][], options: CustomerAnalysisOptions = {}): string {
  try {
    analysisOfInput({ layout: "transactions", log: logOf(rows) }, options);
  } catch (error) {
    if (error instanceof InputError) return error.message;
    throw error;
  }
  throw new Error("the analysis did not fail");
}

/** The analysis of these rows, which runs to the end. */
function analysed(rows: unknown[][], options: CustomerAnalysisOptions = {}): AnalysisResult {
  return analysisOfInput({ layout: "transactions", log: logOf(rows) }, options) as AnalysisResult;
}

/** The reason of what `fit` throws. */
function reasonOf(fit: () => unknown): string {
  try {
    fit();
  } catch (error) {
    if (error instanceof InputError) return error.reason;
    throw error;
  }
  throw new Error("the fit did not fail");
}

/** The reason of an sBG curve that is not fitted. */
function sbgReason(cohorts: Float64Array[]): string {
  const curve = survivalCurve(cohorts, 12);
  if (curve.fitted) throw new Error("the sBG fitted");
  return curve.message;
}

const threeOneTimers = [
  ["A", 45000, 5],
  ["B", 45010, 3],
  ["C", 45020, 7],
];
const oneRepeater = [
  ["A", 45000, 5],
  ["A", 45010, 3],
  ["B", 45020, 7],
];
// 30 customers buying in turn every day for 300 days: nobody stops buying.
const everyoneStays = Array.from({ length: 300 }, (_, day) => [`K${day % 30}`, 45000 + day, 5]);
const noRepeat = { x: Float64Array.of(0, 0), tx: Float64Array.of(0, 0), T: Float64Array.of(4, 5) };
const format = new Intl.NumberFormat("de-DE").format;

/** Each engine reason the pane can meet, made by the engine, and what each language says for it. */
const CASES: readonly [string, () => string, (strings: ReasonStrings) => string][] = [
  [
    "a log whose rows are all returns",
    () =>
      thrownBy([
        ["A", 45000, -5],
        ["B", 45001, -3],
      ]),
    (strings) => strings.noPurchaseUpToEnd,
  ],
  [
    "an observation end before the first purchase",
    () => thrownBy([["A", 45000, 5]], { observationEnd: 44000 }),
    (strings) => strings.beforeFirstPurchase("2023-03-15"),
  ],
  [
    "a model with no best fit",
    () => analysed(threeOneTimers).customers.models.transactionError,
    (strings) => strings.noBestFit,
  ],
  [
    "a spend model without repeat customers",
    () => analysed(threeOneTimers).customers.models.spendError,
    (strings) => strings.spendNeedsRepeaters,
  ],
  [
    "a fit that did not converge",
    () => analysed(oneRepeater).customers.models.spendError,
    (strings) => strings.noConvergence,
  ],
  [
    "a log where nobody leaves",
    () =>
      reasonOf(() => {
        const history = analysed(everyoneStays).customers;
        return PURCHASE_MODELS.bgnbd.fit({ x: history.x, tx: history.tx, T: history.T });
      }),
    (strings) => strings.noDropout,
  ],
  [
    "the NBD without a repeat purchase",
    () => reasonOf(() => fitNbd(noRepeat)),
    (strings) => strings.noRepeatPurchase,
  ],
  [
    "a holdout longer than the data",
    () => analysed(oneRepeater, { holdoutWeeks: 52 }).customers.models.holdout!.error,
    (strings) => strings.holdoutTooLong(52, 2.9, format),
  ],
  [
    "the best model without a holdout check",
    () =>
      fitCustomerModels({ ...noRepeat, meanRepeatSpend: noRepeat.x }, "best+gg").transactionError,
    (strings) => strings.bestNeedsHoldout,
  ],
  [
    "a holdout check on whose calibration no model fitted",
    () =>
      analysed(
        [
          ["A", 45000, 5],
          ["B", 45100, 3],
          ["C", 45200, 7],
          ["D", 45300, 7],
          ["D", 45310, 7],
        ],
        { holdoutWeeks: 4 }
      ).customers.models.transactionError,
    (strings) => strings.noModelOnCalibration,
  ],
  [
    "intervals at parameters that are no fit",
    () =>
      reasonOf(() =>
        logParameterCovariance(
          gammaGammaLikelihood({
            x: Float64Array.of(1, 2, 3),
            meanSpend: Float64Array.of(5, 9, 30),
          }),
          [1, 1, 1]
        )
      ),
    (strings) => strings.notAtBestFit,
  ],
  [
    "an sBG group observed for one period",
    () => sbgReason([Float64Array.of(40, 31)]),
    (strings) => strings.sbgFewPeriods(1, 2, format),
  ],
  [
    "an sBG group of few subscribers",
    () => sbgReason([Float64Array.of(3, 2, 1)]),
    (strings) => strings.sbgFewSubscribers(3, 10, format),
  ],
  [
    "an sBG group that halves every period (no spread in churn)",
    () => sbgReason([Float64Array.of(1000, 500, 250, 125, 62)]),
    (strings) => strings.sbgNoBestFit,
  ],
  [
    "an sBG group where nobody has left",
    () => sbgReason([Float64Array.of(40, 40, 40)]),
    (strings) => strings.sbgNoneEnded,
  ],
];

describe("engineReasonText: the engine's English reasons in the user's language", () => {
  it.each(CASES)("says %s in every language", (_, englishOf, expected) => {
    const english = englishOf();
    for (const [language, strings] of Object.entries(stringsByLanguage)) {
      const said = engineReasonText(english, strings.reasons, format);
      expect([language, said]).toEqual([language, expected(strings.reasons)]);
      if (language !== "en") expect(said).not.toBe(expected(stringsByLanguage.en.reasons));
    }
  });

  it("writes the numbers it reads with the user's digits", () => {
    const english = "a holdout of 52 weeks leaves no calibration period: the data span 2.9 weeks";
    expect(engineReasonText(english, stringsByLanguage.de.reasons, format)).toBe(
      "Ein Testzeitraum von 52 Wochen lässt keinen Kalibrierungszeitraum übrig: Die Daten umfassen 2,9 Wochen"
    );
    expect(engineReasonText(english, stringsByLanguage.nl.reasons, format)).toContain("2,9 weken");
  });

  it("keeps a message it does not know as the engine wrote it", () => {
    expect(engineReasonText("monetary: row 3 must be a number", stringsByLanguage.da.reasons)).toBe(
      "monetary: row 3 must be a number"
    );
    expect(engineReasonText("", stringsByLanguage.da.reasons)).toBe("");
  });
});
