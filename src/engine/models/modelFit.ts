import { hessianFromGradient, naturalStandardErrors, standardErrors } from "../numerics/hessian";
import { minimize, MinimizeOptions } from "../numerics/minimize";
import { ModelFitError } from "./modelFitError";

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
  /**
   * For a model in which customers drop out: how many dropouts the model expects over the
   * data's dropout opportunities at the natural parameters θ (an upper bound will do). Where it
   * nears 0 the model says no customer ever leaves, an edge of the parameter space with no
   * maximum on it; the fit stops there and says so. Leave it out when the data have no dropout
   * opportunities at all, as that is not the same as seeing no one leave.
   */
  expectedDropouts?: (params: Float64Array) => number;
  /**
   * Where a fitted parameter stops being an estimate: below edges[0], above edges[1], or with a
   * standard error of its logarithm above logStandardError (the data then pin it down to no
   * factor worth telling). On a flat likelihood the optimiser can stop there with a Hessian
   * that is still positive definite; the fit is then failure "no-maximum" too.
   */
  identified?: { edges: readonly [number, number]; logStandardError: number };
}

/**
 * The search stops once fewer dropouts than this are expected over the whole data: the
 * likelihood is then climbing to "no one ever leaves" (and a Pareto/NBD likelihood gets slow
 * to evaluate there), while a fit with real dropouts expects hundreds (CDNOW: about 600).
 */
const NO_DROPOUT_EDGE = 0.01;
/** A fit that fails expecting fewer than one dropout in the whole data is put down to that edge. */
const FEWER_THAN_ONE_DROPOUT = 1;

const NO_DROPOUT_REASON =
  "the data show almost no customers leaving: every customer looks alive, so the model cannot " +
  "estimate how likely customers are to drop out; a longer observation period, or data that " +
  "include customers who have stopped buying, may help";
const NO_MAXIMUM_REASON =
  "the model has no best fit to these data (a parameter runs to 0 or infinity)";

/**
 * Maximum-likelihood fit of a model with positive parameters: minimises −ln L over
 * u = ln θ with BFGS (the gradient by the chain rule, ∂/∂u = θ · ∂/∂θ), then takes standard
 * errors from the Hessian of −ln L in u (central differences of the analytic gradient) and the
 * delta method. Throws rather than return parameters from a failed fit.
 *
 * @throws ModelFitError naming `problem.argument`: failure "no-dropout" when the search runs to
 *   where the model expects (almost) no customer to leave (see `problem.expectedDropouts`),
 *   else "no-convergence" when the optimiser does not converge and "no-maximum" when it stops
 *   where the Hessian is not positive definite or outside `problem.identified`.
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
  const negativeLogLikelihood = logParameterObjective(problem);

  const expectedDropouts = problem.expectedDropouts;
  const dropoutsAt = (logParams: Float64Array): number => {
    if (!expectedDropouts) return Infinity;
    for (let index = 0; index < size; index++) params[index] = Math.exp(logParams[index]);
    return expectedDropouts(params);
  };
  // The failure to report at logParams: the no-dropout edge, if the model is near it, else `otherwise`.
  const failure = (logParams: Float64Array, otherwise: ModelFitError): ModelFitError =>
    dropoutsAt(logParams) < FEWER_THAN_ONE_DROPOUT
      ? new ModelFitError(problem.argument, "no-dropout", NO_DROPOUT_REASON)
      : otherwise;

  const start = new Float64Array(size);
  for (let index = 0; index < size; index++) start[index] = Math.log(problem.start[index]);
  const result = minimize(negativeLogLikelihood, start, {
    ...options,
    stopWhen: expectedDropouts && ((logParams) => dropoutsAt(logParams) < NO_DROPOUT_EDGE),
  });
  if (!result.converged) {
    throw failure(
      result.x,
      new ModelFitError(
        problem.argument,
        "no-convergence",
        `the model fit did not converge (${result.message}); the data may not suit this model`
      )
    );
  }
  const hessian = hessianFromGradient((logParams, gradient) => {
    negativeLogLikelihood(logParams, gradient);
  }, result.x);
  const logErrors = standardErrors(hessian);
  if (Number.isNaN(logErrors[0]) || !isIdentified(result.x, logErrors, problem.identified)) {
    // Not a proper maximum: the likelihood keeps rising as some parameter runs to 0 or infinity.
    throw failure(result.x, new ModelFitError(problem.argument, "no-maximum", NO_MAXIMUM_REASON));
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

/**
 * −ln L of a likelihood problem as a function of u = ln θ, with its gradient by the chain rule
 * (∂/∂u = θ · ∂/∂θ); NaN counts as +Infinity, so a minimiser steps back from it. The objective
 * the fit minimises and the Hessian of the parameters' uncertainty is taken of.
 *
 * @example
 * // Exponential waiting times 1, 2, 3 at λ = 0.5: −ln L = −3 ln 0.5 + 6 · 0.5
 * const objective = logParameterObjective({ parameterNames: ["lambda"], logLikelihood: (params, gradient) => {
 *   gradient[0] = 3 / params[0] - 6;
 *   return 3 * Math.log(params[0]) - 6 * params[0];
 * }, start: [1], argument: "waiting_times" });
 * objective(Float64Array.of(Math.log(0.5)), new Float64Array(1)); // ≈ 5.0794; gradient [0]
 */
export function logParameterObjective<Name extends string>(
  problem: LikelihoodProblem<Name>
): (logParams: Float64Array, gradient: Float64Array) => number {
  const size = problem.parameterNames.length;
  const params = new Float64Array(size);
  const naturalGradient = new Float64Array(size);
  return (logParams, gradient) => {
    for (let index = 0; index < size; index++) params[index] = Math.exp(logParams[index]);
    const logLikelihood = problem.logLikelihood(params, naturalGradient);
    for (let index = 0; index < size; index++) {
      gradient[index] = -params[index] * naturalGradient[index];
    }
    return Number.isNaN(logLikelihood) ? Infinity : -logLikelihood;
  };
}

/** Whether every fitted parameter is within the problem's `identified` bounds (always, without them). */
function isIdentified(
  logParams: Float64Array,
  logErrors: Float64Array,
  identified: LikelihoodProblem<string>["identified"]
): boolean {
  if (identified === undefined) return true;
  const [lowest, highest] = identified.edges;
  for (let index = 0; index < logParams.length; index++) {
    const value = Math.exp(logParams[index]);
    if (!(value >= lowest && value <= highest && logErrors[index] <= identified.logStandardError))
      return false;
  }
  return true;
}
