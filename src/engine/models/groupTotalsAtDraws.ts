import { logarithms } from "../numerics/logarithms";
import { paddedPoints, quadraticAtPoints } from "../numerics/quadratics";
import { quadraticsFromDesign } from "../numerics/quadraticDesign";
import type { SpendAtDraws } from "./spendAtDraws";

/**
 * Each slot's total CLV at every draw (slot-major, spend.count a slot; slotOfCustomer[i] in
 * 0..slots − 1), through quadratics of the totals rather than of each customer. Gamma-Gamma's
 * spend is fixed + slope · m x (spendAtDraws), so a slot's total is
 * Σ_x [A_x(z) · fixed_x + B_x(z) · slope_x] with A_x = Σ D_i and B_x = Σ m_i x_i D_i over the
 * slot's customers of x; ln A_x and ln B_x are quadratics in the whitened purchase draw z
 * through their exact values at the design (purchasesAtDesign, quadraticsFromDesign), the spend
 * exact at each draw: a draw costs two quadratics per slot and distinct x, not one per customer.
 *
 * @example
 * const slotDraws = groupTotalsAtDraws(atDesign, purchases.patterns.tripleOfCustomer, histories,
 *   slotOfCustomer, groupCount + 1, purchaseDraws.standard, spend);
 * slotDraws.subarray(0, 1000); // group 0's total at each draw
 */
export function groupTotalsAtDraws(
  atDesign: readonly Float64Array[],
  tripleOfCustomer: Uint32Array,
  histories: { x: Float64Array; meanSpend: Float64Array },
  slotOfCustomer: Uint32Array,
  slots: number,
  purchaseStandard: Float64Array,
  spend: SpendAtDraws
): Float64Array {
  const count = spend.count;
  const { x, meanSpend } = histories;
  const customers = x.length;
  const distinctX = spend.fixed.length / count;
  // A key per (slot, distinct x) that has customers.
  const keyOfCode = new Map<number, number>();
  const keyOf = new Uint32Array(customers);
  const keyX: number[] = [];
  const keySlot: number[] = [];
  for (let customer = 0; customer < customers; customer++) {
    const xIndex = spend.xOfTriple[tripleOfCustomer[customer]];
    const code = slotOfCustomer[customer] * distinctX + xIndex;
    let key = keyOfCode.get(code);
    if (key === undefined) {
      key = keyX.length;
      keyOfCode.set(code, key);
      keyX.push(xIndex);
      keySlot.push(slotOfCustomer[customer]);
    }
    keyOf[customer] = key;
  }
  const keys = keyX.length;
  // A_x at [0, keys), B_x at [keys, 2 keys), at each design point.
  const sums = atDesign.map((values) => {
    const out = new Float64Array(2 * keys);
    for (let customer = 0; customer < customers; customer++) {
      const purchases = values[tripleOfCustomer[customer]];
      out[keyOf[customer]] += purchases;
      out[keys + keyOf[customer]] += meanSpend[customer] * x[customer] * purchases;
    }
    return out;
  });
  const size = purchaseStandard.length / count;
  const quadratics = quadraticsFromDesign(sums.map(logarithms), size);
  const padded = paddedPoints(purchaseStandard, count, size);
  const row = new Float64Array(count);
  const totals = new Float64Array(slots * count);
  for (let item = 0; item < 2 * keys; item++) {
    // B_x is 0 where no customer of the key has repeat value (x = 0).
    if (sums[0][item] === 0) continue;
    const key = item % keys;
    const spendPart = item < keys ? spend.fixed : spend.slope;
    const spendOffset = keyX[key] * count;
    const slotOffset = keySlot[key] * count;
    quadraticAtPoints(quadratics, item, padded, row);
    for (let draw = 0; draw < count; draw++) {
      totals[slotOffset + draw] += Math.exp(row[draw]) * spendPart[spendOffset + draw];
    }
  }
  return totals;
}
