import { InputError } from "../../src/engine/inputError";
import { readCustomerColumns } from "../../src/functions/customerColumns";

const NAMES = ["frequency", "recency"];

describe("readCustomerColumns", () => {
  it("reads columns as numbers, skipping blank rows and the blank rows at the bottom", () => {
    const columns = readCustomerColumns(
      [
        [[2], [null], ["1"], [null], [""]],
        [[30.43], [" "], ["1,71"], [null], [null]],
      ],
      NAMES
    );
    expect(columns).toEqual([Float64Array.of(2, 1), Float64Array.of(30.43, 1.71)]);
  });

  it("reads a single row as a column", () => {
    expect(readCustomerColumns([[[1000, 631, 468]]], ["survivors"], "refuse")).toEqual([
      Float64Array.of(1000, 631, 468),
    ]);
  });

  it("names the argument and sheet row of a bad cell, counting skipped rows", () => {
    const read = () =>
      readCustomerColumns(
        [
          [[2], [null], [1]],
          [[30], [null], [null]],
        ],
        NAMES
      );
    expect(read).toThrow(
      new InputError("recency", "row 3: the cell is blank; a number is required", "value")
    );
    const check = () =>
      readCustomerColumns(
        [
          [[1], [2], [-3]],
          [[1], [1], [1]],
        ],
        NAMES,
        "skip",
        ([x]) => {
          if (x < 0) throw new InputError("frequency", "must be >= 0", "num");
        }
      );
    expect(check).toThrow("frequency: row 3: must be >= 0");
  });

  it("refuses ranges of two columns or of different heights, and a blank row among periods", () => {
    expect(() =>
      readCustomerColumns(
        [
          [
            [1, 2],
            [3, 4],
          ],
          [[1], [2]],
        ],
        NAMES
      )
    ).toThrow("frequency: must be a single column (or a single row)");
    expect(() =>
      readCustomerColumns(
        [
          [[1], [2], [3]],
          [[1], [2]],
        ],
        NAMES
      )
    ).toThrow("recency: has 2 rows but frequency has 3; give ranges of equal height");
    expect(() => readCustomerColumns([[[1000], [null], [500]]], ["survivors"], "refuse")).toThrow(
      "survivors: row 2: the cell is blank; a number is required"
    );
  });
});
