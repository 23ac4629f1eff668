import {
  bgnbdConditionalExpectedPurchases,
  bgnbdExpectedPurchases,
  bgnbdExpectedPurchasesIfAlive,
  bgnbdLikelihood,
  bgnbdProbabilityAlive,
  bgnbdProbabilityOfPurchases,
  fitBgnbd,
  type BgnbdParameters,
} from "./bgnbd";
import {
  fitMbgnbd,
  mbgnbdConditionalExpectedPurchases,
  mbgnbdExpectedPurchases,
  mbgnbdProbabilityAlive,
  type MbgnbdParameters,
} from "./mbgnbd";
import type { LikelihoodProblem, ModelFit } from "./modelFit";
import {
  fitNbd,
  nbdConditionalExpectedPurchases,
  nbdExpectedPurchases,
  nbdLikelihood,
  nbdProbabilityAlive,
  nbdProbabilityOfPurchases,
  type NbdParameters,
} from "./nbd";
import {
  fitParetoNbd,
  paretoNbdConditionalExpectedPurchases,
  paretoNbdExpectedPurchases,
  paretoNbdExpectedPurchasesIfAlive,
  paretoNbdLikelihood,
  paretoNbdProbabilityAlive,
  paretoNbdProbabilityOfPurchases,
  type ParetoNbdParameters,
} from "./paretoNbd";
import type { PurchaseHistories } from "./purchaseHistories";

/**
 * The verbs every buy-till-you-die purchase model implements, on its paper's parameters and
 * (x, t_x, T) in one time unit: what the custom functions, the pane's analysis and its reports
 * ask of a model without asking which it is.
 */
export interface PurchaseModel<P> {
  /** The parameters in the paper's order and symbols. */
  readonly symbols: readonly (keyof P & string)[];
  fit(histories: PurchaseHistories): ModelFit<P>;
  /** The likelihood the fit maximises, on which the parameters' uncertainty is measured. */
  likelihood(histories: PurchaseHistories): LikelihoodProblem<keyof P & string>;
  /** P(alive at T) after x repeat purchases, the last at t_x. */
  probabilityAlive(params: P, x: number, tx: number, T: number): number;
  /** Expected purchases in (T, T + t] of a customer with history (x, t_x, T). */
  conditionalExpectedPurchases(params: P, t: number, x: number, tx: number, T: number): number;
  /**
   * Expected purchases in (T, T + t] of a customer alive at T after x purchases in (0, T]: the
   * conditional expectation is P(alive) times this, in every model here.
   */
  expectedPurchasesIfAlive(params: P, t: number, x: number, T: number): number;
  /** Expected repeat purchases in (0, t] of a customer just acquired. */
  expectedPurchases(params: P, t: number): number;
  /** P(X(t) = n): exactly n repeat purchases in (0, t] for a customer just acquired. */
  probabilityOfPurchases(params: P, t: number, n: number): number;
}

const BGNBD: PurchaseModel<BgnbdParameters> = {
  symbols: ["r", "alpha", "a", "b"],
  fit: (histories) => fitBgnbd(histories),
  likelihood: (histories) => bgnbdLikelihood(histories),
  probabilityAlive: (params, x, tx, T) => bgnbdProbabilityAlive(params, x, tx, T),
  conditionalExpectedPurchases: (params, t, x, tx, T) =>
    bgnbdConditionalExpectedPurchases(params, t, x, tx, T),
  expectedPurchasesIfAlive: (params, t, x, T) => bgnbdExpectedPurchasesIfAlive(params, t, x, T),
  expectedPurchases: (params, t) => bgnbdExpectedPurchases(params, t),
  probabilityOfPurchases: (params, t, n) => bgnbdProbabilityOfPurchases(params, t, n),
};

const MBGNBD: PurchaseModel<MbgnbdParameters> = {
  symbols: BGNBD.symbols,
  fit: fitMbgnbd,
  likelihood: (histories) => bgnbdLikelihood(histories, "mbgnbd"),
  probabilityAlive: mbgnbdProbabilityAlive,
  conditionalExpectedPurchases: mbgnbdConditionalExpectedPurchases,
  expectedPurchasesIfAlive: (params, t, x, T) =>
    bgnbdExpectedPurchasesIfAlive(params, t, x, T, "mbgnbd"),
  expectedPurchases: mbgnbdExpectedPurchases,
  probabilityOfPurchases: (params, t, n) => bgnbdProbabilityOfPurchases(params, t, n, "mbgnbd"),
};

const PNBD: PurchaseModel<ParetoNbdParameters> = {
  symbols: ["r", "alpha", "s", "beta"],
  fit: fitParetoNbd,
  likelihood: paretoNbdLikelihood,
  probabilityAlive: paretoNbdProbabilityAlive,
  conditionalExpectedPurchases: paretoNbdConditionalExpectedPurchases,
  expectedPurchasesIfAlive: paretoNbdExpectedPurchasesIfAlive,
  expectedPurchases: paretoNbdExpectedPurchases,
  probabilityOfPurchases: paretoNbdProbabilityOfPurchases,
};

const NBD: PurchaseModel<NbdParameters> = {
  symbols: ["r", "alpha"],
  fit: fitNbd,
  likelihood: nbdLikelihood,
  probabilityAlive: nbdProbabilityAlive,
  conditionalExpectedPurchases: nbdConditionalExpectedPurchases,
  expectedPurchasesIfAlive: (params, t, x, T) =>
    nbdConditionalExpectedPurchases(params, t, x, 0, T),
  expectedPurchases: nbdExpectedPurchases,
  probabilityOfPurchases: nbdProbabilityOfPurchases,
};

/** Each model's parameters, by the model's name. */
export interface PurchaseModelParameters {
  bgnbd: BgnbdParameters;
  mbgnbd: MbgnbdParameters;
  pnbd: ParetoNbdParameters;
  nbd: NbdParameters;
}

export type PurchaseModelName = keyof PurchaseModelParameters;

/**
 * The purchase models by name: BG/NBD (Fader, Hardie & Lee 2005), MBG/NBD (Batislam et al.
 * 2007), Pareto/NBD (Schmittlein et al. 1987) and the NBD without dropout (Ehrenberg 1959).
 *
 * @example
 * const model = PURCHASE_MODELS.bgnbd;
 * model.conditionalExpectedPurchases({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, 39, 2, 30.43, 38.86); // ≈ 1.226
 */
export const PURCHASE_MODELS: {
  [Name in PurchaseModelName]: PurchaseModel<PurchaseModelParameters[Name]>;
} = { bgnbd: BGNBD, mbgnbd: MBGNBD, pnbd: PNBD, nbd: NBD };

/** A fitted purchase model: which one, and its fit. */
export type PurchaseModelFit = {
  [Name in PurchaseModelName]: { model: Name; fit: ModelFit<PurchaseModelParameters[Name]> };
}[PurchaseModelName];

/** A fitted model's verbs on its own parameters. */
export interface FittedPurchaseModel {
  probabilityAlive(x: number, tx: number, T: number): number;
  conditionalExpectedPurchases(t: number, x: number, tx: number, T: number): number;
  expectedPurchases(t: number): number;
  probabilityOfPurchases(t: number, n: number): number;
}

/**
 * The verbs of a fitted model bound to its parameters, so a report need not ask which model it has.
 *
 * @example
 * const model = fittedPurchaseModel({ model: "bgnbd", fit: fitBgnbd(histories) });
 * model.probabilityAlive(2, 30.43, 38.86); // ≈ 0.7266 with the CDNOW parameters
 */
export function fittedPurchaseModel(fitted: PurchaseModelFit): FittedPurchaseModel {
  const model = PURCHASE_MODELS[fitted.model] as PurchaseModel<typeof fitted.fit.params>;
  const params = fitted.fit.params;
  return {
    probabilityAlive: (x, tx, T) => model.probabilityAlive(params, x, tx, T),
    conditionalExpectedPurchases: (t, x, tx, T) =>
      model.conditionalExpectedPurchases(params, t, x, tx, T),
    expectedPurchases: (t) => model.expectedPurchases(params, t),
    probabilityOfPurchases: (t, n) => model.probabilityOfPurchases(params, t, n),
  };
}
