/** splitmix64's golden-ratio increment and mix multipliers, as 32-bit halves. */
const GOLDEN_HIGH = 0x9e3779b9;
const GOLDEN_LOW = 0x7f4a7c15;
const MIX1_HIGH = 0xbf58476d;
const MIX1_LOW = 0x1ce4e5b9;
const MIX2_HIGH = 0x94d049bb;
const MIX2_LOW = 0x133111eb;
const TWO_POW_MINUS_53 = 1 / 9007199254740992;

/** Result of the last 64-bit operation, as unsigned 32-bit halves (no allocation per call). */
let high = 0;
let low = 0;

/** (aHigh:aLow) × (bHigh:bLow) mod 2^64 into high:low, exact, from 16-bit partial products. */
function multiply64(aHigh: number, aLow: number, bHigh: number, bLow: number): void {
  const a0 = aLow & 0xffff;
  const a1 = aLow >>> 16;
  const b0 = bLow & 0xffff;
  const b1 = bLow >>> 16;
  const p00 = a0 * b0;
  const p01 = a0 * b1;
  const p10 = a1 * b0;
  const middle = (p00 >>> 16) + (p01 & 0xffff) + (p10 & 0xffff);
  low = (((middle & 0xffff) << 16) | (p00 & 0xffff)) >>> 0;
  const carry = a1 * b1 + (p01 >>> 16) + (p10 >>> 16) + (middle >>> 16);
  high = (carry + Math.imul(aHigh, bLow) + Math.imul(aLow, bHigh)) >>> 0;
}

/** high:low ^= high:low >>> shift, for shifts 1..31. */
function xorShiftRight(shift: number): void {
  low = (low ^ ((low >>> shift) | (high << (32 - shift)))) >>> 0;
  high = (high ^ (high >>> shift)) >>> 0;
}

/**
 * Output number `counter` (1-based) of splitmix64 for `seed`, as a double in [0, 1) from its top
 * 53 bits: z = seed + counter · 0x9E3779B97F4A7C15 mod 2^64, then the standard mix; exactly
 * the benchmark's reference script's unit_float(splitmix64(seed, counter)), and the seeded
 * draws of the intervals. seed and counter must be below 2^32.
 *
 * @example
 * splitmix64Unit(20240601, 1); // the u0 of row 0 in rfm_reference.py
 */
export function splitmix64Unit(seed: number, counter: number): number {
  multiply64(0, counter, GOLDEN_HIGH, GOLDEN_LOW);
  const sumLow = low + seed;
  low = sumLow >>> 0;
  high = (high + (sumLow > 0xffffffff ? 1 : 0)) >>> 0;
  xorShiftRight(30);
  multiply64(high, low, MIX1_HIGH, MIX1_LOW);
  xorShiftRight(27);
  multiply64(high, low, MIX2_HIGH, MIX2_LOW);
  xorShiftRight(31);
  return (high * 2097152 + (low >>> 11)) * TWO_POW_MINUS_53;
}
