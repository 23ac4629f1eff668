import type { CountFormat } from "../i18n/counted";
import type { ReasonStrings } from "../i18n/reasonStrings";

/** One of the engine's English reasons and how to say it in the user's language. */
interface KnownReason {
  readonly english: RegExp;
  readonly say: (strings: ReasonStrings, parts: RegExpExecArray, format: CountFormat) => string;
}

/**
 * The engine's reasons that reach the pane: the run's own (no purchase, an end before the
 * first purchase), the model fits' and the holdout check's, the intervals', and the sBG fits' of
 * a subscription table. Tests make each of them with the engine itself, so a reason reworded
 * there fails here rather than showing in English.
 */
const KNOWN_REASONS: readonly KnownReason[] = [
  {
    english: /^no customer has a purchase up to the observation end$/,
    say: (strings) => strings.noPurchaseUpToEnd,
  },
  {
    english: /^is before the first purchase \((\d{4}-\d{2}-\d{2})\)$/,
    say: (strings, parts) => strings.beforeFirstPurchase(parts[1]),
  },
  {
    english: /^the model has no best fit to these data \(a parameter runs to 0 or infinity\)$/,
    say: (strings) => strings.noBestFit,
  },
  {
    english: /^the model fit did not converge \(.*\); the data may not suit this model$/,
    say: (strings) => strings.noConvergence,
  },
  {
    english: /^the data show almost no customers leaving: /,
    say: (strings) => strings.noDropout,
  },
  {
    english: /^needs customers with at least one repeat purchase$/,
    say: (strings) => strings.spendNeedsRepeaters,
  },
  {
    english: /^no customer made a repeat purchase to fit a rate to$/,
    say: (strings) => strings.noRepeatPurchase,
  },
  {
    english:
      /^a holdout of (\d+) weeks leaves no calibration period: the data span ([\d.]+) weeks$/,
    say: (strings, parts, format) =>
      strings.holdoutTooLong(Number(parts[1]), Number(parts[2]), format),
  },
  {
    english: /^the best model on the holdout needs the holdout check$/,
    say: (strings) => strings.bestNeedsHoldout,
  },
  {
    english: /^no model could be fitted on the calibration period, so none was picked$/,
    say: (strings) => strings.noModelOnCalibration,
  },
  {
    english: /^the parameters are not at a best fit to these customers' data/,
    say: (strings) => strings.notAtBestFit,
  },
  {
    english: /^observed for (\d+) periods? after the start; an sBG fit needs at least (\d+)$/,
    say: (strings, parts, format) =>
      strings.sbgFewPeriods(Number(parts[1]), Number(parts[2]), format),
  },
  {
    english: /^(\d+) subscribers?; an sBG fit needs at least (\d+)$/,
    say: (strings, parts, format) =>
      strings.sbgFewSubscribers(Number(parts[1]), Number(parts[2]), format),
  },
  {
    english: /^no subscriber has ended yet; an sBG fit needs some who leave$/,
    say: (strings) => strings.sbgNoneEnded,
  },
  {
    english: /^the sBG has no best fit to these survivors /,
    say: (strings) => strings.sbgNoBestFit,
  },
];

/**
 * An engine message or reason in the user's language: the engine says why in English (an
 * InputError's "argument: reason", or a fit's reason alone), and the pane shows it in the
 * user's. A message the pane does not know is shown as the engine wrote it.
 *
 * @param text The engine's message ("observation_end: is before …") or reason.
 * @param format How the pane writes numbers in the user's language (weeks, counts).
 * @example
 * engineReasonText("observation_end: is before the first purchase (2023-03-15)", da.reasons);
 * // "Observationsslut ligger før det første køb (2023-03-15)."
 * engineReasonText("a holdout of 52 weeks leaves no calibration period: the data span 2.9 weeks",
 *   de.reasons, (value) => value.toLocaleString("de-DE"));
 * // "Ein Testzeitraum von 52 Wochen lässt keinen Kalibrierungszeitraum übrig: Die Daten umfassen 2,9 Wochen"
 * engineReasonText("something new", da.reasons); // "something new"
 */
export function engineReasonText(
  text: string,
  strings: ReasonStrings,
  format: CountFormat = String
): string {
  const reason = text.replace(/^[a-z_]+: /, "");
  for (const known of KNOWN_REASONS) {
    const parts = known.english.exec(reason);
    if (parts) return known.say(strings, parts, format);
  }
  return text;
}
