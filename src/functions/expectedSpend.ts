import { requireNonNegative } from "../engine/argumentChecks";
import { InputError } from "../engine/inputError";
import {
  gammaGammaConditionalExpectedSpend,
  type GammaGammaParameters,
} from "../engine/models/gammaGamma";

/**
 * A customer's expected spend per purchase under the Gamma-Gamma model, from their repeat
 * purchases and the mean value of those (Fader & Hardie 2013, eq. 5), checked for Excel: the
 * population mean for a customer without repeat purchases.
 *
 * @throws InputError "frequency" or "monetary" for a value that is not a number >= 0;
 *   "params" (#N/A) where p·frequency + q ≤ 1, for which the expectation does not exist.
 *
 * @example
 * expectedSpend({ p: 6.25, q: 3.74, gamma: 15.44 }, 2, 22.35); // ≈ 24.66
 * expectedSpend({ p: 6.25, q: 3.74, gamma: 15.44 }, 0, 0); // ≈ 35.22, the population mean
 */
export function expectedSpend(
  params: GammaGammaParameters,
  frequency: number,
  monetary: number
): number {
  requireNonNegative(frequency, "frequency");
  requireNonNegative(monetary, "monetary");
  if (!(params.p * frequency + params.q > 1)) {
    throw new InputError(
      "params",
      "p × frequency + q must be above 1 for the expected spend to exist",
      "na"
    );
  }
  return gammaGammaConditionalExpectedSpend(params, frequency, monetary);
}
