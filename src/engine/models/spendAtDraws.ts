/** Gamma-Gamma's expected spend at every draw as fixed + slope · m x, per distinct x (see spendAtDraws). */
export interface SpendAtDraws {
  /** Draws. */
  count: number;
  /** Each triple's distinct x, an index into the draw rows of `fixed` and `slope`. */
  xOfTriple: Uint32Array;
  /** Per distinct x (ascending), one value a draw: γ p / (p x + q − 1) and p / (p x + q − 1). */
  fixed: Float64Array;
  slope: Float64Array;
}

/**
 * Gamma-Gamma's expected spend (γ + m x) p / (p x + q − 1) (Fader & Hardie note 025, eq. 5) at
 * every draw of ln (p, q, γ) (draw-major, three a draw), as fixed + slope · m x per distinct x of
 * the triples (ascending, as PurchasePatterns keeps them), draw-minor; where p x + q ≤ 1 the
 * spend has no mean: fixed Infinity, slope 0.
 *
 * @example
 * const spend = spendAtDraws(Float64Array.of(0, 0, 2), Float64Array.of(Math.log(6), Math.log(4), Math.log(15)));
 * spend.xOfTriple; // [0, 0, 1]
 * spend.fixed; // [15 · 6 / 3, 15 · 6 / 15] = [30, 6]; spend.slope: [2, 0.4]
 */
export function spendAtDraws(tripleX: Float64Array, logParams: Float64Array): SpendAtDraws {
  const count = logParams.length / 3;
  const xOfTriple = new Uint32Array(tripleX.length);
  const distinct: number[] = [];
  for (let triple = 0; triple < tripleX.length; triple++) {
    if (triple === 0 || tripleX[triple] !== tripleX[triple - 1]) distinct.push(tripleX[triple]);
    xOfTriple[triple] = distinct.length - 1;
  }
  const fixed = new Float64Array(distinct.length * count);
  const slope = new Float64Array(distinct.length * count);
  distinct.forEach((repeats, index) => {
    for (let draw = 0; draw < count; draw++) {
      const p = Math.exp(logParams[draw * 3]);
      const denominator = p * repeats + Math.exp(logParams[draw * 3 + 1]) - 1;
      const at = index * count + draw;
      fixed[at] =
        denominator > 0 ? (Math.exp(logParams[draw * 3 + 2]) * p) / denominator : Infinity;
      slope[at] = denominator > 0 ? p / denominator : 0;
    }
  });
  return { count, xOfTriple, fixed, slope };
}
