import { choleskyFactor } from "../numerics/cholesky";
import { standardNormals } from "../numerics/standardNormals";

/** Draws of a model's parameters from the normal approximation of their estimates, on the log scale. */
export interface ParameterDraws {
  /** Draws, and parameters per draw. */
  count: number;
  size: number;
  /** Cholesky factor L of the covariance (row-major): a draw is ln θ̂ + L z. */
  lower: Float64Array;
  /** The standard normal z of each draw, draw-major: z[draw · size + parameter]. */
  standard: Float64Array;
  /** ln θ of each draw, draw-major like `standard`. */
  logParams: Float64Array;
}

/**
 * Parametric draws of estimated parameters: ln θ ~ N(ln θ̂, C) with C the covariance of the
 * log-parameters (see logParameterCovariance), as ln θ̂ + L z with L L' = C and z from
 * standardNormals(count · size, seed), so the same seed gives the same draws on every run.
 *
 * @throws RangeError when the covariance is not positive definite.
 *
 * @example
 * const draws = parameterDraws([2], Float64Array.of(0.01), 1000, 7);
 * Math.exp(draws.logParams[0]); // 2 · e^(0.1 z_0): about 2 ± 0.2
 */
export function parameterDraws(
  params: ArrayLike<number>,
  covariance: Float64Array,
  count: number,
  seed: number
): ParameterDraws {
  const size = params.length;
  const rows = Array.from({ length: size }, (_, row) =>
    covariance.subarray(row * size, (row + 1) * size)
  );
  const lower = choleskyFactor(rows);
  if (!lower) throw new RangeError("the covariance is not positive definite");
  const standard = standardNormals(count * size, seed);
  return { count, size, lower, standard, logParams: logParamsAt(params, lower, standard, count) };
}

/**
 * ln θ̂ + L z at each of `count` points z (`standard`, point-major, as ParameterDraws keeps them),
 * L lower triangular: e.g. at the points of a design rather than at random draws.
 *
 * @example
 * logParamsAt([Math.E], Float64Array.of(0.1), Float64Array.of(-1, 2), 2); // [0.9, 1.2]
 */
export function logParamsAt(
  params: ArrayLike<number>,
  lower: Float64Array,
  standard: Float64Array,
  count: number
): Float64Array {
  const size = params.length;
  const logParams = new Float64Array(count * size);
  for (let draw = 0; draw < count; draw++) {
    for (let row = 0; row < size; row++) {
      let value = Math.log(params[row]);
      for (let column = 0; column <= row; column++) {
        value += lower[row * size + column] * standard[draw * size + column];
      }
      logParams[draw * size + row] = value;
    }
  }
  return logParams;
}
