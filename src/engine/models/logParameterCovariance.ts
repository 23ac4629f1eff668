import { covarianceFromHessian, hessianFromGradient } from "../numerics/hessian";
import { logParameterObjective, type LikelihoodProblem } from "./modelFit";
import { ModelFitError } from "./modelFitError";

/** Rao's score statistic above which θ is taken to be no fit to the data: χ²(6)'s 99.9 % point is 22.5. */
const FAR_FROM_MAXIMUM = 25;

/**
 * Covariance of the log-parameters ln θ at θ: the inverse of the Hessian of −ln L in ln θ (the
 * observed information, by central differences of the analytic gradient), row-major. At the
 * maximum-likelihood θ of the same data it is the estimates' asymptotic covariance; its diagonal's
 * square roots are the standard errors of the logs (so se(θ_i) = θ_i · √C_ii, as a fit reports).
 *
 * @throws ModelFitError (failure "no-maximum") naming `problem.argument` when the Hessian is not
 * positive definite, or θ lies far from the maximum (Rao's score statistic gᵀ C g above 25, beyond
 * χ²'s 99.9 % point for up to 6 parameters): θ is then no fit to these data, which do not measure
 * how sure it is (e.g. other or too few customers, or the NBD's Poisson limit). Estimates
 * rounded to 4 digits pass.
 *
 * @example
 * // Exponential waiting times 1, 2, 3 at λ̂ = 0.5: −ln L = 6 e^u − 3u, whose second derivative is 3.
 * logParameterCovariance(exponentialProblem, [0.5]); // Float64Array [1/3]
 */
export function logParameterCovariance<Name extends string>(
  problem: LikelihoodProblem<Name>,
  params: ArrayLike<number>
): Float64Array {
  const objective = logParameterObjective(problem);
  const logParams = Float64Array.from(params, Math.log);
  const hessian = hessianFromGradient((at, gradient) => {
    objective(at, gradient);
  }, logParams);
  const covariance = covarianceFromHessian(hessian);
  const gradient = new Float64Array(logParams.length);
  objective(logParams, gradient);
  if (
    !covariance ||
    !covariance.every(Number.isFinite) ||
    scoreStatistic(gradient, covariance) > FAR_FROM_MAXIMUM
  ) {
    throw new ModelFitError(
      problem.argument,
      "no-maximum",
      "the parameters are not at a best fit to these customers' data, so their uncertainty is unknown; give the parameters fitted to these customers"
    );
  }
  return covariance;
}

/** gᵀ C g for the gradient g of −ln L and the covariance C = H⁻¹ (row-major). */
function scoreStatistic(gradient: Float64Array, covariance: Float64Array): number {
  const size = gradient.length;
  let statistic = 0;
  for (let row = 0; row < size; row++) {
    for (let column = 0; column < size; column++) {
      statistic += gradient[row] * covariance[row * size + column] * gradient[column];
    }
  }
  return statistic;
}
