import { fitBgnbd } from "../../src/engine/models/bgnbd";
import { clvIntervals } from "../../src/engine/models/clvIntervals";
import { fitGammaGamma } from "../../src/engine/models/gammaGamma";
import { simulateBgnbdCustomers } from "../engine/models/bgnbdSimulation";
import { medianTime } from "./medianTime";
import type { BudgetLine } from "./scaleBudgets";

const CUSTOMERS = 100_000;
const DRAWS = 1000;
/** Target of 1 000 draws of the interval for 100 000 customers (issue 12), in ms. */
const TARGET_MILLISECONDS = 2000;
const SEGMENTS = 10;

/**
 * The intervals of the predicted CLV (clvIntervals: covariance, draws, each customer's and each
 * segment's interval and the total's) for 100 000 customers drawn from BG/NBD and Gamma-Gamma
 * (weeks, observed 26 to 104, purchases on whole days), fitted first (not timed), 1 000 draws, 12 months, 10 segments.
 *
 * @example
 * printBudgets(benchIntervals(), flagMissed); // one line: figure, target 2000 ms, the total's interval
 */
export function benchIntervals(): BudgetLine[] {
  const customers = simulateBgnbdCustomers(
    { r: 0.8, alpha: 8, a: 0.8, b: 2.5 },
    { p: 6, q: 4, gamma: 15 },
    CUSTOMERS,
    26,
    104,
    20240601
  );
  // Purchases on whole days, as a log records them (weeks of 7 days).
  customers.tx.forEach((tx, customer) => (customers.tx[customer] = Math.floor(tx * 7) / 7));
  const purchaseFit = fitBgnbd(customers);
  const spendFit = fitGammaGamma(customers);
  const groups = Int32Array.from(customers.x, (x) => Math.min(x, SEGMENTS - 1));
  const { milliseconds, result } = medianTime(
    () =>
      clvIntervals({ model: "bgnbd", fit: purchaseFit }, spendFit, customers, {
        horizonMonths: 12,
        monthlyDiscountRate: 0.01,
        timeUnit: "W",
        draws: DRAWS,
        groups,
      }),
    1
  );
  const { low, estimate, high } = result.total;
  return [
    {
      step: `CLV intervals, ${DRAWS} draws × ${CUSTOMERS / 1000}k customers`,
      figure: milliseconds,
      target: TARGET_MILLISECONDS,
      unit: "ms",
      detail: `total ${estimate.toFixed(0)} (90 %: ${low.toFixed(0)}–${high.toFixed(0)}), ${SEGMENTS} segments`,
    },
  ];
}
