import { splitmix64Unit } from "../../../src/engine/numerics/splitmix64";

/** splitmix64 with BigInt, slow but obviously right (Steele, Lea & Flood 2014). */
function splitmix64UnitBigInt(seed: number, counter: number): number {
  const mask = (1n << 64n) - 1n;
  let z = (BigInt(seed) + BigInt(counter) * 0x9e3779b97f4a7c15n) & mask;
  z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & mask;
  z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & mask;
  z = z ^ (z >> 31n);
  return Number(z >> 11n) / 2 ** 53;
}

describe("splitmix64Unit", () => {
  it("equals the BigInt computation for many seeds and counters", () => {
    for (const seed of [0, 1, 7, 20240601, 0xffffffff]) {
      for (const counter of [1, 2, 3, 1000, 123456789, 0xfffffffe]) {
        expect(splitmix64Unit(seed, counter)).toBe(splitmix64UnitBigInt(seed, counter));
      }
    }
  });
});
