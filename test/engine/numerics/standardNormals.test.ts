import { splitmix64Unit } from "../../../src/engine/numerics/splitmix64";
import { standardNormals } from "../../../src/engine/numerics/standardNormals";

describe("standardNormals", () => {
  it("is Box–Muller on splitmix64's uniforms 1, 2, …", () => {
    const seed = 20240601;
    const [first, second, third] = standardNormals(3, seed);
    const radius = Math.sqrt(-2 * Math.log(1 - splitmix64Unit(seed, 1)));
    const angle = 2 * Math.PI * splitmix64Unit(seed, 2);
    expect(first).toBe(radius * Math.cos(angle));
    expect(second).toBe(radius * Math.sin(angle));
    expect(third).toBe(
      Math.sqrt(-2 * Math.log(1 - splitmix64Unit(seed, 3))) *
        Math.cos(2 * Math.PI * splitmix64Unit(seed, 4))
    );
  });

  it("has mean 0, variance 1 and 5 % beyond ±1.96 over 200 000 draws", () => {
    const draws = standardNormals(200000, 7);
    let sum = 0;
    let squares = 0;
    let beyond = 0;
    for (const draw of draws) {
      sum += draw;
      squares += draw * draw;
      if (Math.abs(draw) > 1.959964) beyond++;
    }
    // Standard errors: 1/√n ≈ 0.0022 for the mean, √(2/n) ≈ 0.0032 for the variance.
    expect(Math.abs(sum / draws.length)).toBeLessThan(0.01);
    expect(Math.abs(squares / draws.length - 1)).toBeLessThan(0.015);
    expect(beyond / draws.length).toBeGreaterThan(0.047);
    expect(beyond / draws.length).toBeLessThan(0.053);
  });
});
