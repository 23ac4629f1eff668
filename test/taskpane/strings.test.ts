import { stringsByLanguage } from "../../src/taskpane/i18n/strings";

test("every language words the summarize button and KPI table in its own words", () => {
  const buttons = new Set(Object.values(stringsByLanguage).map((strings) => strings.summarize));
  expect(buttons.size).toBe(5);
  expect(stringsByLanguage.de.kpi.revenue.label).toBe("Umsatz");
  expect(stringsByLanguage.da.kpi.revenue.label).toBe("Omsætning");
  expect(stringsByLanguage.nl.kpi.revenue.label).toBe("Omzet");
});
