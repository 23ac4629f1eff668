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
