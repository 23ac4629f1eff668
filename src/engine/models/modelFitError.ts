import { InputError } from "../inputError";

/**
 * Why a maximum-likelihood fit failed: "no-dropout" when the likelihood keeps rising towards
 * "no customer ever leaves" (the dropout parameters run to 0), "no-convergence" when the
 * optimiser stopped short of a maximum, "no-maximum" when it stopped where the likelihood has no
 * proper maximum (the Hessian of −ln L is not positive definite).
 */
export type ModelFitFailure = "no-dropout" | "no-convergence" | "no-maximum";

/**
 * The InputError (kind "na") of a model that cannot be fitted to the data, as opposed to input
 * that is malformed. `failure` says which way the fit failed, so an adapter can add advice and
 * the task pane can say it in the user's language; `reason` says it in English.
 *
 * @example
 * const error = new ModelFitError("frequency", "no-maximum", "the model has no best fit to these data");
 * error instanceof InputError; // true
 * error.kind; // "na"
 * error.message; // "frequency: the model has no best fit to these data"
 */
export class ModelFitError extends InputError {
  readonly failure: ModelFitFailure;

  constructor(argument: string, failure: ModelFitFailure, reason: string) {
    super(argument, reason, "na");
    this.name = "ModelFitError";
    this.failure = failure;
  }
}
