import { CELL_CHARACTER_LIMIT, fitTextToCells } from "../../src/excel/cellCharacterLimit";

describe("fitTextToCells", () => {
  test("cuts a text longer than 32,767 characters to 32,766 and an ellipsis", () => {
    const long = "Web, ".repeat(10_000); // 50,000 characters
    const [[name, note, count]] = fitTextToCells([["Channels", long, 7]]);
    expect(name).toBe("Channels");
    expect(count).toBe(7);
    expect(note).toBe(`${long.slice(0, 32_766)}…`);
    expect((note as string).length).toBe(CELL_CHARACTER_LIMIT);
  });

  test("keeps a text of exactly 32,767 characters and leaves the given rows unchanged", () => {
    const exact = "x".repeat(32_767);
    const tooLong = "y".repeat(32_768);
    const rows = [[exact], [tooLong]];
    const fitted = fitTextToCells(rows);
    expect(fitted[0]).toBe(rows[0]);
    expect(fitted[1]).toEqual([`${"y".repeat(32_766)}…`]);
    expect(rows[1][0]).toBe(tooLong);
    const short = [["Champions", 12]];
    expect(fitTextToCells(short)).toBe(short);
  });

  test("does not end on half of a character outside the BMP", () => {
    // "😀" is two UTF-16 code units; the 32,766th unit is the first half of one.
    const text = `${"a".repeat(32_765)}😀${"b".repeat(10)}`;
    const [[cut]] = fitTextToCells([[text]]);
    expect(cut).toBe(`${"a".repeat(32_765)}…`);
  });
});
