import type { CountFormat } from "./counted";

/**
 * The engine's reasons the pane says in the user's language (engineReasonText recognises them
 * in the engine's English), in one language: a part of PaneStrings (`strings.reasons`), one
 * block in each language's file. A run-stopping reason is a sentence; the others are the part
 * after a frame's colon ("The model could not be fitted: …"), so they start in lower case, but
 * in German, where a sentence after a colon starts with a capital.
 */
export interface ReasonStrings {
  /** The run stops: no customer has a day that nets to 0 or more up to the observation end. */
  noPurchaseUpToEnd: string;
  /** The run stops: the observation end given is before the first purchase, on `date` (ISO). */
  beforeFirstPurchase: (date: string) => string;
  /** A fit whose best parameters run to 0 or infinity. */
  noBestFit: string;
  /** A fit the optimiser could not finish. */
  noConvergence: string;
  /** A fit on data where almost no customer seems to leave. */
  noDropout: string;
  /** Gamma-Gamma without a customer with a repeat purchase (and a positive spend). */
  spendNeedsRepeaters: string;
  /** The NBD without a customer with a repeat purchase. */
  noRepeatPurchase: string;
  /** A holdout as long as the data or longer; `weeks` whole, `span` with one decimal. */
  holdoutTooLong: (weeks: number, span: number, format: CountFormat) => string;
  /** The best model was asked for without the holdout check. */
  bestNeedsHoldout: string;
  /** The holdout check fitted no model on the calibration period. */
  noModelOnCalibration: string;
  /** The intervals' parameters are not at a maximum of the likelihood. */
  notAtBestFit: string;
  /** A subscription group observed for `periods` periods, where an sBG fit needs `needed`. */
  sbgFewPeriods: (periods: number, needed: number, format: CountFormat) => string;
  /** A subscription group of `subscribers`, where an sBG fit needs `needed`. */
  sbgFewSubscribers: (subscribers: number, needed: number, format: CountFormat) => string;
  /** A subscription group where nobody has ended a subscription. */
  sbgNoneEnded: string;
  /** An sBG fit whose best parameters run to 0 or infinity. */
  sbgNoBestFit: string;
}
