import { requireSameLength } from "../argumentChecks";
import { normalQuantile } from "../numerics/normalQuantile";
import { tailQuantiles, type TailQuantiles } from "../numerics/tailQuantiles";
import { quantileSorted } from "../numerics/quantile";
import {
  discountedPurchases,
  exactPurchasesAtDraws,
  type DiscountedPurchases,
  type PurchasePatterns,
  type PurchasesAtDraws,
} from "./discountedPurchases";
import { customerClvQuantiles } from "./customerClvQuantiles";
import type { GammaGammaParameters } from "./gammaGamma";
import {
  fittedParameterDraws,
  type ClvIntervalHistories,
  type IntervalDrawOptions,
  type PurchaseModelEstimate,
} from "./fittedParameterDraws";
import { groupTotalsAtDraws } from "./groupTotalsAtDraws";
import type { ModelFit } from "./modelFit";
import type { PredictedClvOptions } from "./predictedClv";
import { purchasesAtDesign } from "./purchasesAtDesign";
import { spendAtDraws, type SpendAtDraws } from "./spendAtDraws";

export interface ClvIntervalOptions extends PredictedClvOptions, IntervalDrawOptions {
  /** A group per customer (0, 1, …; −1 for none), e.g. a segment: each group's total gets an interval. */
  groups?: Int32Array;
  /**
   * Up to this many customer-months × draws, the purchase model is evaluated at every draw;
   * beyond, at a design of parameter vectors only (see clvIntervals). Default 3 000 000 (about a second).
   */
  exactEvaluations?: number;
}

/** A low and high around an estimate. */
export interface Interval {
  low: number;
  estimate: number;
  high: number;
}

/** The uncertainty of the predicted CLV (see clvIntervals). */
export interface ClvIntervals {
  /** Each customer's predicted CLV at the estimates (CX.PCLV), and its interval. */
  estimate: Float64Array;
  low: Float64Array;
  high: Float64Array;
  /** The total over the customers, with its interval from the parameters' uncertainty. */
  total: Interval;
  /**
   * The total's spread from the customers' own randomness at the estimates (normal, ± z·sd),
   * apart from the parameters' uncertainty: a lower bound (see clvIntervals).
   */
  totalProcess: Interval & { standardDeviation: number };
  /** Per group (options.groups), as `total` and `totalProcess`; empty without groups. */
  groups: {
    estimate: Float64Array;
    low: Float64Array;
    high: Float64Array;
    processStandardDeviation: Float64Array;
  };
}

const DEFAULT_EXACT_EVALUATIONS = 3_000_000;

/**
 * How sure the predicted CLV is, for each customer, for the total and for groups of customers.
 *
 * The parameters' uncertainty: the covariance of the purchase model's and Gamma-Gamma's
 * log-parameters is the inverse Hessian of −ln L at the given estimates on these customers'
 * data (logParameterCovariance); `draws` parameter vectors are drawn from those normals
 * (independently, as the two models are fitted apart), with a fixed seed, so the same seed gives
 * the same numbers. The spend is exact at every draw (Fader & Hardie note 025, eq. 5, linear in
 * the customer's repeat value m x). Up to `exactEvaluations` customer-months × draws, the purchase
 * model is evaluated at every draw too (once per distinct (x, t_x, T), and (x, T) for the purchases
 * if alive), and low and high are the (1 ∓ level)/2 quantiles (type 7) over the draws of each
 * customer's CLV (tailQuantiles orders only the tails) and of each draw's total and group totals.
 *
 * Beyond, the model is evaluated only at the 1 + 2n + n(n − 1)/2 points of a design in the
 * whitened draw (purchasesAtDesign), so 1 000 draws of 100 000 customers take about a second:
 * - totals and group totals still come from the draws, through quadratics of the totals
 *   themselves: per group and distinct x, ln Σ D and ln Σ m x D fitted at the design, times the
 *   spend's two parts at each draw (groupTotalsAtDraws), a few operations per draw and group;
 * - each customer's low and high come without draws: ln CLV is a quadratic in the n + 3
 *   whitened parameters (ln D per distinct history and ln spend per customer, fitted at the
 *   designs), and its quantiles are Cornish-Fisher's from its mean, variance and skewness
 *   (customerClvQuantiles). On CDNOW with BG/NBD they are within a median 0.3 % (worst 6 %, a
 *   customer nearly certainly gone) of 1 000 draws evaluated exactly, which is the draws' own
 *   Monte Carlo error: on 600 CDNOW customers, against 4 000 exact draws, these are a median
 *   0.3 % (worst 2.3 %) off, and 1 000 exact draws 0.65 % (worst 4.2 %). With Pareto/NBD they
 *   are a median 0.7 % (worst 6.7 %) off on all of CDNOW, but 2.6 % (worst 14.7 %, a high end)
 *   on 600 customers, the quadratic's own error where a parameter is very uncertain. The tests
 *   check all of these.
 *
 * The customers' own randomness (how many purchases each actually makes, of what value) is
 * left out of those intervals; for totals it is given apart, as a normal with the variance
 * Σ_i [P_i s_i² (1 + 1/p) Σ_k w_k² ΔE'_ik + P_i (1 − P_i) (s_i Σ_k w_k ΔE'_ik)²] — purchases
 * Poisson around the expectation of a customer alive (E'), Gamma-Gamma values around the
 * customer's mean s_i, alive with probability P_i. It leaves out the spread of each customer's
 * rate and mean value around their expectations, so it is a lower bound of that randomness.
 *
 * @throws InputError for columns of different lengths, impossible histories, a level outside
 * (0, 1) or draws outside 10..100 000; ModelFitError ("no-maximum") when the estimates are not
 * at a maximum of these customers' likelihood (see logParameterCovariance).
 *
 * @example
 * const intervals = clvIntervals({ model: "bgnbd", fit: bgnbdFit }, gammaGammaFit, cdnow, {
 *   horizonMonths: 12, monthlyDiscountRate: 0.01, timeUnit: "W", level: 0.9,
 * });
 * intervals.estimate[0]; // 36.30, customer 1's CX.PCLV
 * intervals.total; // { low, estimate: the sum of the estimates, high }
 */
export function clvIntervals(
  purchase: PurchaseModelEstimate,
  spend: Pick<ModelFit<GammaGammaParameters>, "params">,
  histories: ClvIntervalHistories,
  options: ClvIntervalOptions
): ClvIntervals {
  const { x, tx, T, meanSpend } = histories;
  const customers = x.length;
  const { model, purchaseParams, level, count, purchaseDraws, spendDraws } = fittedParameterDraws(
    purchase,
    spend,
    histories,
    options
  );
  const purchaseHistories = { x, tx, T };
  const { p, q, gamma } = spend.params;

  const purchases = discountedPurchases(model, purchaseHistories, options);
  const expected = new Float64Array(customers);
  const ifAlive = new Float64Array(customers);
  purchases.at(purchaseParams, expected, ifAlive);
  const estimate = new Float64Array(customers);
  for (let customer = 0; customer < customers; customer++) {
    const repeats = x[customer];
    const repeatValue = meanSpend[customer] * repeats;
    estimate[customer] = expected[customer] * (((gamma + repeatValue) * p) / (p * repeats + q - 1));
  }

  const groups = options.groups;
  if (groups) requireSameLength(groups.length, customers, "groups", "frequency");
  let groupCount = 0;
  if (groups) for (const group of groups) groupCount = Math.max(groupCount, group + 1);
  // Slot groupCount holds the customers in no group, so the total is the sum of every slot.
  const slotOfCustomer = new Uint32Array(customers);
  for (let customer = 0; customer < customers; customer++) {
    slotOfCustomer[customer] = groups && groups[customer] >= 0 ? groups[customer] : groupCount;
  }
  const slotCount = groupCount + 1;
  const lowProbability = (1 - level) / 2;
  const highProbability = (1 + level) / 2;
  const spendAt = spendAtDraws(purchases.patterns.triples.x, spendDraws.logParams);
  const { tripleOfCustomer } = purchases.patterns;
  const exact =
    count * customers * options.horizonMonths <=
    (options.exactEvaluations ?? DEFAULT_EXACT_EVALUATIONS);
  let low: Float64Array;
  let high: Float64Array;
  let slots: Float64Array;
  if (exact) {
    ({ low, high, slots } = clvAtDraws(
      purchases.patterns,
      exactPurchasesAtDraws(purchases, purchaseDraws.logParams, count),
      spendAt,
      histories,
      slotOfCustomer,
      slotCount,
      tailQuantiles(count, lowProbability, highProbability)
    ));
  } else {
    const atDesign = purchasesAtDesign(purchases, purchaseParams, purchaseDraws.lower);
    ({ low, high } = customerClvQuantiles(
      atDesign,
      tripleOfCustomer,
      purchaseParams.length,
      { params: [p, q, gamma], lower: spendDraws.lower },
      histories,
      normalQuantile(lowProbability),
      normalQuantile(highProbability)
    ));
    slots = groupTotalsAtDraws(
      atDesign,
      tripleOfCustomer,
      histories,
      slotOfCustomer,
      slotCount,
      purchaseDraws.standard,
      spendAt
    );
  }

  const processVariance = customerProcessVariance(
    purchases,
    purchaseParams,
    expected,
    ifAlive,
    spend.params,
    histories
  );
  const spread = normalQuantile(highProbability);
  const groupEstimate = new Float64Array(groupCount);
  const groupProcess = new Float64Array(groupCount);
  let totalEstimate = 0;
  let totalVariance = 0;
  for (let customer = 0; customer < customers; customer++) {
    totalEstimate += estimate[customer];
    totalVariance += processVariance[customer];
    const group = groups ? groups[customer] : -1;
    if (group < 0) continue;
    groupEstimate[group] += estimate[customer];
    groupProcess[group] += processVariance[customer];
  }
  const drawInterval = (draws: Float64Array): [number, number] => {
    const sorted = Float64Array.from(draws).sort();
    return [quantileSorted(sorted, lowProbability), quantileSorted(sorted, highProbability)];
  };
  const totalDraws = new Float64Array(count);
  for (let slot = 0; slot < slotCount; slot++) {
    for (let draw = 0; draw < count; draw++) totalDraws[draw] += slots[slot * count + draw];
  }
  const [totalLow, totalHigh] = drawInterval(totalDraws);
  const groupLow = new Float64Array(groupCount);
  const groupHigh = new Float64Array(groupCount);
  for (let group = 0; group < groupCount; group++) {
    [groupLow[group], groupHigh[group]] = drawInterval(
      slots.subarray(group * count, (group + 1) * count)
    );
    groupProcess[group] = Math.sqrt(groupProcess[group]);
  }
  const totalSd = Math.sqrt(totalVariance);
  return {
    estimate,
    low,
    high,
    total: { low: totalLow, estimate: totalEstimate, high: totalHigh },
    totalProcess: {
      low: totalEstimate - spread * totalSd,
      estimate: totalEstimate,
      high: totalEstimate + spread * totalSd,
      standardDeviation: totalSd,
    },
    groups: {
      estimate: groupEstimate,
      low: groupLow,
      high: groupHigh,
      processStandardDeviation: groupProcess,
    },
  };
}

/**
 * Each customer's interval and each slot's total at every draw (slot-major), from D at every
 * draw: the exact path of clvIntervals.
 */
function clvAtDraws(
  patterns: PurchasePatterns,
  purchasesAt: PurchasesAtDraws,
  spend: SpendAtDraws,
  histories: ClvIntervalHistories,
  slotOfCustomer: Uint32Array,
  slotCount: number,
  tails: TailQuantiles
): { low: Float64Array; high: Float64Array; slots: Float64Array } {
  const { x, meanSpend } = histories;
  const customers = x.length;
  const count = spend.count;
  const slotOf = (customer: number) => slotOfCustomer[customer];
  const byGroup = countingOrder(identityOrder(customers), slotOfCustomer, slotCount);
  const { order, ends } = countingOrder(
    byGroup.order,
    patterns.tripleOfCustomer,
    patterns.triples.x.length
  );
  const slots = new Float64Array(slotCount * count);
  const purchasesRow = new Float64Array(count);
  // A customer's CLV at draw d is fixed_d + slope_d · m x (see spendAtDraws), m x their repeat value.
  const fixed = new Float64Array(count);
  const slope = new Float64Array(count);
  const moments = new Float64Array(5);
  const low = new Float64Array(customers);
  const high = new Float64Array(customers);
  const repeatValueOf = (customer: number) => meanSpend[customer] * x[customer];
  let position = 0;
  for (let triple = 0; triple < ends.length; triple++) {
    const end = ends[triple];
    purchasesAt(triple, purchasesRow);
    // The triple's customers of one slot add to it at once: Σ CLV = n · fixed + slope · Σ m x.
    let runEnd = position;
    let repeatValues = 0;
    const slot = slotOf(order[position]);
    for (; runEnd < end && slotOf(order[runEnd]) === slot; runEnd++) {
      repeatValues += repeatValueOf(order[runEnd]);
    }
    const line = { fixed, slope, moments, slots, slotOffset: slot * count };
    tripleLines(
      purchasesRow,
      spend,
      spend.xOfTriple[triple] * count,
      runEnd - position,
      repeatValues,
      line
    );
    tails.lines(fixed, slope, moments);
    for (let at = position; at < end; at++) {
      const customer = order[at];
      tails.at(repeatValueOf(customer));
      low[customer] = tails.low;
      high[customer] = tails.high;
    }
    // Customers of the triple in further slots.
    for (position = runEnd; position < end;) {
      const other = slotOf(order[position]);
      let members = 0;
      let values = 0;
      for (; position < end && slotOf(order[position]) === other; position++, members++) {
        values += repeatValueOf(order[position]);
      }
      const offset = other * count;
      for (let draw = 0; draw < count; draw++) {
        slots[offset + draw] += members * fixed[draw] + values * slope[draw];
      }
    }
  }
  return { low, high, slots };
}

/**
 * One triple's lines at every draw, fixed = D · spend's fixed part and slope = D · its slope
 * (spendAtDraws at `spendOffset`), their moments for tailQuantiles, and `members` customers of
 * repeat values summing to `repeatValues` added to the slot's draws: one pass, as it runs
 * triples × draws times.
 */
function tripleLines(
  purchases: Float64Array,
  spend: { fixed: Float64Array; slope: Float64Array },
  spendOffset: number,
  members: number,
  repeatValues: number,
  line: {
    fixed: Float64Array;
    slope: Float64Array;
    moments: Float64Array;
    slots: Float64Array;
    slotOffset: number;
  }
): void {
  const { fixed, slope, slots, slotOffset } = line;
  const spendFixed = spend.fixed;
  const spendSlope = spend.slope;
  let sumFixed = 0;
  let sumSlope = 0;
  let sumFixedFixed = 0;
  let sumFixedSlope = 0;
  let sumSlopeSlope = 0;
  const count = purchases.length;
  for (let draw = 0; draw < count; draw++) {
    const a = purchases[draw] * spendFixed[spendOffset + draw];
    const b = purchases[draw] * spendSlope[spendOffset + draw];
    fixed[draw] = a;
    slope[draw] = b;
    sumFixed += a;
    sumSlope += b;
    sumFixedFixed += a * a;
    sumFixedSlope += a * b;
    sumSlopeSlope += b * b;
    slots[slotOffset + draw] += members * a + repeatValues * b;
  }
  const moments = line.moments;
  moments[0] = sumFixed / count;
  moments[1] = sumSlope / count;
  moments[2] = sumFixedFixed / count;
  moments[3] = sumFixedSlope / count;
  moments[4] = sumSlopeSlope / count;
}

/** 0, 1, …, count − 1. */
function identityOrder(count: number): Uint32Array {
  const order = new Uint32Array(count);
  for (let index = 0; index < count; index++) order[index] = index;
  return order;
}

/** `items` stably ordered by their keys (keyOf[item], 0..keys − 1), by counting, and where each key's run ends. */
function countingOrder(
  items: Uint32Array,
  keyOf: Uint32Array,
  keys: number
): { order: Uint32Array; ends: Uint32Array } {
  const ends = new Uint32Array(keys);
  for (const item of items) ends[keyOf[item]]++;
  for (let key = 1; key < keys; key++) ends[key] += ends[key - 1];
  const starts = new Uint32Array(keys);
  starts.set(ends.subarray(0, keys - 1), 1);
  const order = new Uint32Array(items.length);
  for (const item of items) order[starts[keyOf[item]]++] = item;
  return { order, ends };
}
/**
 * Each customer's variance of their CLV from their own randomness at the estimates, the lower
 * bound of clvIntervals' doc: the purchases' sum with each month's weight w_k squared.
 */
function customerProcessVariance(
  purchases: DiscountedPurchases,
  purchaseParams: readonly number[],
  expected: Float64Array,
  ifAlive: Float64Array,
  spendParams: GammaGammaParameters,
  histories: ClvIntervalHistories
): Float64Array {
  const customers = histories.x.length;
  const squaredWeights = new Float64Array(customers);
  const squaredIfAlive = new Float64Array(customers);
  purchases.withSquaredWeights().at(purchaseParams, squaredWeights, squaredIfAlive);
  const { p, q, gamma } = spendParams;
  const variance = new Float64Array(customers);
  for (let customer = 0; customer < customers; customer++) {
    const repeats = histories.x[customer];
    const spend = ((gamma + histories.meanSpend[customer] * repeats) * p) / (p * repeats + q - 1);
    const alive = ifAlive[customer] > 0 ? expected[customer] / ifAlive[customer] : 0;
    const valueIfAlive = spend * ifAlive[customer];
    variance[customer] =
      alive * spend * spend * (1 + 1 / p) * squaredIfAlive[customer] +
      alive * (1 - alive) * valueIfAlive * valueIfAlive;
  }
  return variance;
}
