import { ModelFitError } from "../../../src/engine/models/modelFitError";

/**
 * The ModelFitError a fit throws, so a test can look at its fields; fails the test when the fit
 * succeeds or throws anything else.
 *
 * @example
 * modelFitErrorOf(() => fitBgnbd(steadyCustomerHistories(2000))).failure; // "no-dropout"
 */
export function modelFitErrorOf(fit: () => unknown): ModelFitError {
  try {
    fit();
  } catch (error) {
    if (error instanceof ModelFitError) return error;
    throw error;
  }
  throw new Error("expected the fit to throw a ModelFitError");
}
