/** 2^(j/64), j = 0..63: exp(x) = 2^m · 2^(j/64) · e^r with x = (64 m + j) ln 2 / 64 + r. */
const FRACTION_POWERS = Float64Array.from({ length: 64 }, (_, j) => 2 ** (j / 64));
/** 2^m for m = −1075..1023, at m + 1075. */
const WHOLE_POWERS = Float64Array.from({ length: 2099 }, (_, index) => 2 ** (index - 1075));
/** 64 / ln 2. */
const STEPS_PER_LN2 = 64 / Math.LN2;
/** ln 2 / 64 in two parts (fdlibm's ln2_hi, ln2_lo over 64): k · HIGH is exact for |k| < 2^20. */
const STEP_HIGH = 6.9314718036912381649e-1 / 64;
const STEP_LOW = 1.9082149292705877e-10 / 64;
/** Beyond these e^x is Infinity, or below half the smallest subnormal. */
const LARGEST = 709.782712893384;
const SMALLEST = -745.1332191019412;

/**
 * e^x to about 1e-15 relative (2^m · 2^(j/64) · a degree-5 Taylor polynomial of e^r,
 * |r| ≤ ln 2 / 128), for loops that take an exponential per parameter draw and pattern:
 * V8's Math.exp is a call out of the optimised loop, this stays inline and costs a third.
 *
 * @example
 * exponential(1); // 2.718281828459045
 * exponential(-800); // 0
 */
export function exponential(x: number): number {
  if (!(x <= LARGEST)) return x > LARGEST ? Infinity : NaN;
  if (x < SMALLEST) return 0;
  const steps = Math.round(x * STEPS_PER_LN2);
  const r = x - steps * STEP_HIGH - steps * STEP_LOW;
  const fraction = steps & 63;
  const whole = (steps - fraction) / 64;
  const polynomial = 1 + r * (1 + r * (1 / 2 + r * (1 / 6 + r * (1 / 24 + r * (1 / 120)))));
  const mantissa = FRACTION_POWERS[fraction] * polynomial;
  // Just below the largest double, 2^1024 · mantissa (< 1) is taken as 2^1023 · 2 mantissa.
  return whole < 1024
    ? WHOLE_POWERS[whole + 1075] * mantissa
    : WHOLE_POWERS[whole + 1074] * (2 * mantissa);
}
