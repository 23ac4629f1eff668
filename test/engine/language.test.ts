import { languageFor } from "../../src/engine/language";

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
