import {
  bgnbdConditionalExpectedPurchases,
  bgnbdProbabilityAlive,
  bgnbdProbabilityOfPurchases,
  type BgnbdParameters,
} from "./bgnbd";
import type { ModelFit } from "./modelFit";
import {
  paretoNbdConditionalExpectedPurchases,
  paretoNbdProbabilityAlive,
  type ParetoNbdParameters,
} from "./paretoNbd";
import { paretoNbdProbabilityOfPurchases } from "./paretoNbdProbabilityOfPurchases";

/** A fitted transaction model of the analysis: BG/NBD or Pareto/NBD, in weeks. */
export type TransactionModelFit =
  | { model: "bgnbd"; fit: ModelFit<BgnbdParameters> }
  | { model: "pnbd"; fit: ModelFit<ParetoNbdParameters> };

/** The verbs the analysis asks of a fitted transaction model, whichever it is. */
export interface TransactionModel {
  /** P(alive at T) after x repeat purchases, the last at t_x. */
  probabilityAlive(x: number, tx: number, T: number): number;
  /** Expected purchases in (T, T + t]. */
  expectedPurchases(t: number, x: number, tx: number, T: number): number;
  /** P(X(t) = n) for a customer just acquired. */
  probabilityOfPurchases(t: number, n: number): number;
}

/**
 * The shared verbs of a fitted BG/NBD or Pareto/NBD model, so the analysis and its reports
 * need not ask which model it has.
 *
 * @example
 * const model = transactionModel({ model: "bgnbd", fit: fitBgnbd(histories) });
 * model.probabilityAlive(2, 30.43, 38.86); // ≈ 0.7266 with the CDNOW parameters
 */
export function transactionModel(fitted: TransactionModelFit): TransactionModel {
  if (fitted.model === "bgnbd") {
    const params = fitted.fit.params;
    return {
      probabilityAlive: (x, tx, T) => bgnbdProbabilityAlive(params, x, tx, T),
      expectedPurchases: (t, x, tx, T) => bgnbdConditionalExpectedPurchases(params, t, x, tx, T),
      probabilityOfPurchases: (t, n) => bgnbdProbabilityOfPurchases(params, t, n),
    };
  }
  const params = fitted.fit.params;
  return {
    probabilityAlive: (x, tx, T) => paretoNbdProbabilityAlive(params, x, tx, T),
    expectedPurchases: (t, x, tx, T) => paretoNbdConditionalExpectedPurchases(params, t, x, tx, T),
    probabilityOfPurchases: (t, n) => paretoNbdProbabilityOfPurchases(params, t, n),
  };
}
