import type { BgnbdParameters } from "../../../src/engine/models/bgnbd";
import type { GammaGammaParameters } from "../../../src/engine/models/gammaGamma";
import { randomDraws } from "./randomDraws";

/** Customers drawn from known models: (x, t_x, T) and the mean value of the repeat purchases. */
export interface SimulatedCustomers {
  x: Float64Array;
  tx: Float64Array;
  T: Float64Array;
  meanSpend: Float64Array;
}

/**
 * A cohort drawn as BG/NBD and Gamma-Gamma say (FHL 2005; Fader & Hardie note 025): each
 * customer is observed for a whole number of weeks T from `shortest` to `longest`, buys at a
 * Poisson rate λ ~ Gamma(r, alpha) while alive, leaves after each repeat purchase with
 * probability p ~ Beta(a, b), and each repeat purchase is worth Gamma(p, ν) with
 * ν ~ Gamma(q, gamma). Seeded: the same customers on every run.
 *
 * @example
 * const cohort = simulateBgnbdCustomers({ r: 0.8, alpha: 8, a: 0.8, b: 2.5 }, { p: 6, q: 4, gamma: 15 }, 400, 26, 52, 7);
 * cohort.x.length; // 400
 */
export function simulateBgnbdCustomers(
  purchase: BgnbdParameters,
  spend: GammaGammaParameters,
  customers: number,
  shortest: number,
  longest: number,
  seed: number
): SimulatedCustomers {
  const { uniform, gamma } = randomDraws(seed);
  const x = new Float64Array(customers);
  const tx = new Float64Array(customers);
  const T = new Float64Array(customers);
  const meanSpend = new Float64Array(customers);
  for (let customer = 0; customer < customers; customer++) {
    const observed = shortest + Math.floor(uniform() * (longest - shortest + 1));
    const rate = gamma(purchase.r) / purchase.alpha;
    const leaving = gamma(purchase.a);
    const dropout = leaving / (leaving + gamma(purchase.b));
    const spendRate = gamma(spend.q) / spend.gamma;
    let time = 0;
    let repeats = 0;
    let last = 0;
    let total = 0;
    for (;;) {
      time -= Math.log(1 - uniform()) / rate;
      if (time > observed) break;
      repeats++;
      last = time;
      total += gamma(spend.p) / spendRate;
      if (uniform() < dropout) break; // FHL 2005: dropout follows a repeat purchase
    }
    x[customer] = repeats;
    tx[customer] = last;
    T[customer] = observed;
    meanSpend[customer] = repeats > 0 ? total / repeats : 0;
  }
  return { x, tx, T, meanSpend };
}
