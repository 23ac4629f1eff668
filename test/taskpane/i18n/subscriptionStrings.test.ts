import { subscriptionStrings } from "../../../src/taskpane/i18n/subscriptionStrings";

/** Every key path of a strings object. */
function keyPaths(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => keyPaths(inner, `${prefix}.${key}`));
}

describe("subscriptionStrings", () => {
  it("has every key in every language, and translated sheet names of at most 31 characters", () => {
    const english = keyPaths(subscriptionStrings.en).sort();
    for (const strings of Object.values(subscriptionStrings)) {
      expect(keyPaths(strings).sort()).toEqual(english);
      expect(strings.sheetName.length).toBeLessThanOrEqual(31);
    }
    expect(subscriptionStrings.de.outcome("2.000", "2", "691")).toBe(
      "2.000 Abonnements in 2 Kohorten; 691 am Beobachtungsende aktiv."
    );
    expect(new Set(Object.values(subscriptionStrings).map((s) => s.chartTitle)).size).toBe(5);
  });
});
