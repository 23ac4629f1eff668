import fc from "fast-check";
import { InputError } from "../../../src/engine/inputError";
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
    // recency 1..10 days scores raw 1,1,2,2,...,5,5, reversed to R = 5,5,4,4,...,1,1
    const codes = rfmScores(oneToTen, oneToTen, oneToTen.slice().reverse());
    expect(Array.from(codes)).toEqual([515, 515, 424, 424, 333, 333, 242, 242, 151, 151]);
  });

  it("gives the most recent, most frequent, highest spenders 555 and the opposite 111", () => {
    const recency = Float64Array.of(2, 400, 30, 90, 180);
    const frequency = Float64Array.of(12, 1, 6, 3, 2);
    const monetary = Float64Array.of(950, 15, 400, 120, 60);
    expect(Array.from(rfmScores(recency, frequency, monetary))).toEqual([555, 111, 444, 333, 222]);
  });

  it("lets a score of 10 carry into the next digit with 10 bins, keeping codes unique", () => {
    const codes = rfmScores(oneToTen, oneToTen, oneToTen, 10);
    // R = 11 − raw recency, so row 1 is R 10, F 1, M 1 and row 10 is R 1, F 10, M 10
    expect(codes[0]).toBe(1011);
    expect(codes[9]).toBe(210);
    expect(decode(codes[9])).toEqual([1, 10, 10]);
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
    ).toEqual([333, 222, 111]);
    // two bins split 1..10 at the median 5.5
    expect(Array.from(rfmScores(oneToTen, oneToTen, oneToTen, 2))).toEqual([
      211, 211, 211, 211, 211, 122, 122, 122, 122, 122,
    ]);
  });

  it("scores a row with NaN 0 and leaves it out of every column's breaks", () => {
    const recency = Float64Array.of(1, 2, 3, 4, NaN, 5, 6, 7, 8, 9, 10);
    const frequency = Float64Array.of(1, 2, 3, 4, 1000, 5, 6, 7, 8, 9, 10);
    const monetary = Float64Array.of(1, 2, 3, 4, 1000, 5, 6, 7, 8, 9, 10);
    expect(Array.from(rfmScores(recency, frequency, monetary))).toEqual([
      511, 511, 422, 422, 0, 333, 333, 244, 244, 155, 155,
    ]);
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

  it("scores a million customers well under a second", () => {
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
    const started = performance.now();
    const codes = rfmScores(recency, frequency, monetary);
    const elapsed = performance.now() - started;
    expect(codes).toHaveLength(count);
    expect(codes.every((code) => code >= 111 && code <= 555)).toBe(true);
    expect(elapsed).toBeLessThan(1000);
  });
});
