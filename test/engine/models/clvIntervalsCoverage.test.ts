import { fitBgnbd } from "../../../src/engine/models/bgnbd";
import { clvIntervals } from "../../../src/engine/models/clvIntervals";
import {
  fitGammaGamma,
  gammaGammaConditionalExpectedSpend,
} from "../../../src/engine/models/gammaGamma";
import { predictedClv } from "../../../src/engine/models/predictedClv";
import { PURCHASE_MODELS } from "../../../src/engine/models/purchaseModel";
import { simulateBgnbdCustomers } from "./bgnbdSimulation";

const TRUE_PURCHASE = { r: 0.8, alpha: 8, a: 0.8, b: 2.5 };
const TRUE_SPEND = { p: 6, q: 4, gamma: 15 };
const LOGS = 200;
const CUSTOMERS = 400;
const options = { horizonMonths: 12, monthlyDiscountRate: 0.01, timeUnit: "W" as const };

describe("clvIntervals' 90 % interval of the total CLV, on logs drawn from known BG/NBD and Gamma-Gamma parameters", () => {
  // 200 logs of 400 customers observed 26 to 52 weeks; each fitted, its 200-draw interval of the
  // cohort's total CLV over 12 months (at the design only, as on large data) checked against
  // the total at the true parameters. This code: 176 of 200 cover it (178 with every draw evaluated).
  it("covers the total at the true parameters in 176 of 200 logs, within Binomial(200, 0.9)'s 99 % range 170..190", () => {
    let covered = 0;
    for (let log = 0; log < LOGS; log++) {
      const cohort = simulateBgnbdCustomers(
        TRUE_PURCHASE,
        TRUE_SPEND,
        CUSTOMERS,
        26,
        52,
        1000 + log
      );
      const purchaseFit = fitBgnbd(cohort);
      const spendFit = fitGammaGamma(cohort);
      const intervals = clvIntervals({ model: "bgnbd", fit: purchaseFit }, spendFit, cohort, {
        ...options,
        draws: 200,
        exactEvaluations: 0,
        seed: log,
      });
      let truth = 0;
      for (let customer = 0; customer < CUSTOMERS; customer++) {
        const x = cohort.x[customer];
        const tx = cohort.tx[customer];
        const T = cohort.T[customer];
        truth += predictedClv(
          (t) => PURCHASE_MODELS.bgnbd.conditionalExpectedPurchases(TRUE_PURCHASE, t, x, tx, T),
          gammaGammaConditionalExpectedSpend(TRUE_SPEND, x, cohort.meanSpend[customer]),
          options
        );
      }
      if (intervals.total.low <= truth && truth <= intervals.total.high) covered++;
    }
    expect(covered).toBeGreaterThanOrEqual(170);
    expect(covered).toBeLessThanOrEqual(190);
  });
});
