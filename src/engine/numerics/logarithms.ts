/** The smallest value taken before a logarithm, so a customer long gone stays finite on the log scale. */
const TINY = 1e-300;

/**
 * ln of each value, values below 1e-300 (zero included) taken as 1e-300: for quadratics fitted
 * on the log scale, where an expectation that underflows must stay finite.
 *
 * @example
 * logarithms(Float64Array.of(Math.E, 0)); // Float64Array [1, −690.78]
 */
export function logarithms(values: Float64Array): Float64Array {
  const out = new Float64Array(values.length);
  for (let index = 0; index < values.length; index++) {
    out[index] = Math.log(Math.max(values[index], TINY));
  }
  return out;
}
