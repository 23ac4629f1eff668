import { standardNormals } from "../../../src/engine/numerics/standardNormals";
import { tailQuantiles } from "../../../src/engine/numerics/tailQuantiles";
import { quantileSorted } from "../../../src/engine/numerics/quantile";

/** The type-7 quantiles of a + b t by a full sort, for comparison. */
function sortedQuantiles(a: Float64Array, b: Float64Array, t: number, low: number, high: number) {
  const sorted = a.map((intercept, draw) => intercept + b[draw] * t).sort();
  return [quantileSorted(sorted, low), quantileSorted(sorted, high)];
}

/** Means of a, b, a², a b and b², as tailQuantiles.lines takes them. */
function moments(a: Float64Array, b: Float64Array): Float64Array {
  const out = new Float64Array(5);
  a.forEach((intercept, draw) => {
    const slope = b[draw];
    out[0] += intercept / a.length;
    out[1] += slope / a.length;
    out[2] += (intercept * intercept) / a.length;
    out[3] += (intercept * slope) / a.length;
    out[4] += (slope * slope) / a.length;
  });
  return out;
}

describe("tailQuantiles", () => {
  it("equals a full sort's type-7 quantiles, sample after sample, normal or skewed, ties included", () => {
    const size = 1000;
    const tails = tailQuantiles(size, 0.05, 0.95);
    const z = standardNormals(4 * size * 20, 11);
    for (let sample = 0; sample < 20; sample++) {
      const offset = 4 * size * sample;
      // Lines from normals (every 4th sample rounded, so with ties) and, every other sample,
      // exponentials of them: skewed enough that the normal cut keeps too few in one tail.
      const a = Float64Array.from({ length: size }, (_, draw) => {
        const value = 10 + z[offset + draw];
        return sample % 2 ? Math.exp(2 * z[offset + draw]) : value;
      });
      const b = Float64Array.from(
        { length: size },
        (_, draw) => 0.5 + 0.1 * z[offset + size + draw]
      );
      if (sample % 4 === 0) a.forEach((value, draw) => (a[draw] = Math.round(value * 4) / 4));
      tails.lines(a, b, moments(a, b));
      for (const t of [0, 3, 3, 40]) {
        tails.at(t);
        const [low, high] = sortedQuantiles(a, b, t, 0.05, 0.95);
        expect(tails.low).toBe(low);
        expect(tails.high).toBe(high);
      }
    }
  });

  it("takes other sizes and levels: 10 draws at 25 % and 75 %, 101 at 2.5 % and 97.5 %", () => {
    for (const [size, low, high] of [
      [10, 0.25, 0.75],
      [101, 0.025, 0.975],
    ]) {
      const tails = tailQuantiles(size, low, high);
      const z = standardNormals(2 * size, size);
      const a = z.subarray(0, size);
      const b = z.subarray(size);
      tails.lines(a, b, moments(a, b));
      tails.at(2);
      const [expectedLow, expectedHigh] = sortedQuantiles(a, b, 2, low, high);
      expect(tails.low).toBe(expectedLow);
      expect(tails.high).toBe(expectedHigh);
    }
  });
});
