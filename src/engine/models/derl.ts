import { requireNonNegative } from "../argumentChecks";
import { InputError } from "../inputError";
import { hypergeometric2F1 } from "../numerics/hypergeometric2F1";
import type { SbgParameters } from "./sbg";

/**
 * Discounted expected residual lifetime of a customer under the sBG model: the expected
 * number of future renewals of a customer who has made `renewals` = n − 1 renewals so far, the
 * coming one undiscounted and each later one discounted by 1/(1 + d) per period,
 * Σ_{t ≥ n} S(t)/S(n − 1) / (1 + d)^(t − n) (Fader & Hardie 2010, eq. 6):
 * DERL(d | α, β, n) = (β + n − 1)/(α + β + n − 1) · 2F1(1, β + n; α + β + n; 1/(1 + d)).
 * Multiplied by the margin per period it is the customer's residual value.
 *
 * @param params sBG parameters (e.g. from fitSbg).
 * @param discountRate Discount rate per period d > 0, e.g. 0.1 for 10 %.
 * @param renewals Renewals the customer has made so far, n − 1 (0 for a new customer).
 * @throws InputError "discount_rate" ("value") unless d > 0; "renewals" ("value") when negative.
 *
 * @example
 * // Fader & Hardie 2010, case 1 (α = 3.80, β = 15.20, d = 0.10): n = 1..5
 * derl({ alpha: 3.8, beta: 15.2 }, 0.1, 0); // ≈ 3.31
 * derl({ alpha: 3.8, beta: 15.2 }, 0.1, 4); // ≈ 3.84
 */
export function derl(params: SbgParameters, discountRate: number, renewals: number): number {
  if (requireNonNegative(discountRate, "discount_rate") === 0) {
    throw new InputError(
      "discount_rate",
      "must be above 0 for the discounted lifetime to be finite",
      "value"
    );
  }
  const n = requireNonNegative(renewals, "renewals") + 1;
  const { alpha, beta } = params;
  return (
    ((beta + n - 1) / (alpha + beta + n - 1)) *
    hypergeometric2F1(1, beta + n, alpha + beta + n, 1 / (1 + discountRate))
  );
}
