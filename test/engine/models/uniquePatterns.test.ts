import { uniquePatterns } from "../../../src/engine/models/uniquePatterns";
import { splitmix64Unit } from "../../../src/engine/numerics/splitmix64";

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

  // Values a radix sort on the numbers' bits must order right: negatives, −0 beside 0, NaN,
  // ±Infinity, neighbours one unit in the last place apart, whole numbers and fractions.
  const awkward = [
    -Infinity,
    -1e300,
    -2.5,
    -1,
    -Number.MIN_VALUE,
    -0,
    0,
    Number.MIN_VALUE,
    1,
    1 + Number.EPSILON,
    2.5,
    1e300,
    Infinity,
    NaN,
  ];
  const pick = (seed: number, index: number) =>
    awkward[Math.floor(splitmix64Unit(seed, index) * awkward.length)];

  /** The patterns by a plain sort of the rows' values with a comparator (NaN last, −0 as 0). */
  function sortedReference(columns: Float64Array[]) {
    const compare = (left: number, right: number) => {
      if (Number.isNaN(left) || Number.isNaN(right)) {
        return Number(Number.isNaN(left)) - Number(Number.isNaN(right));
      }
      return left < right ? -1 : left > right ? 1 : 0;
    };
    const rows = Array.from(columns[0], (_, row) => Array.from(columns, (column) => column[row]));
    const order = rows.map((_, row) => row);
    order.sort((a, b) => {
      for (let column = 0; column < columns.length; column++) {
        const difference = compare(rows[a][column], rows[b][column]);
        if (difference !== 0) return difference;
      }
      return 0;
    });
    const patterns: number[][] = [];
    const weights: number[] = [];
    const patternOfRow: number[] = new Array(rows.length);
    order.forEach((row, index) => {
      if (
        index === 0 ||
        rows[row].some((value, c) => compare(value, rows[order[index - 1]][c]) !== 0)
      ) {
        patterns.push(rows[row]);
        weights.push(0);
      }
      weights[weights.length - 1]++;
      patternOfRow[row] = patterns.length - 1;
    });
    return { patterns, weights, patternOfRow };
  }

  it.each([
    ["a few hundred rows (8-bit digits)", 300],
    ["100,000 rows (16-bit digits)", 100_000],
  ])("agrees with a plain sort on %s of awkward values", (_, rows) => {
    const columns = [
      Float64Array.from({ length: rows }, (_, row) => pick(1, row)),
      Float64Array.from({ length: rows }, (_, row) => pick(2, row)),
      Float64Array.from({ length: rows }, (_, row) => Math.floor(splitmix64Unit(3, row) * 7)),
    ];
    const reference = sortedReference(columns);
    const result = uniquePatterns(columns);
    expect(result.weights.length).toBe(reference.weights.length);
    const patterns = Array.from(result.weights, (_, pattern) =>
      result.columns.map((column) => column[pattern])
    );
    // toEqual tells −0 from 0; the patterns are values, so compare them as numbers.
    expect(patterns.map((values) => values.map((value) => value + 0))).toEqual(
      reference.patterns.map((values) => values.map((value) => value + 0))
    );
    expect(Array.from(result.weights)).toEqual(reference.weights);
    expect(Array.from(result.patternOfRow)).toEqual(reference.patternOfRow);
  });

  it("orders many distinct amounts exactly, as a fit on a million customers has them", () => {
    const rows = 70_000;
    const amount = Float64Array.from(
      { length: rows },
      (_, row) => Math.round(1e6 * splitmix64Unit(4, row)) / 100 / (1 + (row % 13))
    );
    const count = Float64Array.from({ length: rows }, (_, row) => 1 + (row % 13));
    const result = uniquePatterns([count, amount]);
    const reference = sortedReference([count, amount]);
    expect(Array.from(result.columns[1])).toEqual(reference.patterns.map((values) => values[1]));
    expect(Array.from(result.weights)).toEqual(reference.weights);
  });
});
