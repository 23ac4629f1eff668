import fc from "fast-check";
import { cellText, createTextPositions, IdPositions } from "../../../src/engine/read/textPositions";

describe("createTextPositions", () => {
  it("numbers each new text in turn", () => {
    const regions = createTextPositions();
    expect(["Nord", "Syd", "Nord"].map((text) => regions.positionOf(text))).toEqual([0, 1, 0]);
    expect(regions.values).toEqual(["Nord", "Syd"]);
  });
});

describe("IdPositions", () => {
  it("takes a number and its text as one id, whichever comes first", () => {
    const ids = new IdPositions();
    expect(ids.positionOfNumber(17)).toBe(0);
    expect(ids.positionOfText("17")).toBe(0);
    expect(ids.positionOfText("42")).toBe(1);
    expect(ids.positionOfNumber(42)).toBe(1);
    expect(ids.positionOf(" 17 ")).toBe(0);
    expect(ids.values).toEqual(["17", "42"]);
  });

  it("keeps text that only reads as the number apart, as cellText writes the number otherwise", () => {
    const ids = new IdPositions();
    const cells = [17, "017", "17.0", "+17", "1.7e1", 17.5, "17.5", 1e21, "1e+21", "0x11"];
    expect(cells.map((cell) => ids.positionOf(cell))).toEqual([0, 1, 2, 3, 4, 5, 5, 6, 6, 7]);
    expect(ids.values).toEqual(["17", "017", "17.0", "+17", "1.7e1", "17.5", "1e+21", "0x11"]);
  });

  it("reads −0 as 0, the text '-0' being other text", () => {
    const ids = new IdPositions();
    expect([-0, 0, "0", "-0"].map((cell) => ids.positionOf(cell))).toEqual([0, 0, 0, 1]);
    expect(ids.values).toEqual(["0", "-0"]);
  });

  it("gives −1 for blank cells and numbers that are not finite", () => {
    const ids = new IdPositions();
    expect(
      [null, undefined, "", "  ", NaN, Infinity, true].map((cell) => ids.positionOf(cell))
    ).toEqual([-1, -1, -1, -1, -1, -1, -1]);
    expect(ids.positionOfText("NaN")).toBe(0); // text, not the number
    expect(ids.positionOfText("Infinity")).toBe(1);
    expect(ids.values).toEqual(["NaN", "Infinity"]);
  });

  it("finds a large id again once the array of small ids has grown past it", () => {
    const ids = new IdPositions();
    expect(ids.positionOfNumber(100_000)).toBe(0); // too large for the array while few ids are seen
    for (let id = 1; id <= 2000; id++) ids.positionOfNumber(id);
    expect(ids.positionOfNumber(100_000)).toBe(0);
    expect(ids.positionOfText("100000")).toBe(0);
    expect(ids.positionOfNumber(2 ** 31)).toBe(2001); // beyond any array: the Map
    expect(ids.positionOfText("2147483648")).toBe(2001);
    expect(ids.values).toHaveLength(2002);
  });

  it("numbers ids as their cellText would, in order of first appearance", () => {
    const cell = fc.oneof(
      fc.integer({ min: -3, max: 300_000 }),
      fc.integer({ min: 0, max: 40 }).map((id) => String(id)),
      fc.constantFrom(-0, 0.5, 2 ** 31, 1e21, "007", " 12 ", "x", "")
    );
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 200 }), (cells) => {
        const ids = new IdPositions();
        const positions = cells.map((value) => ids.positionOf(value));
        const texts = createTextPositions();
        const expected = cells.map((value) => {
          const text = cellText(value);
          return text === "" ? -1 : texts.positionOf(text);
        });
        expect(positions).toEqual(expected);
        expect(ids.values).toEqual(texts.values);
      })
    );
  });
});
