import { InputError } from "../../../src/engine/inputError";
import {
  fitGammaGamma,
  gammaGammaConditionalExpectedSpend,
  gammaGammaPopulationMeanSpend,
} from "../../../src/engine/models/gammaGamma";
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
    const broken = { x: Float64Array.of(2), meanSpend: Float64Array.of(0) };
    expect(() => fitGammaGamma(broken)).toThrow(InputError);
  });

  it("has no population mean when q ≤ 1", () => {
    expect(gammaGammaPopulationMeanSpend({ p: 1, q: 1, gamma: 1 })).toBe(Infinity);
  });
});
