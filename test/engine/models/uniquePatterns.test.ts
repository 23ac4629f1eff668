import { uniquePatterns } from "../../../src/engine/models/uniquePatterns";

describe("uniquePatterns", () => {
  it("collapses identical rows into sorted patterns with counts", () => {
    const { columns, weights } = uniquePatterns([
      Float64Array.of(2, 0, 2, 0, 1),
      Float64Array.of(30.43, 0, 30.43, 0, 5),
      Float64Array.of(38.86, 38.86, 38.86, 20, 38.86),
    ]);
    expect(columns.map((column) => Array.from(column))).toEqual([
      [0, 0, 1, 2],
      [0, 0, 5, 30.43],
      [20, 38.86, 38.86, 38.86],
    ]);
    expect(Array.from(weights)).toEqual([1, 1, 1, 2]);
  });

  it("adds up given row weights", () => {
    const { columns, weights } = uniquePatterns(
      [Float64Array.of(1, 0, 1), Float64Array.of(6, 6, 6)],
      Float64Array.of(10, 3, 0.5)
    );
    expect(Array.from(columns[0])).toEqual([0, 1]);
    expect(Array.from(weights)).toEqual([3, 10.5]);
  });

  it("keeps the total weight and handles no rows", () => {
    const x = Float64Array.from({ length: 1000 }, (_, row) => row % 7);
    const { weights } = uniquePatterns([x, Float64Array.from(x, (value) => value * 2)]);
    expect(weights.length).toBe(7);
    expect(weights.reduce((sum, weight) => sum + weight, 0)).toBe(1000);
    expect(uniquePatterns([new Float64Array(0)]).weights.length).toBe(0);
  });

  it("gives each row its pattern, counting NaN as one value above every number", () => {
    const { columns, weights, patternOfRow } = uniquePatterns([
      Float64Array.of(NaN, 3, -1, NaN, 3),
      Float64Array.of(1, 2, 2, 1, 2),
    ]);
    expect(Array.from(columns[0])).toEqual([-1, 3, NaN]);
    expect(Array.from(weights)).toEqual([1, 2, 2]);
    expect(Array.from(patternOfRow)).toEqual([2, 1, 0, 2, 1]);
  });

  it("takes its own output as it is, weights and all", () => {
    const first = uniquePatterns(
      [Float64Array.of(2, 0, 2, 1), Float64Array.of(5, 0, 5, 4)],
      Float64Array.of(1, 2, 3, 4)
    );
    const again = uniquePatterns(first.columns, first.weights);
    expect(again.columns.map((column) => Array.from(column))).toEqual([
      [0, 1, 2],
      [0, 4, 5],
    ]);
    expect(Array.from(again.weights)).toEqual([2, 4, 4]);
    expect(Array.from(again.patternOfRow)).toEqual([0, 1, 2]);
  });
});
