import {
  fitGammaGamma,
  gammaGammaConditionalExpectedSpend,
  gammaGammaLikelihood,
  gammaGammaPopulationMeanSpend,
} from "../../../src/engine/models/gammaGamma";
import { logGamma } from "../../../src/engine/numerics/logGamma";
import { splitmix64Unit } from "../../../src/engine/numerics/splitmix64";
import { fitByMaximumLikelihood } from "../../../src/engine/models/modelFit";
import { LIKELIHOOD_FIT_OPTIONS } from "../../../src/engine/models/purchaseHistories";
import { PUBLISHED } from "../../fixtures/published";
import { cdnowSpend } from "./cdnowHistories";

const published = PUBLISHED.gamma_gamma_cdnow;

describe("Gamma-Gamma on the CDNOW sample (Fader & Hardie note 025)", () => {
  const spend = cdnowSpend();
  const fit = fitGammaGamma(spend);

  // The note's numbers are truncated, not rounded, to 2 decimals: the maximum is at
  // p 6.248803, q 3.744588, gamma 15.447748 and customer 1 expects 24.658620 (lifetimes prints
  // the same), published as 15.44 and 24.65. Hence |difference| < 0.01.
  it("fits the published parameters on the 946 customers with x > 0", () => {
    for (const name of ["p", "q", "gamma"] as const) {
      expect(Math.abs(fit.params[name] - published.params[name])).toBeLessThan(0.01);
    }
    expect(fit.params.gamma).toBeCloseTo(15.447748, 4);
  });

  it("gives the published population mean spend", () => {
    expect(gammaGammaPopulationMeanSpend(fit.params)).toBeCloseTo(
      published.population_mean_spend,
      2
    );
  });

  it("gives the published expected spend of the first ten customers", () => {
    published.conditional_expected_spend_first_10_customers.forEach(
      (value: number, row: number) => {
        const expected = gammaGammaConditionalExpectedSpend(
          fit.params,
          spend.x[row],
          spend.meanSpend[row]
        );
        expect(Math.abs(expected - value)).toBeLessThan(0.01);
      }
    );
  });

  it("leaves out customers with x = 0 and rejects a repeat buyer without spend", () => {
    const withZero = {
      x: Float64Array.from([...spend.x, 0]),
      meanSpend: Float64Array.from([...spend.meanSpend, 0]),
    };
    expect(fitGammaGamma(withZero).params.p).toBeCloseTo(fit.params.p, 6);
    const broken = { x: Float64Array.of(1, 2), meanSpend: Float64Array.of(20, 0) };
    expect(() => fitGammaGamma(broken)).toThrow(
      expect.objectContaining({
        kind: "value",
        message:
          "monetary: row 2: is 0, with frequency 2; must be a mean spend > 0 for a customer with repeat purchases",
      })
    );
    const negative = { x: Float64Array.of(-1), meanSpend: Float64Array.of(20) };
    expect(() => fitGammaGamma(negative)).toThrow(
      "frequency: row 1: is -1; must be a number of repeat purchases >= 0"
    );
  });

  it("has no population mean when q ≤ 1", () => {
    expect(gammaGammaPopulationMeanSpend({ p: 1, q: 1, gamma: 1 })).toBe(Infinity);
  });
});

describe("Gamma-Gamma on a large base", () => {
  // 200,000 customers with 1 to 20 repeat purchases and mean spends of some 20 to 60, and
  // parameters where a fit on such a base ends when spend hardly varies between customers:
  // q in the thousands. There q ln gamma and (px + q) ln(gamma + m x) are each some 10⁵ a
  // customer; summed apart, 200,000 of them left ln L some 10⁻⁵ off, and a fit on a
  // million customers stopped for want of a lower value it could not resolve.
  const customers = 200_000;
  const x = Float64Array.from({ length: customers }, (_, row) =>
    Math.floor(1 + 20 * splitmix64Unit(11, 2 * row))
  );
  const meanSpend = Float64Array.from(
    { length: customers },
    (_, row) => Math.round(100 * Math.exp(3 + splitmix64Unit(11, 2 * row + 1))) / 100
  );
  const likelihood = gammaGammaLikelihood({ x, meanSpend });
  const at = Float64Array.of(11.5, 8000, 24000);
  const gradient = new Float64Array(3);
  likelihood.logLikelihood(at, gradient);

  it("resolves ln L finely enough that its central difference in q matches the gradient to 1e-5", () => {
    const step = 0.01;
    const shifted = (by: number) =>
      likelihood.logLikelihood(Float64Array.of(at[0], at[1] + by, at[2]), new Float64Array(3));
    const difference = (shifted(step) - shifted(-step)) / (2 * step);
    // ∂ ln L/∂q is 0.3245 here; the sums taken apart were 8 × 10⁻⁴ off it.
    expect(gradient[1]).toBeCloseTo(0.3245, 4);
    expect(Math.abs(difference - gradient[1])).toBeLessThan(1e-5);
  });

  it("sums to the note's per-customer formula, taken one customer at a time", () => {
    const [p, q, gamma] = at;
    let direct = 0;
    for (let row = 0; row < customers; row++) {
      const shape = p * x[row];
      const m = meanSpend[row];
      direct +=
        logGamma(shape + q) -
        logGamma(shape) -
        logGamma(q) +
        q * Math.log(gamma) +
        (shape - 1) * Math.log(m) +
        shape * Math.log(x[row]) -
        (shape + q) * Math.log(gamma + m * x[row]);
    }
    // Each customer's own term is a few units, so the direct sum is itself accurate to 1e-9.
    expect(Math.abs(likelihood.logLikelihood(at, new Float64Array(3)) - direct)).toBeLessThan(
      1e-9 * Math.abs(direct)
    );
  });

  it("fits 100,000 customers whose mean spend varies by 2 % in some 50 evaluations", () => {
    // Each customer's purchases are e^(3 + U) times the customer's own factor (sd 2 %): q runs to
    // thousands. Before ln L was summed whole, this fit stopped unconverged after 334.
    const base = 100_000;
    const purchases = Float64Array.from({ length: base }, (_, row) =>
      Math.floor(1 + 19 * splitmix64Unit(5, 3 * row))
    );
    const means = new Float64Array(base);
    let spent = 0;
    for (let row = 0; row < base; row++) {
      const factor = 1 + 0.0692 * (splitmix64Unit(5, 3 * row + 1) - 0.5); // sd 2 %
      let total = 0;
      for (let purchase = 0; purchase < purchases[row]; purchase++) {
        total +=
          Math.round(100 * factor * Math.exp(3 + splitmix64Unit(6, 40 * row + purchase))) / 100;
      }
      means[row] = total / purchases[row];
      spent += total;
    }
    const problem = gammaGammaLikelihood({ x: purchases, meanSpend: means });
    let evaluations = 0;
    const fit = fitByMaximumLikelihood(
      {
        ...problem,
        logLikelihood: (params, gradient) => {
          evaluations++;
          return problem.logLikelihood(params, gradient);
        },
      },
      LIKELIHOOD_FIT_OPTIONS
    );
    expect(fit.converged).toBe(true);
    expect(evaluations).toBeLessThanOrEqual(60);
    expect(fit.params.q).toBeGreaterThan(1000);
    // The model's mean purchase, p gamma/(q − 1), is the mean of all purchases.
    const meanPurchase = spent / purchases.reduce((sum, count) => sum + count, 0);
    expect(gammaGammaPopulationMeanSpend(fit.params) / meanPurchase).toBeCloseTo(1, 2);
  });
});
