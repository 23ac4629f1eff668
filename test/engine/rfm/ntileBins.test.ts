import fc from "fast-check";
import { ntileBins } from "../../../src/engine/rfm/ntileBins";

const scores = (values: number[], bins: number, population?: number[]) =>
  Array.from(
    ntileBins(Float64Array.from(values), bins, population && Float64Array.from(population))
  );

describe("ntileBins", () => {
  it("cuts ranks as pandas' qcut(rank(method='first'), 5) does", () => {
    // 7 ranks: qcut edges 1, 2.2, 3.4, 4.6, 5.8, 7 on ranks 1..7
    expect(scores([1, 2, 3, 4, 5, 6, 7], 5)).toEqual([1, 1, 2, 3, 4, 5, 5]);
    // 11 ranks: edges fall on ranks 3, 5, 7, 9 exactly, which stay in the lower bin
    expect(scores([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 5)).toEqual([
      1, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5,
    ]);
    expect(scores([10, 9, 8, 7, 6, 5, 4, 3, 2, 1], 5)).toEqual([5, 5, 4, 4, 3, 3, 2, 2, 1, 1]);
  });

  it("breaks ties by row order, so equal values fill the bins evenly", () => {
    expect(scores([7, 7, 7, 7], 2)).toEqual([1, 1, 2, 2]);
    expect(scores([3, 1, 3, 1, 3, 1], 3)).toEqual([2, 1, 3, 1, 3, 2]);
  });

  it("scores NaN 0 and leaves it out of the ranks", () => {
    expect(scores([NaN, 1, 2], 2)).toEqual([0, 1, 2]);
  });

  it("ranks values against a population, a tie as the first of its equals", () => {
    expect(scores([0, 4, 99], 5, [1, 2, 3, 4, 5, 6, 7])).toEqual([1, 3, 5]);
    expect(scores([7], 2, [7, 7, 7, 7])).toEqual([1]);
    expect(scores([1, 2], 4, [1])).toEqual([1, 4]);
  });

  it("keeps scores within 1..bins and bin sizes within one of each other", () => {
    const values = fc.array(fc.integer({ min: -20, max: 20 }), { minLength: 1, maxLength: 80 });
    fc.assert(
      fc.property(values, fc.integer({ min: 2, max: 10 }), (drawn, bins) => {
        const result = scores(drawn, bins);
        const counts = new Array(bins + 1).fill(0);
        for (const score of result) counts[score]++;
        const used = counts.slice(1).filter((count) => count > 0);
        return (
          result.every((score) => score >= 1 && score <= bins) &&
          Math.max(...used) - Math.min(...used) <= 1
        );
      }),
      { numRuns: 1000 }
    );
  });

  it("gives distinct values the same scores in reversed row order", () => {
    const distinct = fc.uniqueArray(fc.double({ noNaN: true, noDefaultInfinity: true }), {
      minLength: 1,
      maxLength: 60,
      comparator: (a, b) => a === b, // -0 and 0 count as equal values
    });
    fc.assert(
      fc.property(distinct, fc.integer({ min: 2, max: 10 }), (values, bins) => {
        const backward = scores(values.slice().reverse(), bins).reverse();
        expect(backward).toEqual(scores(values, bins));
      }),
      { numRuns: 1000 }
    );
  });

  it("fills 5 bins of a million tied values equally", () => {
    const count = 1_000_000;
    const values = new Float64Array(count);
    let seed = 7;
    for (let index = 0; index < count; index++) {
      seed = (seed * 1103515245 + 12345) % 2147483648; // LCG: repeatable
      values[index] = seed % 1000; // many ties
    }
    const result = ntileBins(values, 5);
    const perBin = [0, 0, 0, 0, 0, 0];
    for (const score of result) perBin[score]++;
    expect(perBin).toEqual([0, 200_000, 200_000, 200_000, 200_000, 200_000]);
  });
});
