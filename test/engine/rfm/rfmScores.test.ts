import fc from "fast-check";
import { InputError } from "../../../src/engine/inputError";
import type { RfmBinning } from "../../../src/engine/rfm/rfmBinning";
import { rfmScores } from "../../../src/engine/rfm/rfmScores";

const oneToTen = Float64Array.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);

/** [R, F, M] of a code 100·R + 10·F + M with scores 1..10 (a 10 carries into the next digit). */
function decode(code: number): [number, number, number] {
  const monetary = code % 10 === 0 ? 10 : code % 10;
  const rest = (code - monetary) / 10;
  const frequency = rest % 10 === 0 ? 10 : rest % 10;
  return [(rest - frequency) / 10, frequency, monetary];
}

describe("rfmScores", () => {
  it("combines 100·R + 10·F + M with recency reversed", () => {
    // 1..10 has quantiles 2.8, 4.6, 6.4, 8.2; whole numbers, so the R rfm breaks are those + 1
    // (3.8, 5.6, 7.4, 9.2) with [lower, upper): raw 1,1,1,2,2,3,3,4,4,5. Recency is reversed to
    // R = 5,5,5,4,4,3,3,2,2,1; monetary 10..1 scores 5,4,4,3,3,2,2,1,1,1.
    const codes = rfmScores(oneToTen, oneToTen, oneToTen.slice().reverse());
    expect(Array.from(codes)).toEqual([515, 514, 514, 423, 423, 332, 332, 241, 241, 151]);
  });

  it("leaves the columns it scores as they were, whole numbers and money alike", () => {
    const recency = Float64Array.of(30, 2, 400, 90);
    const frequency = Float64Array.of(6, 12, 1, 3);
    const monetary = Float64Array.of(400.5, 950.25, 15.75, 120.1);
    const given = [recency, frequency, monetary].map((column) => Array.from(column));
    for (const method of ["quantile", "ntile"] as const) {
      rfmScores(recency, frequency, monetary, { method, bins: 3 });
    }
    expect([recency, frequency, monetary].map((column) => Array.from(column))).toEqual(given);
  });

  it("gives the most recent, most frequent, highest spenders 555 and the opposite 111", () => {
    const recency = Float64Array.of(2, 400, 30, 90, 180);
    const frequency = Float64Array.of(12, 1, 6, 3, 2);
    const monetary = Float64Array.of(950, 15, 400, 120, 60);
    // Frequency quantiles 1.8, 2.6, 4.2, 7.2 + 1 = 2.8, 3.6, 5.2, 8.2: 3 scores 2 and 2 scores 1.
    expect(Array.from(rfmScores(recency, frequency, monetary))).toEqual([555, 111, 444, 323, 212]);
  });

  it("lets a score of 10 carry into the next digit with 10 bins, keeping codes unique", () => {
    const oneToTwenty = Float64Array.from({ length: 20 }, (_, index) => index + 1);
    const codes = rfmScores(oneToTwenty, oneToTwenty, oneToTwenty, 10);
    // The top break is 18.1 + 1, so 20 scores 10; R = 11 − raw recency, so row 1 is R 10, F 1,
    // M 1 and row 20 is R 1, F 10, M 10
    expect(codes[0]).toBe(1011);
    expect(codes[19]).toBe(210);
    expect(decode(codes[19])).toEqual([1, 10, 10]);
  });

  it("uses the requested number of bins", () => {
    expect(
      Array.from(
        rfmScores(
          Float64Array.of(1, 10, 100),
          Float64Array.of(9, 3, 1),
          Float64Array.of(500, 60, 20),
          3
        )
      )
    ).toEqual([333, 212, 111]); // frequency breaks 2.33 + 1 and 5 + 1: 3 scores 1
    // two bins split 1..10 at the median 5.5 + 1: 6 stays in the lower bin
    expect(Array.from(rfmScores(oneToTen, oneToTen, oneToTen, 2))).toEqual([
      211, 211, 211, 211, 211, 211, 122, 122, 122, 122,
    ]);
  });

  it("scores a row with NaN 0 and leaves it out of every column's breaks", () => {
    const recency = Float64Array.of(1, 2, 3, 4, NaN, 5, 6, 7, 8, 9, 10);
    const frequency = Float64Array.of(1, 2, 3, 4, 1000, 5, 6, 7, 8, 9, 10);
    const monetary = Float64Array.of(1, 2, 3, 4, 1000, 5, 6, 7, 8, 9, 10);
    expect(Array.from(rfmScores(recency, frequency, monetary))).toEqual([
      511, 511, 511, 422, 0, 422, 333, 333, 244, 244, 155,
    ]);
  });

  it("scores as R's rfm package when a quantile falls between whole numbers, recency reversed", () => {
    // By hand, 5 bins (type-7 positions 0.8, 1.6, 2.4, 3.2):
    // recency 100, 200, 505, 506, 1006: quantiles 180, 383, 505.4, 606; the package's breaks
    //   181, 384, 506.4, 607 with [lower, upper) give raw 1, 2, 3, 3, 5 (506 < 506.4), and
    //   recency is reversed, R = 6 − raw = 5, 4, 3, 3, 1 (the old rule had 506 at raw 4, R 2);
    // frequency 1, 2, 2, 3, 7: quantiles 1.8, 2, 2.4, 3.8, breaks 2.8, 3, 3.4, 4.8: F = 1, 1, 1,
    //   3, 5 (the tied 2s share 1; no one scores 2);
    // monetary 1.5, 2, 3, 4, 5 is fractional: quantiles 1.9, 2.6, 3.4, 4.2 unshifted, bins
    //   (q_{i−1}, q_i]: M = 1, 2, 3, 4, 5.
    const codes = rfmScores(
      Float64Array.of(100, 200, 505, 506, 1006),
      Float64Array.of(1, 2, 2, 3, 7),
      Float64Array.of(1.5, 2, 3, 4, 5)
    );
    expect(Array.from(codes)).toEqual([511, 412, 313, 334, 155]);
  });

  it("scores everything 0 when no row is complete", () => {
    expect(
      Array.from(rfmScores(Float64Array.of(NaN, 1), Float64Array.of(1, NaN), Float64Array.of(1, 1)))
    ).toEqual([0, 0]);
  });

  it("gives customers with equal values equal scores", () => {
    const codes = rfmScores(
      Float64Array.of(5, 5, 5, 1, 9),
      Float64Array.of(2, 2, 2, 8, 1),
      Float64Array.of(50, 50, 50, 70, 10)
    );
    expect(codes[0]).toBe(codes[1]);
    expect(codes[1]).toBe(codes[2]);
  });

  it.each([1, 11, 2.5, NaN])("rejects bins = %p on argument bins", (bins) => {
    expect(() => rfmScores(oneToTen, oneToTen, oneToTen, bins)).toThrow(
      expect.objectContaining({ argument: "bins" })
    );
  });

  it("rejects columns of unequal length, naming the shorter one", () => {
    expect(() => rfmScores(oneToTen, oneToTen.subarray(1), oneToTen)).toThrow(InputError);
    expect(() => rfmScores(oneToTen, oneToTen, oneToTen.subarray(1))).toThrow(
      expect.objectContaining({ argument: "monetary" })
    );
  });

  const column = (length: number) =>
    fc.array(
      fc.oneof(
        fc.integer({ min: -50, max: 500 }),
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.constant(NaN)
      ),
      { minLength: length, maxLength: length }
    );
  const rows = fc
    .integer({ min: 1, max: 60 })
    .chain((length) =>
      fc.tuple(column(length), column(length), column(length), fc.integer({ min: 2, max: 10 }))
    );

  it("keeps every score within 1..bins for complete rows and codes 0 for incomplete ones", () => {
    fc.assert(
      fc.property(rows, ([recency, frequency, monetary, bins]) => {
        const codes = rfmScores(
          Float64Array.from(recency),
          Float64Array.from(frequency),
          Float64Array.from(monetary),
          bins
        );
        return Array.from(codes).every((code, row) => {
          const complete =
            !Number.isNaN(recency[row]) &&
            !Number.isNaN(frequency[row]) &&
            !Number.isNaN(monetary[row]);
          return complete ? decode(code).every((score) => score >= 1 && score <= bins) : code === 0;
        });
      }),
      { numRuns: 500 }
    );
  });

  it("gives every row the same score whatever the row order", () => {
    fc.assert(
      fc.property(rows, ([recency, frequency, monetary, bins]) => {
        const forward = rfmScores(
          Float64Array.from(recency),
          Float64Array.from(frequency),
          Float64Array.from(monetary),
          bins
        );
        const backward = rfmScores(
          Float64Array.from(recency).reverse(),
          Float64Array.from(frequency).reverse(),
          Float64Array.from(monetary).reverse(),
          bins
        );
        expect(Array.from(backward).reverse()).toEqual(Array.from(forward));
      }),
      { numRuns: 500 }
    );
  });

  const fixedThresholds = (...rows: number[][]): RfmBinning => ({
    method: "fixed",
    thresholds: [0, 1, 2].map((dimension) => Float64Array.from(rows[dimension] ?? rows[0])) as [
      Float64Array,
      Float64Array,
      Float64Array,
    ],
  });

  it("scores by fixed thresholds: 1 + the thresholds below, recency reversed", () => {
    const binning = fixedThresholds([30, 90, 180, 365], [1, 2, 3, 5], [50, 100, 250, 500]);
    const codes = rfmScores(
      Float64Array.of(10, 400, 90, 91),
      Float64Array.of(6, 1, 2, 3),
      Float64Array.of(600, 20, 100, 100.01),
      binning
    );
    expect(Array.from(codes)).toEqual([555, 111, 422, 333]);
  });

  it("lets each dimension have its own number of fixed thresholds", () => {
    // recency: 3 scores, R = 4 − bin; frequency: 2 scores; monetary: 4 scores
    const codes = rfmScores(
      Float64Array.of(10, 60, 400),
      Float64Array.of(1, 2, 9),
      Float64Array.of(10, 60, 400),
      fixedThresholds([30, 90], [1], [50, 100, 200])
    );
    expect(Array.from(codes)).toEqual([311, 222, 124]);
  });

  it("splits ties into equal-count bins in row order with method ntile", () => {
    const tied = Float64Array.of(5, 5, 5, 5);
    expect(Array.from(rfmScores(tied, tied, tied, { method: "ntile", bins: 2 }))).toEqual([
      211, 211, 122, 122,
    ]);
    expect(Array.from(rfmScores(tied, tied, tied, { method: "quantile", bins: 2 }))).toEqual([
      211, 211, 211, 211,
    ]);
  });

  describe("against a population", () => {
    const population = {
      recencyDays: Float64Array.of(1, 10, 100),
      frequency: Float64Array.of(9, 3, 1),
      monetary: Float64Array.of(500, 60, 20),
    };

    it("scores a customer by the population's quantile breaks", () => {
      // Quantiles: recency 7 and 40, frequency 2.33 and 5, monetary 46.67 and 206.67; all three
      // columns are whole numbers, so the breaks are those + 1 with bins [lower, upper).
      const one = (r: number, f: number, m: number) =>
        rfmScores(Float64Array.of(r), Float64Array.of(f), Float64Array.of(m), 3, population)[0];
      expect(one(10, 3, 60)).toBe(212);
      expect(one(0, 100, 1e6)).toBe(333);
      expect(one(7, 3.33, 47.66)).toBe(311); // below every first break
      expect(one(8, 6, 47.67)).toBe(232); // on a break + 1 starts the next bin
    });

    it("ranks a customer among the population with ntile", () => {
      const codes = rfmScores(
        Float64Array.of(10, 1000),
        Float64Array.of(3, 0),
        Float64Array.of(60, 0),
        { method: "ntile", bins: 3 },
        population
      );
      // recency 10 has 1 of 3 below (rank 1): bin 2, R 2; 1000 has all below: bin 3, R 1
      expect(Array.from(codes)).toEqual([222, 111]);
    });

    it("leaves the population's incomplete rows out", () => {
      const withGaps = {
        recencyDays: Float64Array.of(1, NaN, 10, 100),
        frequency: Float64Array.of(9, 1000, 3, 1),
        monetary: Float64Array.of(500, 1e9, 60, NaN),
      };
      // complete rows: (1, 9, 500) and (10, 3, 60); 2 bins split at their midpoints + 1
      // (6.5, 7, 281), whole-number columns
      const codes = rfmScores(
        Float64Array.of(6.49, 6.5),
        Float64Array.of(6.99, 7),
        Float64Array.of(280.99, 281),
        2,
        withGaps
      );
      expect(Array.from(codes)).toEqual([211, 122]);
    });

    it("throws #N/A when the population has no complete row", () => {
      const empty = {
        recencyDays: Float64Array.of(NaN),
        frequency: Float64Array.of(1),
        monetary: Float64Array.of(1),
      };
      expect(() =>
        rfmScores(Float64Array.of(1), Float64Array.of(1), Float64Array.of(1), 5, empty)
      ).toThrow(expect.objectContaining({ argument: "population_recency", kind: "na" }));
    });

    it("rejects population columns of unequal length", () => {
      const uneven = { ...population, monetary: Float64Array.of(1) };
      expect(() =>
        rfmScores(Float64Array.of(1), Float64Array.of(1), Float64Array.of(1), 5, uneven)
      ).toThrow(expect.objectContaining({ argument: "population_monetary" }));
    });
  });

  /** Codes of the rows scored in their order or in reversed order, listed in their order. */
  const codesInRowOrder = (columns: number[][], binning: RfmBinning, reverse: boolean) => {
    const [recency, frequency, monetary] = columns.map((values) =>
      reverse ? Float64Array.from(values).reverse() : Float64Array.from(values)
    );
    const codes = Array.from(rfmScores(recency, frequency, monetary, binning));
    return reverse ? codes.reverse() : codes;
  };

  const binnings: fc.Arbitrary<RfmBinning> = fc.oneof(
    fc.record({
      method: fc.constantFrom("quantile" as const, "ntile" as const),
      bins: fc.integer({ min: 2, max: 10 }),
    }),
    fc
      .array(fc.uniqueArray(fc.integer({ min: -50, max: 500 }), { minLength: 1, maxLength: 9 }), {
        minLength: 3,
        maxLength: 3,
      })
      .map((rows) => fixedThresholds(...rows.map((row) => row.sort((a, b) => a - b))))
  );
  const scoresPerDimension = (binning: RfmBinning) =>
    binning.method === "fixed"
      ? binning.thresholds.map((row) => row.length + 1)
      : [binning.bins, binning.bins, binning.bins];

  it("keeps every score within 1..bins for every method", () => {
    fc.assert(
      fc.property(rows, binnings, ([recency, frequency, monetary], binning) => {
        const codes = rfmScores(
          Float64Array.from(recency),
          Float64Array.from(frequency),
          Float64Array.from(monetary),
          binning
        );
        const limits = scoresPerDimension(binning);
        return Array.from(codes).every((code, row) => {
          if ([recency, frequency, monetary].some((column) => Number.isNaN(column[row])))
            return code === 0;
          return decode(code).every((score, dimension) => score >= 1 && score <= limits[dimension]);
        });
      }),
      { numRuns: 1000 }
    );
  });

  it("gives every row the same score in reversed row order with quantile and fixed", () => {
    const orderFree = binnings.filter((binning) => binning.method !== "ntile");
    fc.assert(
      fc.property(rows, orderFree, ([recency, frequency, monetary], binning) => {
        const columns = [recency, frequency, monetary];
        expect(codesInRowOrder(columns, binning, true)).toEqual(
          codesInRowOrder(columns, binning, false)
        );
      }),
      { numRuns: 1000 }
    );
  });

  it("gives every row the same ntile score in reversed row order when values are distinct", () => {
    const distinctColumns = fc.integer({ min: 1, max: 60 }).chain((length) => {
      const distinct = fc.uniqueArray(fc.integer({ min: -1000, max: 1000 }), {
        minLength: length,
        maxLength: length,
      });
      return fc.tuple(distinct, distinct, distinct, fc.integer({ min: 2, max: 10 }));
    });
    fc.assert(
      fc.property(distinctColumns, ([recency, frequency, monetary, bins]) => {
        const columns = [recency, frequency, monetary];
        const binning: RfmBinning = { method: "ntile", bins };
        expect(codesInRowOrder(columns, binning, true)).toEqual(
          codesInRowOrder(columns, binning, false)
        );
      }),
      { numRuns: 1000 }
    );
  });

  it("scores each customer against a population of all customers as among themselves (quantile, fixed)", () => {
    const orderFree = binnings.filter((binning) => binning.method !== "ntile");
    fc.assert(
      fc.property(rows, orderFree, ([recency, frequency, monetary], binning) => {
        const columns = [recency, frequency, monetary].map((values) => Float64Array.from(values));
        const among = rfmScores(columns[0], columns[1], columns[2], binning);
        const hasComplete = among.some((code) => code > 0);
        const population = { recencyDays: columns[0], frequency: columns[1], monetary: columns[2] };
        if (!hasComplete && binning.method !== "fixed") return true;
        const against = rfmScores(columns[0], columns[1], columns[2], binning, population);
        expect(Array.from(against)).toEqual(Array.from(among));
      }),
      { numRuns: 500 }
    );
  });

  it("scores a million customers, each 111 to 555", () => {
    const count = 1_000_000;
    const recency = new Float64Array(count);
    const frequency = new Float64Array(count);
    const monetary = new Float64Array(count);
    let seed = 12345;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648; // LCG: repeatable
    for (let row = 0; row < count; row++) {
      recency[row] = Math.floor(random() * 730);
      frequency[row] = 1 + Math.floor(-Math.log(1 - random()) * 3);
      monetary[row] = Math.round(random() * 100000) / 100;
    }
    const codes = rfmScores(recency, frequency, monetary);
    expect(codes).toHaveLength(count);
    expect(codes.every((code) => code >= 111 && code <= 555)).toBe(true);
  });
});
