import { filledCellCount, withoutBlankTail } from "../../src/functions/blankTail";

describe("withoutBlankTail", () => {
  it("cuts multi-row arguments to the last row with data in any of them", () => {
    const revenue = [[1], [2], [null], [""]];
    const orders = [[1], [2], [3], [null], [null]];
    expect(withoutBlankTail([revenue, orders, [[7]]], ["a", "b", "c"])).toEqual([
      [[1], [2], [null]],
      [[1], [2], [3]],
      [[7]],
    ]);
  });

  it("keeps blank rows inside the data and single-row arguments", () => {
    expect(withoutBlankTail([[[1], [null], [3]], [[null]]], ["a", "b"])).toEqual([
      [[1], [null], [3]],
      [[null]],
    ]);
  });

  it("counts a row with any non-blank cell as data", () => {
    expect(
      withoutBlankTail(
        [
          [
            [1, 2],
            [null, "x"],
            [null, " "],
          ],
        ],
        ["a"]
      )
    ).toEqual([
      [
        [1, 2],
        [null, "x"],
      ],
    ]);
  });

  it("throws #N/A on the first multi-row argument when all are blank", () => {
    expect(() => withoutBlankTail([[[5]], [[null], [""]]], ["a", "b"])).toThrow(
      "b: no data: the ranges are blank"
    );
  });
});

describe("filledCellCount", () => {
  it("counts a row's cells up to its last non-blank one, blanks inside included", () => {
    expect(filledCellCount([0.385, 12.072, null, "", " "])).toBe(2);
    expect(filledCellCount([1, null, 0])).toBe(3);
    expect(filledCellCount([null, ""])).toBe(0);
    expect(filledCellCount([])).toBe(0);
  });
});
