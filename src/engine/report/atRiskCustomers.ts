import { quantileBreaks } from "../rfm/quantileBreaks";
import type { CustomerAnalysis } from "./customerAnalysis";
import { SEGMENT_KEYS } from "../rfm/customerSegments";

/** Valuable customers the business may be losing, most at stake first. */
export interface AtRiskCustomers {
  /** Positions of the customers in the analysis. */
  customer: Int32Array;
  /** Predicted CLV lost if the customer has gone; NaN without a model. */
  valueAtStake: Float64Array;
  /** The top quartile starts at this revenue (the 0.75 quantile, type 7). */
  revenueThreshold: number;
}

const AT_RISK = SEGMENT_KEYS.indexOf("atRisk");
const CANT_LOSE_THEM = SEGMENT_KEYS.indexOf("cantLoseThem");

/**
 * The at-risk list: customers in the top quartile of historical revenue (revenue at or above
 * its 0.75 quantile) who are probably gone (P(alive) < 0.5) or whose RFM segment is At Risk
 * or Can't Lose Them. Sorted by value at stake, the predicted CLV lost if they have gone:
 * CLV if alive − predicted CLV = predictedClv · (1 − P(alive)) / P(alive), since the models'
 * predictions are P(alive) times those of a customer still alive. Customers whose value at
 * stake is unknown (no model, or P(alive) = 0) come last; ties go by revenue, highest first.
 *
 * @example
 * const list = atRiskCustomers(analysis);
 * analysis.customerIds[list.customer[0]]; // the customer with the most CLV at stake
 * list.valueAtStake[0]; // e.g. 412.5
 */
export function atRiskCustomers(analysis: CustomerAnalysis): AtRiskCustomers {
  const { revenue, probabilityAlive, predictedClv, segment } = analysis;
  // The last of the quartiles' breaks, from order statistics, not a sort of every revenue (a
  // million customers' took 0.15 s).
  const revenueThreshold = quantileBreaks(revenue, 4)[2];
  const chosen: number[] = [];
  for (let customer = 0; customer < revenue.length; customer++) {
    if (!(revenue[customer] >= revenueThreshold)) continue;
    const segmentAtRisk = segment[customer] === AT_RISK || segment[customer] === CANT_LOSE_THEM;
    if (probabilityAlive[customer] < 0.5 || segmentAtRisk) chosen.push(customer);
  }
  const valueAtStake = new Float64Array(revenue.length).fill(NaN);
  for (const customer of chosen) {
    const alive = probabilityAlive[customer];
    if (alive > 0) valueAtStake[customer] = (predictedClv[customer] * (1 - alive)) / alive;
  }
  const order = Int32Array.from(chosen).sort((left, right) => {
    const leftValue = valueAtStake[left];
    const rightValue = valueAtStake[right];
    const leftKnown = leftValue === leftValue;
    const rightKnown = rightValue === rightValue;
    if (leftKnown !== rightKnown) return leftKnown ? -1 : 1;
    if (leftKnown && leftValue !== rightValue) return rightValue - leftValue;
    return revenue[right] - revenue[left];
  });
  return {
    customer: order,
    valueAtStake: Float64Array.from(order, (customer) => valueAtStake[customer]),
    revenueThreshold,
  };
}
