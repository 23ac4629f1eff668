import { isMissing } from "../isMissing";

/**
 * A copy of the values without NaN, in their original order.
 *
 * @example
 * numbersOnly(Float64Array.of(3, NaN, 1, 2)); // [3, 1, 2]
 */
export function numbersOnly(values: Float64Array): Float64Array {
  const numberCount = countNumbers(values);
  const numbers = new Float64Array(numberCount);
  let next = 0;
  for (let index = 0; index < values.length; index++) {
    const value = values[index];
    if (!isMissing(value)) numbers[next++] = value;
  }
  return numbers;
}

/**
 * The values without NaN: the array itself when it has none (to be read, not written), else a
 * copy without them, so a column of a million numbers is not copied to be read.
 *
 * @example
 * withoutMissing(Float64Array.of(3, NaN, 1)); // [3, 1], a copy
 * const complete = Float64Array.of(3, 1);
 * withoutMissing(complete) === complete; // true
 */
export function withoutMissing(values: Float64Array): Float64Array {
  return countNumbers(values) === values.length ? values : numbersOnly(values);
}

function countNumbers(values: Float64Array): number {
  let numberCount = 0;
  for (let index = 0; index < values.length; index++) if (!isMissing(values[index])) numberCount++;
  return numberCount;
}

/**
 * An ascending sorted copy of the values without NaN (the native typed-array sort).
 *
 * @example
 * sortedNumbers(Float64Array.of(3, NaN, 1, 2)); // [1, 2, 3]
 */
export function sortedNumbers(values: Float64Array): Float64Array {
  return numbersOnly(values).sort();
}
