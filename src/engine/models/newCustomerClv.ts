import { InputError } from "../inputError";
import { gammaGammaPopulationMeanSpend, type GammaGammaParameters } from "./gammaGamma";
import { predictedClv, type PredictedClvOptions } from "./predictedClv";

/**
 * What a customer just acquired is worth over a horizon, the acquisition order itself excluded:
 * the repeat purchases the model expects of a new customer in each month, each worth the
 * Gamma-Gamma population mean spend p·gamma/(q − 1), discounted to the month's end,
 * Σ_{m=1..H} p·gamma/(q − 1) · [E(X(t_m)) − E(X(t_(m−1)))] / (1 + d)^m with t_m = m months in
 * the model's time unit (predictedClv's sum). Repeat purchases only, because E[X(t)] counts
 * those (FHL 2005, eq. 7) and the Gamma-Gamma model is fitted on their values; the first
 * order's margin is known at acquisition and is added to this before comparing with its cost.
 *
 * @param expectedPurchases The model's expected repeat purchases of a new customer in (0, t],
 * e.g. `(t) => bgnbdExpectedPurchases(params, t)`; 0 at t = 0.
 * @param spendParams The Gamma-Gamma fit whose population mean values each purchase.
 * @throws InputError "spend_params" (kind "na") when q ≤ 1, for which the mean spend does not
 * exist; otherwise as predictedClv.
 *
 * @example
 * // 0.05 repeat purchases a week, 1 month undiscounted, t in weeks:
 * newCustomerClv((t) => 0.05 * t, { p: 6.25, q: 3.74, gamma: 15.44 }, { horizonMonths: 1, timeUnit: "W" });
 * // 35.219 · 0.05 · 30.4375/7 ≈ 7.657
 */
export function newCustomerClv(
  expectedPurchases: (t: number) => number,
  spendParams: GammaGammaParameters,
  options: PredictedClvOptions
): number {
  if (!(spendParams.q > 1)) {
    throw new InputError(
      "spend_params",
      "q must be above 1 for the mean spend p·gamma/(q − 1) to exist",
      "na"
    );
  }
  return predictedClv(expectedPurchases, gammaGammaPopulationMeanSpend(spendParams), options);
}
