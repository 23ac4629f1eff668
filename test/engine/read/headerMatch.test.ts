import { matchHeaders, normaliseHeader } from "../../../src/engine/read/headerMatch";

describe("normaliseHeader", () => {
  it("drops case, units, spaces and punctuation, and composes accents", () => {
    expect(normaliseHeader(" Monthly fee (EUR) ")).toBe("monthlyfee");
    expect(normaliseHeader("Kunde-Nr.")).toBe("kundenr");
    expect(normaliseHeader("Beløb [kr]")).toBe("beløb");
    expect(normaliseHeader("Dato/tid")).toBe("datotid");
    expect(normaliseHeader("Beëindigd".normalize("NFD"))).toBe("beëindigd");
    expect(normaliseHeader(2024)).toBe("2024");
    expect(normaliseHeader(true)).toBe("");
  });
});

describe("matchHeaders", () => {
  const vocabulary = {
    start: { names: ["start", "startdato"], parts: ["begin"] },
    end: { names: ["end"], parts: ["slut"] },
    tag: { names: ["tag"], parts: ["label"] },
  };

  it("takes whole names before parts, one column a role, the repeatable role every match", () => {
    expect(
      matchHeaders(
        ["Begin date", "End", "Startdato", "Tag", "Label 2", "Slutdato"],
        vocabulary,
        ["start", "end", "tag"],
        ["start", "end", "tag"],
        "tag"
      )
    ).toEqual([undefined, "end", "start", "tag", "tag", undefined]);
  });

  it("tries the names in order, so the first word wins over an earlier column", () => {
    expect(matchHeaders(["Start", "Startdato"], vocabulary, ["start"], [])).toEqual([
      "start",
      undefined,
    ]);
    expect(matchHeaders(["Begin", "Slut x"], vocabulary, [], ["end", "start"])).toEqual([
      "start",
      "end",
    ]);
  });
});
