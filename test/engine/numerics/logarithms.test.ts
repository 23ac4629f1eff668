import { logarithms } from "../../../src/engine/numerics/logarithms";

describe("logarithms", () => {
  it("takes ln of each value, zero and what underflows as 1e-300", () => {
    const out = logarithms(Float64Array.of(Math.E, 1, 0, 1e-320));
    expect(out[0]).toBeCloseTo(1, 15);
    expect(out[1]).toBe(0);
    expect(out[2]).toBeCloseTo(-300 * Math.LN10, 10);
    expect(out[3]).toBe(out[2]);
  });
});
