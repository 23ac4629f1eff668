import { stringsByLanguage } from "../../../src/taskpane/i18n/stringsByLanguage";

const subscriptionStrings = Object.values(stringsByLanguage).map(
  (strings) => strings.subscriptions
);

describe("the subscription strings (every key in every language: translations.test.ts)", () => {
  it("name the sheet in at most 31 characters, and its chart in each language's words", () => {
    for (const strings of subscriptionStrings) {
      expect(strings.sheetName.length).toBeLessThanOrEqual(31);
    }
    expect(new Set(subscriptionStrings.map((strings) => strings.chartTitle)).size).toBe(5);
    const german = new Intl.NumberFormat("de-DE").format;
    expect(stringsByLanguage.de.subscriptions.outcome(2000, 2, 691, german)).toBe(
      "2.000 Abonnements in 2 Kohorten; 691 am Beobachtungsende aktiv."
    );
    expect(stringsByLanguage.de.subscriptions.outcome(1, 1, 0, german)).toBe(
      "1 Abonnement in 1 Kohorte; 0 am Beobachtungsende aktiv."
    );
    expect(
      stringsByLanguage.nl.subscriptions.done(
        2000,
        "CX Abonnementen",
        new Intl.NumberFormat("nl-NL").format
      )
    ).toBe("2.000 abonnementen geanalyseerd. Bladen: CX Abonnementen.");
  });
});
