import { exponential } from "../../../src/engine/numerics/exponential";
import { standardNormals } from "../../../src/engine/numerics/standardNormals";

describe("exponential", () => {
  it("is Math.exp to 2 ulp from e^-708 to e^709", () => {
    const points = standardNormals(20000, 5).map((z) => Math.max(-708, Math.min(709, z * 250)));
    for (const x of [...points, 0, 1, -1, 0.5 * Math.LN2, 700.5, -700.5]) {
      expect(Math.abs(exponential(x) / Math.exp(x) - 1)).toBeLessThanOrEqual(2 * Number.EPSILON);
    }
    expect(exponential(0)).toBe(1);
    expect(exponential(1)).toBe(Math.E);
  });

  it("stays finite just below the largest double and gives 0, Infinity and NaN at the ends", () => {
    expect(exponential(709.78) / Math.exp(709.78)).toBeCloseTo(1, 14);
    expect(exponential(710)).toBe(Infinity);
    expect(exponential(Infinity)).toBe(Infinity);
    expect(exponential(-746)).toBe(0);
    expect(exponential(-Infinity)).toBe(0);
    expect(exponential(NaN)).toBeNaN();
  });
});
