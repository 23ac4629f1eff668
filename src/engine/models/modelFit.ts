import { InputError } from "../inputError";
import { hessianFromGradient, naturalStandardErrors, standardErrors } from "../numerics/hessian";
import { minimize, MinimizeOptions } from "../numerics/minimize";

export { uniquePatterns } from "./uniquePatterns";

/** A fitted model: the maximum-likelihood parameters and how the fit went. */
export interface ModelFit<P> {
  params: P;
  logLikelihood: number;
  /** Asymptotic standard errors of the parameters, from the observed information. */
  standardErrors: Record<keyof P, number>;
  converged: boolean;
  iterations: number;
  message: string;
}

/** What fitByMaximumLikelihood needs from a model. All parameters must be positive. */
export interface LikelihoodProblem<Name extends string> {
  /** The paper's symbols, in the order of the parameter vectors below. */
  parameterNames: readonly Name[];
  /** ln L at the natural parameters θ; writes ∂ ln L / ∂θ into `gradient`. */
  logLikelihood: (params: Float64Array, gradient: Float64Array) => number;
  /** Starting values of the natural parameters. */
  start: ArrayLike<number>;
  /** The Excel argument named in the error when the fit fails (e.g. "frequency"). */
  argument: string;
}

/**
 * Maximum-likelihood fit of a model with positive parameters: minimises −ln L over
 * u = ln θ with BFGS (the gradient by the chain rule, ∂/∂u = θ · ∂/∂θ), then takes standard
 * errors from the Hessian of −ln L in u (central differences of the analytic gradient) and the
 * delta method. Throws rather than return parameters from a failed fit.
 *
 * @throws InputError (kind "na") naming `problem.argument` when the optimiser does not converge
 *   or stops where the Hessian is not positive definite (no proper maximum).
 *
 * @example
 * // Exponential waiting times 1, 2, 3: ln L = 3 ln λ − 6 λ, so λ̂ = 0.5 and se = λ̂/√3.
 * const fit = fitByMaximumLikelihood({
 *   parameterNames: ["lambda"],
 *   logLikelihood: (params, gradient) => {
 *     gradient[0] = 3 / params[0] - 6;
 *     return 3 * Math.log(params[0]) - 6 * params[0];
 *   },
 *   start: [1],
 *   argument: "waiting_times",
 * });
 * fit.params.lambda; // 0.5
 * fit.standardErrors.lambda; // ≈ 0.288675
 */
export function fitByMaximumLikelihood<Name extends string>(
  problem: LikelihoodProblem<Name>,
  options?: MinimizeOptions
): ModelFit<Record<Name, number>> {
  const size = problem.parameterNames.length;
  const params = new Float64Array(size);
  const naturalGradient = new Float64Array(size);
  const negativeLogLikelihood = (logParams: Float64Array, gradient: Float64Array): number => {
    for (let index = 0; index < size; index++) params[index] = Math.exp(logParams[index]);
    const logLikelihood = problem.logLikelihood(params, naturalGradient);
    for (let index = 0; index < size; index++) {
      gradient[index] = -params[index] * naturalGradient[index];
    }
    return Number.isNaN(logLikelihood) ? Infinity : -logLikelihood;
  };

  const start = new Float64Array(size);
  for (let index = 0; index < size; index++) start[index] = Math.log(problem.start[index]);
  const result = minimize(negativeLogLikelihood, start, options);
  if (!result.converged) {
    throw new InputError(
      problem.argument,
      `the model fit did not converge (${result.message}); the data may not suit this model`,
      "na"
    );
  }
  const hessian = hessianFromGradient((logParams, gradient) => {
    negativeLogLikelihood(logParams, gradient);
  }, result.x);
  const logErrors = standardErrors(hessian);
  if (Number.isNaN(logErrors[0])) {
    // Not a proper maximum: the likelihood keeps rising as some parameter runs to 0 or infinity.
    throw new InputError(
      problem.argument,
      "the model has no best fit to these data (a parameter runs to 0 or infinity)",
      "na"
    );
  }
  const errors = naturalStandardErrors(result.x, logErrors);
  const fitted = {} as Record<Name, number>;
  const fittedErrors = {} as Record<Name, number>;
  problem.parameterNames.forEach((name, index) => {
    fitted[name] = Math.exp(result.x[index]);
    fittedErrors[name] = errors[index];
  });
  return {
    params: fitted,
    logLikelihood: -result.value,
    standardErrors: fittedErrors,
    converged: true,
    iterations: result.iterations,
    message: result.message,
  };
}
