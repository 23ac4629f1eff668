import type { Language } from "../../../src/engine/language";
import { stringsByLanguage } from "../../../src/taskpane/i18n/stringsByLanguage";

/** A formatter that marks each count it writes. */
const format = (count: number) => `#${count}`;
const marker = (index: number) => `‹${index + 1}›`;

/**
 * Arguments to call a function-valued string with: those that take counts and a formatter by
 * their path, every other one with distinct marker texts, one per parameter.
 */
const NUMBER_ARGUMENTS: Record<string, unknown[]> = {
  "subscriptions.done": [2, marker(1), format],
  "subscriptions.outcome": [2, 3, 4, format],
  "subscriptions.skipped": [2, format],
  selectionSize: [1, 3, format],
  dataRange: [marker(0), 2, format],
  // A range's numbers are written as they are (whole numbers of a few digits).
  allowedNumbers: [{ min: 2, max: 10, whole: true }],
  dataTable: [marker(0), 2, format],
  done: [2, marker(1), format],
  skipped: [2, marker(1), format],
  returns: [2, format],
  zeroAmounts: [2, format],
  excluded: [2, format],
  returnsOnly: [2, format],
  "channels.spendSkipped": [2, marker(1), format],
  "channels.outsidePeriodLine": [2, format],
  "reasons.holdoutTooLong": [52, 2.9, format],
  "reasons.sbgFewPeriods": [2, 3, format],
  "reasons.sbgFewSubscribers": [2, 10, format],
};

/** Every leaf of a strings object as [path, value], nested objects walked. */
function leaves(value: unknown, path = ""): [string, unknown][] {
  if (typeof value !== "object" || value === null) return [[path, value]];
  return Object.entries(value).flatMap(([key, child]) =>
    leaves(child, path ? `${path}.${key}` : key)
  );
}

const languages = Object.keys(stringsByLanguage) as Language[];
const englishPaths = leaves(stringsByLanguage.en).map(([path]) => path);

describe("the pane's translations", () => {
  it("are the five languages", () => {
    expect(languages.sort()).toEqual(["da", "de", "en", "nb", "nl"]);
  });

  it.each(languages)("%s has exactly the keys English has, nested ones too", (language) => {
    expect(leaves(stringsByLanguage[language]).map(([path]) => path)).toEqual(englishPaths);
  });

  it.each(languages)(
    "%s fills every text, and every function uses each argument it is given",
    (language) => {
      for (const [path, value] of leaves(stringsByLanguage[language])) {
        if (typeof value === "string") {
          expect([path, value.trim().length > 0]).toEqual([path, true]);
          continue;
        }
        expect([path, typeof value]).toEqual([path, "function"]);
        const call = value as (...args: unknown[]) => unknown;
        const args =
          NUMBER_ARGUMENTS[path] ?? Array.from({ length: call.length }, (_, i) => marker(i));
        const text = call(...args);
        expect([path, typeof text]).toEqual([path, "string"]);
        const expected = args
          .filter((arg) => typeof arg !== "function" && typeof arg !== "object")
          .map((arg) => (typeof arg === "string" ? arg : format(arg as number)));
        for (const part of expected)
          expect([path, String(text).includes(part)]).toEqual([path, true]);
      }
    }
  );

  it("words the numbers an option takes, the bounds in or out, in each language", () => {
    const ranges = [
      { min: 2, max: 10, whole: true },
      { min: 0, max: 100, whole: false, maxExcluded: true },
      { min: 0, max: 100, whole: false, minExcluded: true, maxExcluded: true },
      { min: 0, max: 100, whole: false, minExcluded: true },
    ];
    const words = (language: Language) =>
      ranges.map((range) => stringsByLanguage[language].allowedNumbers(range));
    expect(words("en")).toEqual([
      "a whole number from 2 to 10",
      "a number from 0 to below 100",
      "a number above 0 and below 100",
      "a number above 0 and at most 100",
    ]);
    expect(words("da")).toEqual([
      "et helt tal fra 2 til 10",
      "et tal fra 0 til under 100",
      "et tal over 0 og under 100",
      "et tal over 0 og højst 100",
    ]);
    expect(words("nb")).toEqual([
      "et heltall fra 2 til 10",
      "et tall fra 0 til under 100",
      "et tall over 0 og under 100",
      "et tall over 0 og høyst 100",
    ]);
    expect(words("de")).toEqual([
      "eine ganze Zahl von 2 bis 10",
      "eine Zahl von 0 bis unter 100",
      "eine Zahl über 0 und unter 100",
      "eine Zahl über 0 und höchstens 100",
    ]);
    // Dutch "tot" leaves the bound out, "tot en met" takes it in.
    expect(words("nl")).toEqual([
      "een geheel getal van 2 tot en met 10",
      "een getal van 0 tot 100",
      "een getal boven 0 en onder 100",
      "een getal boven 0 en hoogstens 100",
    ]);
  });

  it("names the one action and the Summary sheet in each language", () => {
    expect(languages.map((language) => stringsByLanguage[language].run)).toEqual([
      "Kør analysen",
      "Analyse starten",
      "Run analysis",
      "Kjør analysen",
      "Analyse uitvoeren",
    ]);
    expect(languages.map((language) => stringsByLanguage[language].sheetNames.summary)).toEqual([
      "CX Oversigt",
      "CX Übersicht",
      "CX Summary",
      "CX Oversikt",
      "CX Overzicht",
    ]);
    expect(stringsByLanguage.de.kpi.revenue.label).toBe("Umsatz");
    expect(stringsByLanguage.da.kpi.revenue.label).toBe("Omsætning");
    expect(stringsByLanguage.nl.kpi.revenue.label).toBe("Omzet");
  });

  it("writes counts in the singular and plural with the locale's digits", () => {
    const danish = new Intl.NumberFormat("da-DK").format;
    expect(stringsByLanguage.da.selectionSize(1200, 1, danish)).toBe("1.200 rækker × 1 kolonne");
    expect(stringsByLanguage.en.selectionSize(1, 3, String)).toBe("1 row × 3 columns");
    expect(stringsByLanguage.da.skipped(1, "1 uden kunde", danish)).toBe(
      "1 række sprunget over: 1 uden kunde."
    );
    expect(stringsByLanguage.da.done(1, "CX Oversigt", danish)).toBe(
      "1 kunde analyseret. Ark: CX Oversigt."
    );
    expect(stringsByLanguage.da.done(1200, "CX Oversigt", danish)).toBe(
      "1.200 kunder analyseret. Ark: CX Oversigt."
    );
    expect(stringsByLanguage.nb.zeroAmounts(1, String)).toBe(
      "1 rad med beløpet 0 telles som ordre."
    );
    expect(stringsByLanguage.de.excluded(1, String)).toBe(
      "1 Transaktion nach dem Beobachtungsende wurde ausgelassen."
    );
    expect(stringsByLanguage.nl.returnsOnly(1, String)).toBe(
      "1 klant met alleen retouren is weggelaten."
    );
    expect(stringsByLanguage.en.returns(1, String)).toBe(
      "1 return (an order netting below 0) is not counted as an order."
    );
    expect(stringsByLanguage.da.subscriptions.outcome(1, 1, 1, danish)).toBe(
      "1 abonnement i 1 kohorte; 1 aktivt ved observationens slutning."
    );
  });

  it.each(languages)(
    "%s words every count of an outcome text for 1 apart from the same text for 2",
    (language) => {
      for (const [path, args] of Object.entries(NUMBER_ARGUMENTS)) {
        if (!args.some((arg) => typeof arg === "number")) continue; // a range, not a count
        const call = leaves(stringsByLanguage[language]).find(([leaf]) => leaf === path)![1] as (
          ...args: unknown[]
        ) => string;
        const withCount = (count: number) =>
          call(...args.map((arg) => (typeof arg === "number" ? count : arg)));
        // Only the digit differs between the two when the words do not agree with the count.
        expect([path, withCount(1).replace(/#1/g, "#2")]).not.toEqual([path, withCount(2)]);
      }
    }
  );
});
