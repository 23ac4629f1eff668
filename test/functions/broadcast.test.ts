import { CustomFunctionsError } from "./customFunctionsStub";
import { broadcastCells, toMatrix } from "../../src/functions/broadcast";

const sum = (cells: readonly unknown[]) =>
  cells.reduce<number>((total, cell) => total + Number(cell), 0);

describe("toMatrix", () => {
  it("keeps ranges and wraps bare values, flat lists and omitted arguments", () => {
    expect(
      toMatrix([
        [1, 2],
        [3, 4],
      ])
    ).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect(toMatrix(7)).toEqual([[7]]);
    expect(toMatrix([1, 2])).toEqual([[1, 2]]);
    expect(toMatrix(null)).toEqual([[null]]);
    expect(toMatrix(undefined)).toEqual([[null]]);
  });
});

describe("broadcastCells", () => {
  it("repeats a 1×1 argument over every cell", () => {
    expect(broadcastCells([[[1], [2], [3]], [[10]]], ["a", "b"], sum)).toEqual([[11], [12], [13]]);
  });

  it("spreads a row down and a column across, as Excel's array arithmetic does", () => {
    expect(broadcastCells([[[1], [2]], [[10, 20, 30]]], ["a", "b"], sum)).toEqual([
      [11, 21, 31],
      [12, 22, 32],
    ]);
  });

  it("adds equal shapes cell by cell", () => {
    expect(
      broadcastCells(
        [
          [
            [1, 2],
            [3, 4],
          ],
          [
            [10, 20],
            [30, 40],
          ],
        ],
        ["a", "b"],
        sum
      )
    ).toEqual([
      [11, 22],
      [33, 44],
    ]);
  });

  it("gives #N/A where an argument has no cell, naming it", () => {
    const result = broadcastCells(
      [
        [[1], [2], [3]],
        [[10], [20]],
      ],
      ["a", "b"],
      sum
    );
    expect(result[0]).toEqual([11]);
    expect(result[1]).toEqual([22]);
    expect(result[2][0]).toEqual(
      new CustomFunctionsError(
        "#N/A",
        "b: has no cell for row 3, column 1; the ranges differ in size"
      )
    );
  });

  it("treats ragged rows as missing cells", () => {
    const result = broadcastCells(
      [
        [[1, 2], [3]],
        [
          [10, 10],
          [10, 10],
        ],
      ],
      ["a", "b"],
      sum
    );
    expect(result[0]).toEqual([11, 12]);
    expect(result[1][0]).toBe(13);
    expect(result[1][1]).toMatchObject({ code: "#N/A" });
  });

  it("turns a failing cell into its own error and computes the rest", () => {
    const result = broadcastCells([[[1], [-1], [2]]], ["a"], ([cell]) => {
      if (Number(cell) < 0) throw new Error("boom");
      return cell;
    });
    expect(result).toEqual([
      [1],
      [new CustomFunctionsError("#VALUE!", "Unexpected error; please check the inputs.")],
      [2],
    ]);
  });

  it("refuses an empty argument with #N/A", () => {
    expect(() => broadcastCells([[[1]], []], ["a", "b"], sum)).toThrow(
      expect.objectContaining({ argument: "b", kind: "na" })
    );
    expect(() => broadcastCells([[[1]], [[]]], ["a", "b"], sum)).toThrow(
      expect.objectContaining({ argument: "b", kind: "na" })
    );
  });
});
