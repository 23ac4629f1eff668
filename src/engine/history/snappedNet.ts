/**
 * How far below the gross of the amounts (the sum of their sizes) a net may stray and still be
 * taken for 0: summing doubles leaves an error of about 1e-16 of the gross a row, so a day of
 * 0.30, −0.10 and −0.20 sums to −2.8e-17 rather than 0, while a database summing DECIMAL amounts
 * gets 0 exactly.
 */
export const NET_TOLERANCE = 1e-9;

/**
 * A net of amounts (a day's, an order's), or exactly 0 when it is within NET_TOLERANCE of their
 * gross: so that amounts that cancel to the cent net to 0, and 0 or more is a purchase, as the
 * customer history defines one. NaN stays NaN.
 *
 * @example
 * snappedNet(0.3 - 0.1 - 0.2, 0.3 + 0.1 + 0.2); // 0, not −2.8e-17
 * snappedNet(-0.01, 20.01); // -0.01: a return of a cent is a return
 * snappedNet(NaN, 5); // NaN
 */
export function snappedNet(net: number, gross: number): number {
  return Math.abs(net) <= NET_TOLERANCE * gross ? 0 : net;
}
