import { languageFor, stringsByLanguage } from "../../src/taskpane/i18n/strings";

describe("languageFor", () => {
  test.each([
    ["da-DK", "da"],
    ["nb-NO", "nb"],
    ["nn-NO", "nb"],
    ["no", "nb"],
    ["de-AT", "de"],
    ["nl-BE", "nl"],
    ["en-GB", "en"],
    ["fr-FR", "en"],
    [undefined, "en"],
  ])("%s -> %s", (tag, language) => {
    expect(languageFor(tag)).toBe(language);
  });
});

test("every language words the summarize button and KPI table in its own words", () => {
  const buttons = new Set(Object.values(stringsByLanguage).map((strings) => strings.summarize));
  expect(buttons.size).toBe(5);
  expect(stringsByLanguage.de.kpi.revenue.label).toBe("Umsatz");
  expect(stringsByLanguage.da.kpi.revenue.label).toBe("Omsætning");
  expect(stringsByLanguage.nl.kpi.revenue.label).toBe("Omzet");
});
