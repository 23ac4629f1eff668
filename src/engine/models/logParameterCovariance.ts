import { covarianceFromHessian, hessianFromGradient } from "../numerics/hessian";
import { logParameterObjective, type LikelihoodProblem } from "./modelFit";
import { ModelFitError } from "./modelFitError";

/**
 * Covariance of the log-parameters ln θ at θ: the inverse of the Hessian of −ln L in ln θ (the
 * observed information, by central differences of the analytic gradient), row-major. At the
 * maximum-likelihood θ of the same data it is the estimates' asymptotic covariance; its diagonal's
 * square roots are the standard errors of the logs (so se(θ_i) = θ_i · √C_ii, as a fit reports).
 *
 * @throws ModelFitError (failure "no-maximum") naming `problem.argument` when the Hessian is not
 * positive definite: θ is not at a maximum of these data's likelihood, so the data do not
 * measure how sure the parameters are there (e.g. too few customers, or the NBD's Poisson limit).
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
  if (!covariance || !covariance.every(Number.isFinite)) {
    throw new ModelFitError(
      problem.argument,
      "no-maximum",
      "the parameters are not at a best fit to these customers' data, so their uncertainty is unknown; give the parameters fitted to these customers"
    );
  }
  return covariance;
}
