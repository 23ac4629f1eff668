import { excelDateFormat } from "../../../src/taskpane/i18n/excelDateFormat";

describe("excelDateFormat", () => {
  it.each([
    ["da-DK", "dd\\.mm\\.yyyy"],
    ["nb-NO", "dd\\.mm\\.yyyy"],
    ["de-DE", "dd\\.mm\\.yyyy"],
    ["nl-NL", "dd\\-mm\\-yyyy"],
    ["en-US", "mm\\/dd\\/yyyy"],
    ["en-GB", "dd\\/mm\\/yyyy"],
  ])("writes %s's short date as %s", (locale, code) => {
    expect(excelDateFormat(locale)).toBe(code);
  });

  it("falls back to ISO order for a locale Intl cannot read", () => {
    expect(excelDateFormat("not a locale!")).toBe("yyyy-mm-dd");
  });
});
