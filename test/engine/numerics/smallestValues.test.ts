import { smallestValues } from "../../../src/engine/numerics/smallestValues";
import { standardNormals } from "../../../src/engine/numerics/standardNormals";

describe("smallestValues", () => {
  it("gives the smallest, or the largest, in order", () => {
    const values = Float64Array.of(9, 1, 8, 2, 7, 3);
    expect(Array.from(smallestValues(values, 2, new Float64Array(2)))).toEqual([1, 2]);
    expect(Array.from(smallestValues(values, 3, new Float64Array(3), -1))).toEqual([9, 8, 7]);
    expect(Array.from(values)).toEqual([9, 1, 8, 2, 7, 3]);
  });

  it("equals a full sort's tails on 1 000 draws, ties included", () => {
    const values = standardNormals(1000, 3).map((value) => Math.round(value * 20) / 20);
    const sorted = Float64Array.from(values).sort();
    expect(Array.from(smallestValues(values, 52, new Float64Array(52)))).toEqual(
      Array.from(sorted.subarray(0, 52))
    );
    expect(Array.from(smallestValues(values, 52, new Float64Array(52), -1))).toEqual(
      Array.from(sorted.subarray(948)).reverse()
    );
  });
});
