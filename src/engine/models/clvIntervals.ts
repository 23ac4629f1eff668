import { requireSameLength } from "../argumentChecks";
import { InputError } from "../inputError";
import { normalQuantile } from "../numerics/normalQuantile";
import { smallestValues } from "../numerics/smallestValues";
import { quantileOfRanks, quantileSorted } from "../rfm/quantile";
import { gammaGammaLikelihood, type GammaGammaParameters } from "./gammaGamma";
import { logParameterCovariance } from "./logParameterCovariance";
import type { ModelFit } from "./modelFit";
import { parameterDraws } from "./parameterDraws";
import type { PredictedClvOptions } from "./predictedClv";
import { requireHistory } from "./purchaseHistories";
import {
  PURCHASE_MODELS,
  type PurchaseModel,
  type PurchaseModelName,
  type PurchaseModelParameters,
} from "./purchaseModel";
import {
  discountedPurchases,
  type DiscountedPurchases,
  purchaseValueSurrogate,
  surrogateTerms,
} from "./purchaseValueSurrogate";

/** A purchase model and its parameters: a PurchaseModelFit will do, or just the parameters. */
export type PurchaseModelEstimate = {
  [Name in PurchaseModelName]: {
    model: Name;
    fit: Pick<ModelFit<PurchaseModelParameters[Name]>, "params">;
  };
}[PurchaseModelName];

/** The customers the models were fitted on: (x, t_x, T) and the mean value of the repeat purchases. */
export interface ClvIntervalHistories {
  x: Float64Array;
  tx: Float64Array;
  T: Float64Array;
  /** Mean value of the customer's repeat purchases (anything ≥ 0 where x is 0). */
  meanSpend: Float64Array;
}

export interface ClvIntervalOptions extends PredictedClvOptions {
  /** Probability the interval is to hold, 0 < level < 1. Default 0.9. */
  level?: number;
  /** Parametric draws, 10 to 100 000. Default 1000. */
  draws?: number;
  /** Seed of the draws (a whole number below 2^32 − 1): the same seed gives the same numbers. Default 20240601. */
  seed?: number;
  /** A group per customer (0, 1, …; −1 for none), e.g. a segment: each group's total gets an interval. */
  groups?: Int32Array;
  /**
   * Up to this many customer-months × draws, the purchase model is evaluated at every draw;
   * beyond, through the surrogate (purchaseValueSurrogate). Default 3 000 000 (about a second).
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

const DEFAULT_LEVEL = 0.9;
const DEFAULT_DRAWS = 1000;
const DEFAULT_SEED = 20240601;
const DEFAULT_EXACT_EVALUATIONS = 3_000_000;

/**
 * How sure the predicted CLV is, for each customer, for the total and for groups of customers.
 *
 * The parameters' uncertainty: the covariance of the purchase model's and Gamma-Gamma's
 * log-parameters is the inverse Hessian of −ln L at the given estimates on these customers'
 * data (logParameterCovariance); `draws` parameter vectors are drawn from those normals
 * (independently, as the two models are fitted apart), with a fixed seed, and every customer's
 * CLV is recomputed per draw; low and high are the draws' (1 ∓ level)/2 quantiles (type 7), of
 * each customer's CLV and of each draw's total. Per draw the spend is exact (Fader & Hardie
 * note 025, eq. 5); so are the discounted purchases up to `exactEvaluations`, and beyond they come
 * from quadratics in the draw fitted to the model at 1 + 2n + n(n − 1)/2 parameter vectors
 * (purchaseValueSurrogate), so 1 000 draws of 100 000 customers take seconds rather than an
 * hour; the tests check it against the model evaluated at every draw.
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
  requireSameLength(tx.length, customers, "recency", "frequency");
  requireSameLength(T.length, customers, "T", "frequency");
  requireSameLength(meanSpend.length, customers, "monetary", "frequency");
  for (let customer = 0; customer < customers; customer++) {
    requireHistory(x[customer], tx[customer], T[customer], customer);
  }
  const level = options.level ?? DEFAULT_LEVEL;
  if (!(level > 0 && level < 1)) {
    throw new InputError("interval", "must be a probability above 0 and below 1, e.g. 0.9", "num");
  }
  const count = options.draws ?? DEFAULT_DRAWS;
  if (!(Number.isInteger(count) && count >= 10 && count <= 100000)) {
    throw new InputError("draws", "must be a whole number from 10 to 100 000", "num");
  }
  const seed = options.seed ?? DEFAULT_SEED;

  const model = PURCHASE_MODELS[purchase.model] as unknown as PurchaseModel<Record<string, number>>;
  const purchaseParams = model.symbols.map(
    (symbol) => (purchase.fit.params as unknown as Record<string, number>)[symbol]
  );
  const purchaseHistories = { x, tx, T };
  const purchaseCovariance = logParameterCovariance(
    model.likelihood(purchaseHistories),
    purchaseParams
  );
  const { p, q, gamma } = spend.params;
  const spendCovariance = logParameterCovariance(gammaGammaLikelihood({ x, meanSpend }), [
    p,
    q,
    gamma,
  ]);
  const purchaseDraws = parameterDraws(purchaseParams, purchaseCovariance, count, seed);
  const spendDraws = parameterDraws([p, q, gamma], spendCovariance, count, seed + 1);

  const purchases = discountedPurchases(model, purchaseHistories, options);
  const exact =
    count * customers * options.horizonMonths <=
    (options.exactEvaluations ?? DEFAULT_EXACT_EVALUATIONS);
  const drawPurchases = exact
    ? purchasesAtDraws(purchases, purchaseDraws.logParams, count, customers)
    : undefined;
  const surrogate = exact
    ? undefined
    : purchaseValueSurrogate(purchases, purchaseParams, purchaseDraws.lower, customers);
  const terms = surrogate?.terms ?? 0;
  const drawTerms = surrogateTerms(
    purchaseDraws.standard,
    surrogate ? count : 0,
    purchaseDraws.size
  );
  const expected = new Float64Array(customers);
  const ifAlive = new Float64Array(customers);
  purchases.at(purchaseParams, expected, ifAlive);
  // Gamma-Gamma's expected spend (γ + m x) p / (p x + q − 1) per draw: p, q − 1 and γ.
  const drawP = new Float64Array(count);
  const drawQ1 = new Float64Array(count);
  const drawGamma = new Float64Array(count);
  for (let draw = 0; draw < count; draw++) {
    drawP[draw] = Math.exp(spendDraws.logParams[draw * 3]);
    drawQ1[draw] = Math.exp(spendDraws.logParams[draw * 3 + 1]) - 1;
    drawGamma[draw] = Math.exp(spendDraws.logParams[draw * 3 + 2]);
  }

  const groups = options.groups;
  if (groups) requireSameLength(groups.length, customers, "groups", "frequency");
  let groupCount = 0;
  if (groups) for (const group of groups) groupCount = Math.max(groupCount, group + 1);
  const groupDraws = new Float64Array(groupCount * count);
  const totalDraws = new Float64Array(count);
  const values = new Float64Array(count);
  const estimate = new Float64Array(customers);
  const low = new Float64Array(customers);
  const high = new Float64Array(customers);
  const lowProbability = (1 - level) / 2;
  const highProbability = (1 + level) / 2;
  // Without a surrogate (every draw evaluated) its terms are none.
  const empty = { base: new Float64Array(customers), coefficients: new Float64Array(0) };
  const { base: logitBase, coefficients: logitCoefficients } = surrogate?.logitAlive ?? empty;
  const { base: ifAliveBase, coefficients: ifAliveCoefficients } = surrogate?.logIfAlive ?? empty;

  // Type 7 reads ranks ⌊(n − 1) p⌋ and the one above: the tails hold those (and one to spare).
  const tailCount = Math.min(count, Math.floor((count - 1) * lowProbability) + 3);
  const lowTail = new Float64Array(tailCount);
  const highTail = new Float64Array(tailCount);
  const tables: DrawTables = {
    count,
    customers,
    terms,
    drawTerms,
    logitCoefficients,
    ifAliveCoefficients,
    drawP,
    drawQ1,
    drawGamma,
    drawPurchases,
    totalDraws,
  };
  for (let customer = 0; customer < customers; customer++) {
    const logit = logitBase[customer];
    const logIfAlive = ifAliveBase[customer];
    const repeats = x[customer];
    const repeatValue = meanSpend[customer] * repeats;
    estimate[customer] = expected[customer] * (((gamma + repeatValue) * p) / (p * repeats + q - 1));
    customerDraws(tables, customer, logit, logIfAlive, repeats, repeatValue, values);
    smallestValues(values, tailCount, lowTail);
    smallestValues(values, tailCount, highTail, -1);
    const group = groups ? groups[customer] : -1;
    if (group >= 0) {
      const groupOffset = group * count;
      for (let draw = 0; draw < count; draw++) groupDraws[groupOffset + draw] += values[draw];
    }
    low[customer] = quantileOfRanks(count, lowProbability, (rank) => lowTail[rank]);
    high[customer] = quantileOfRanks(count, highProbability, (rank) => highTail[count - 1 - rank]);
  }

  const processVariance = customerProcessVariance(
    purchases,
    purchaseParams,
    expected,
    ifAlive,
    spend.params,
    histories,
    options
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
  const [totalLow, totalHigh] = drawInterval(totalDraws);
  const groupLow = new Float64Array(groupCount);
  const groupHigh = new Float64Array(groupCount);
  for (let group = 0; group < groupCount; group++) {
    [groupLow[group], groupHigh[group]] = drawInterval(
      groupDraws.subarray(group * count, (group + 1) * count)
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

/** What every customer's draws read: the draws' terms and spend parameters, the coefficients. */
interface DrawTables {
  count: number;
  customers: number;
  terms: number;
  drawTerms: Float64Array;
  logitCoefficients: Float64Array;
  ifAliveCoefficients: Float64Array;
  drawP: Float64Array;
  drawQ1: Float64Array;
  drawGamma: Float64Array;
  /** D at every draw when each was evaluated, else undefined (the surrogate's). */
  drawPurchases: Float64Array | undefined;
  /** Each draw's total, added to. */
  totalDraws: Float64Array;
}

/**
 * One customer's CLV at every draw into `values` (and added to the draws' totals): the spend
 * exact, the purchases evaluated or from the surrogate. Its own function, small, so the engine
 * optimises the loop that runs draws × customers times.
 */
function customerDraws(
  tables: DrawTables,
  customer: number,
  logit: number,
  logIfAlive: number,
  repeats: number,
  repeatValue: number,
  values: Float64Array
): void {
  const { count, customers, terms, drawTerms, drawP, drawQ1, drawGamma, totalDraws } = tables;
  const { logitCoefficients, ifAliveCoefficients, drawPurchases } = tables;
  const offset = customer * terms;
  for (let draw = 0; draw < count; draw++) {
    let logitAt = logit;
    let logIfAliveAt = logIfAlive;
    const termOffset = draw * terms;
    for (let term = 0; term < terms; term++) {
      const drawTerm = drawTerms[termOffset + term];
      logitAt += logitCoefficients[offset + term] * drawTerm;
      logIfAliveAt += ifAliveCoefficients[offset + term] * drawTerm;
    }
    const denominator = drawP[draw] * repeats + drawQ1[draw];
    const spendPerPurchase =
      denominator > 0 ? ((drawGamma[draw] + repeatValue) * drawP[draw]) / denominator : Infinity;
    const purchasesAt = drawPurchases
      ? drawPurchases[draw * customers + customer]
      : Math.exp(logIfAliveAt) / (1 + Math.exp(-logitAt));
    values[draw] = purchasesAt * spendPerPurchase;
    totalDraws[draw] += values[draw];
  }
}

/** D(θ) of every customer at every draw (see discountedPurchases), draw-major. */
function purchasesAtDraws(
  purchases: DiscountedPurchases,
  logParams: Float64Array,
  count: number,
  customers: number
): Float64Array {
  const size = logParams.length / count;
  const values = new Float64Array(count * customers);
  const params = new Float64Array(size);
  for (let draw = 0; draw < count; draw++) {
    for (let index = 0; index < size; index++) {
      params[index] = Math.exp(logParams[draw * size + index]);
    }
    purchases.at(params, values.subarray(draw * customers, (draw + 1) * customers));
  }
  return values;
}

/**
 * Each customer's variance of their CLV from their own randomness at the estimates, the lower
 * bound of clvIntervals' doc: w_k² sums as a discount rate of (1 + d)² − 1.
 */
function customerProcessVariance(
  purchases: DiscountedPurchases,
  purchaseParams: readonly number[],
  expected: Float64Array,
  ifAlive: Float64Array,
  spendParams: GammaGammaParameters,
  histories: ClvIntervalHistories,
  options: PredictedClvOptions
): Float64Array {
  const customers = histories.x.length;
  const squaredWeights = new Float64Array(customers);
  const squaredIfAlive = new Float64Array(customers);
  const rate = options.monthlyDiscountRate ?? 0;
  purchases
    .withDiscountRate((1 + rate) ** 2 - 1)
    .at(purchaseParams, squaredWeights, squaredIfAlive);
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
