import type { Language } from "../../../src/engine/language";
import { stringsByLanguage } from "../../../src/taskpane/i18n/stringsByLanguage";

/**
 * Arguments to call a function-valued string with: the few that take numbers and a formatter
 * by their path, every other one with distinct marker texts, one per parameter.
 */
const NUMBER_ARGUMENTS: Record<string, unknown[]> = {
  selectionSize: [1, 3, (count: number) => `#${count}`],
};
const marker = (index: number) => `‹${index + 1}›`;

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
        const shown = args.map((arg) => (typeof arg === "string" ? arg : `#${String(arg)}`));
        const expected = path === "selectionSize" ? ["#1", "#3"] : shown;
        for (const part of expected)
          expect([path, String(text).includes(part)]).toEqual([path, true]);
      }
    }
  );

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
  });
});
