import { splitmix64Unit } from "./splitmix64";

/**
 * `count` independent standard normal draws, the same on every run for a seed: Box–Muller on
 * the uniforms splitmix64Unit(seed, 1), (seed, 2), …, each pair giving two normals.
 *
 * @example
 * const z = standardNormals(2, 20240601);
 * // z[0] = √(−2 ln(1 − u1)) cos(2π u2), z[1] = √(−2 ln(1 − u1)) sin(2π u2), u_k = splitmix64Unit(20240601, k)
 */
export function standardNormals(count: number, seed: number): Float64Array {
  const draws = new Float64Array(count);
  for (let index = 0; index < count; index += 2) {
    const radius = Math.sqrt(-2 * Math.log(1 - splitmix64Unit(seed, index + 1)));
    const angle = 2 * Math.PI * splitmix64Unit(seed, index + 2);
    draws[index] = radius * Math.cos(angle);
    if (index + 1 < count) draws[index + 1] = radius * Math.sin(angle);
  }
  return draws;
}
