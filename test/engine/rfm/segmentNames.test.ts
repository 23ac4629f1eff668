import { SEGMENT_NAMES } from "../../../src/engine/rfm/segmentNames";
import { DEFAULT_SEGMENT_RULES } from "../../../src/engine/rfm/segmentRules";

describe("SEGMENT_NAMES", () => {
  it("names every default segment and Other in all five languages", () => {
    const keys = [...DEFAULT_SEGMENT_RULES.map((rule) => rule.name), "other"];
    expect(Object.keys(SEGMENT_NAMES).sort()).toEqual(keys.sort());
    for (const names of Object.values(SEGMENT_NAMES)) {
      expect(Object.keys(names).sort()).toEqual(["da", "de", "en", "nb", "nl"]);
      for (const name of Object.values(names)) expect(name.trim().length).toBeGreaterThan(2);
    }
  });

  it("speaks German CRM language", () => {
    expect(SEGMENT_NAMES.loyalCustomers.de).toBe("Treue Kunden");
    expect(SEGMENT_NAMES.cantLoseThem.de).toBe("Nicht verlieren");
    expect(SEGMENT_NAMES.hibernating.de).toBe("Inaktiv");
    expect(SEGMENT_NAMES.champions.da).toBe("Mestre");
  });

  it("keeps the names of one language distinct", () => {
    for (const language of ["en", "da", "nb", "de", "nl"] as const) {
      const names = Object.values(SEGMENT_NAMES).map((byLanguage) => byLanguage[language]);
      expect(new Set(names).size).toBe(names.length);
    }
  });
});
