import { splitmix64Unit } from "../../../src/engine/numerics/splitmix64";

/** Seeded draws for simulation tests: the same numbers on every run. */
export interface RandomDraws {
  /** Uniform on [0, 1). */
  uniform(): number;
  /** Standard normal (Box–Muller). */
  normal(): number;
  /** Gamma(shape, 1) (Marsaglia & Tsang 2000; shape < 1 by the boost u^(1/shape)). */
  gamma(shape: number): number;
  /** Poisson(mean) by counting exponential gaps. */
  poisson(mean: number): number;
}

/**
 * Draws from splitmix64 on one seed, for tests that simulate customers from known parameters.
 * @example
 * const draws = randomDraws(7);
 * const rate = draws.gamma(0.8) / 20; // a purchase rate from Gamma(r = 0.8, alpha = 20)
 * draws.poisson(rate * 52); // purchases in a year
 */
export function randomDraws(seed: number): RandomDraws {
  let counter = 0;
  const uniform = () => splitmix64Unit(seed, ++counter);
  const normal = () => Math.sqrt(-2 * Math.log(1 - uniform())) * Math.cos(2 * Math.PI * uniform());
  const gamma = (shape: number): number => {
    if (shape < 1) return gamma(shape + 1) * Math.pow(uniform(), 1 / shape);
    const d = shape - 1 / 3;
    const c = 1 / Math.sqrt(9 * d);
    for (;;) {
      const z = normal();
      const v = (1 + c * z) ** 3;
      if (v > 0 && Math.log(uniform()) < 0.5 * z * z + d - d * v + d * Math.log(v)) return d * v;
    }
  };
  const poisson = (mean: number): number => {
    let count = 0;
    for (let time = -Math.log(1 - uniform()); time < mean; time -= Math.log(1 - uniform())) count++;
    return count;
  };
  return { uniform, normal, gamma, poisson };
}
