import fc from "fast-check";
import {
  ascendingOrderStatistics,
  bucketedOrderStatistics,
  orderStatistics,
} from "../../../src/engine/rfm/orderStatistics";

describe("ascendingOrderStatistics", () => {
  test("finds the k-th smallest values in ascending k", () => {
    const kth = ascendingOrderStatistics(Float64Array.of(9, 1, 8, 2, 7, 3));
    expect([kth(0), kth(1), kth(1), kth(4), kth(5)]).toEqual([1, 2, 2, 8, 9]);
  });

  test("handles long runs of equal values, as in frequency columns", () => {
    const values = new Float64Array(10_000).fill(1);
    values.fill(2, 7_000);
    const kth = ascendingOrderStatistics(values);
    expect([kth(6_999), kth(7_000), kth(9_999)]).toEqual([1, 2, 2]);
  });

  test("refuses a rank below one already asked for", () => {
    const kth = ascendingOrderStatistics(Float64Array.of(3, 1, 2));
    kth(0);
    kth(2);
    expect(kth(0)).toBe(1);
    expect(() => kth(1)).toThrow(RangeError);
  });

  test("agrees with a full sort for any input and ascending ranks", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 1, maxLength: 200 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 8 }),
        (numbers, picks) => {
          const sorted = Float64Array.from(numbers).sort();
          const ranks = picks.map((pick) => pick % numbers.length).sort((a, b) => a - b);
          const kth = ascendingOrderStatistics(Float64Array.from(numbers));
          expect(ranks.map(kth)).toEqual(ranks.map((rank) => sorted[rank]));
        }
      )
    );
  });
});

describe("orderStatistics", () => {
  test("leaves its values in their order, whether it counts or selects", () => {
    for (const values of [Float64Array.of(3, 1, 2, 2), Float64Array.of(0.5, 3, -1, 2)]) {
      const given = Array.from(values);
      orderStatistics(values)(2);
      expect(Array.from(values)).toEqual(given);
    }
  });

  test("counts whole numbers: the k-th smallest of 3, 1, 2, 2", () => {
    const kth = orderStatistics(Float64Array.of(3, 1, 2, 2));
    expect([0, 1, 2, 3].map(kth)).toEqual([1, 2, 2, 3]);
  });

  test("ranks the numbers alone, NaN left out, whether it counts or selects", () => {
    const counted = orderStatistics(Float64Array.of(3, NaN, 1, 2, NaN, 2));
    expect([0, 1, 2, 3].map(counted)).toEqual([1, 2, 2, 3]);
    const selected = orderStatistics(Float64Array.of(0.5, NaN, 3, -1, 2));
    expect([0, 1, 2, 3].map(selected)).toEqual([-1, 0.5, 2, 3]);
  });

  test("agrees with a full sort for whole numbers, fractions and wide ranges", () => {
    const column = fc.oneof(
      fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 1, maxLength: 300 }),
      fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 300 }),
      fc.array(fc.integer({ min: -2e9, max: 2e9 }), { minLength: 1, maxLength: 50 })
    );
    fc.assert(
      fc.property(column, fc.array(fc.nat(), { minLength: 1, maxLength: 8 }), (numbers, picks) => {
        const sorted = Float64Array.from(numbers).sort();
        const ranks = picks.map((pick) => pick % numbers.length).sort((a, b) => a - b);
        const kth = orderStatistics(Float64Array.from(numbers));
        // As numbers: counting whole numbers gives −0 back as 0 (fast-check found [−0]).
        const asNumbers = (values: number[]) => values.map((value) => value + 0);
        expect(asNumbers(ranks.map(kth))).toEqual(asNumbers(ranks.map((rank) => sorted[rank])));
      })
    );
  });
});

describe("bucketedOrderStatistics", () => {
  test("finds the k-th smallest of negatives, fractions and large values", () => {
    const kth = bucketedOrderStatistics(Float64Array.of(2.5, -1, 1e6, 0.25, -1e-300, 2.5));
    expect([0, 1, 2, 3, 4, 4, 5].map(kth)).toEqual([-1, -1e-300, 0.25, 2.5, 2.5, 2.5, 1e6]);
  });

  test("agrees with a full sort for any doubles and ascending ranks", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ noNaN: true }), { minLength: 1, maxLength: 300 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 8 }),
        (numbers, picks) => {
          const sorted = Float64Array.from(numbers).sort();
          const ranks = picks.map((pick) => pick % numbers.length).sort((a, b) => a - b);
          const kth = bucketedOrderStatistics(Float64Array.from(numbers));
          // + 0 so that −0 and 0, which tie, are one value
          ranks.forEach((rank) => expect(kth(rank) + 0).toBe(sorted[rank] + 0));
        }
      )
    );
  });

  test("reads the values of a view in place", () => {
    const values = Float64Array.of(9, 3, 1, 2).subarray(1);
    expect([0, 1, 2].map(bucketedOrderStatistics(values))).toEqual([1, 2, 3]);
  });
});
