/**
 * ln Σ exp(values), without overflow or underflow: the largest value is factored out.
 * −Infinity for no values or all −Infinity; +Infinity if any value is +Infinity.
 *
 * @example
 * logSumExp([Math.log(1), Math.log(2), Math.log(3)]); // ln 6 ≈ 1.791759469228055
 * logSumExp([-1000, -1000]); // −1000 + ln 2
 */
export function logSumExp(values: ArrayLike<number>): number {
  let largest = -Infinity;
  for (let index = 0; index < values.length; index++) {
    if (values[index] > largest || Number.isNaN(values[index])) largest = values[index];
  }
  if (largest === -Infinity || largest === Infinity || Number.isNaN(largest)) return largest;
  let sum = 0;
  for (let index = 0; index < values.length; index++) sum += Math.exp(values[index] - largest);
  return largest + Math.log(sum);
}

/**
 * ln(exp(a) + exp(b)), stable for large magnitudes and for −Infinity operands.
 *
 * @example
 * logAddExp(Math.log(2), Math.log(3)); // ln 5
 * logAddExp(-Infinity, 7); // 7
 */
export function logAddExp(a: number, b: number): number {
  if (Number.isNaN(a) || Number.isNaN(b)) return NaN;
  const larger = a > b ? a : b;
  if (larger === -Infinity || larger === Infinity) return larger;
  return larger + Math.log1p(Math.exp(-Math.abs(a - b)));
}
