import {
  fitParetoNbd,
  paretoNbdConditionalExpectedPurchases,
  paretoNbdExpectedPurchases,
  paretoNbdLogLikelihood,
  paretoNbdProbabilityAlive,
  paretoNbdProbabilityOfPurchases,
} from "../../../src/engine/models/paretoNbd";
import { PUBLISHED } from "../../fixtures/published";
import { cdnowHistories } from "./cdnowHistories";
import { modelFitErrorOf } from "./modelFitErrorOf";
import { steadyCustomerHistories } from "./steadyCustomerHistories";

const published = PUBLISHED.pareto_nbd_cdnow;
const atParams = published.at_params;

describe("Pareto/NBD on the CDNOW sample", () => {
  const fit = fitParetoNbd(cdnowHistories());

  it("fits the published parameters and log-likelihood", () => {
    expect(fit.params.r).toBeCloseTo(published.params.r, 3);
    expect(fit.params.alpha).toBeCloseTo(published.params.alpha, 3);
    expect(fit.params.s).toBeCloseTo(published.params.s, 3);
    // The maximum is at beta = 11.6679 (also scipy's Nelder–Mead); the paper prints 11.669.
    expect(Math.abs(fit.params.beta - published.params.beta)).toBeLessThan(2e-3);
    expect(fit.logLikelihood).toBeCloseTo(published.log_likelihood, 1);
  });

  it("gives the published log-likelihood at the published parameters", () => {
    expect(paretoNbdLogLikelihood(published.params, cdnowHistories())).toBeCloseTo(-9595.0, 1);
  });

  it("gives the published P(alive)", () => {
    for (const { x, t_x, T, value } of published.p_alive) {
      expect(paretoNbdProbabilityAlive(atParams, x, t_x, T)).toBeCloseTo(value, 4);
    }
  });

  it("gives the published conditional expected purchases to within 0.01 (as lifetimes tests it)", () => {
    for (const { t, x, t_x, T, value } of published.conditional_expected_purchases) {
      // 25.455 at the printed parameters, 25.46 printed.
      expect(
        Math.abs(paretoNbdConditionalExpectedPurchases(atParams, t, x, t_x, T) - value)
      ).toBeLessThan(0.01);
    }
  });

  it("gives the published unconditional expected purchases to within 0.01 (as lifetimes tests it)", () => {
    const { t, value } = published.unconditional_expected_purchases;
    t.forEach((time: number, index: number) => {
      expect(Math.abs(paretoNbdExpectedPurchases(fit.params, time) - value[index])).toBeLessThan(
        0.01
      );
    });
  });

  it("agrees with the likelihood written as FHL's difference of two 2F1 terms", () => {
    // One customer, L by eq. 22 of Fader & Hardie's note with 2F1 summed term by term (alpha < beta).
    const { r, alpha, s, beta } = published.params;
    const [x, tx, T] = [2, 30.43, 38.86];
    const hypergeometric = (a: number, b: number, c: number, z: number): number => {
      let term = 1;
      let sum = 1;
      for (let k = 0; k < 2000; k++) {
        term *= (((a + k) * (b + k)) / ((c + k) * (k + 1))) * z;
        sum += term;
      }
      return sum;
    };
    const part = (y: number): number =>
      hypergeometric(r + s + x, r + x, r + s + x + 1, (beta - alpha) / (beta + y)) /
      (beta + y) ** (r + s + x);
    const likelihood =
      Math.exp(logGammaRatio(r, x)) *
      alpha ** r *
      beta ** s *
      ((alpha + T) ** -(r + x) * (beta + T) ** -s + (s / (r + s + x)) * (part(tx) - part(T)));
    const single = { x: Float64Array.of(x), tx: Float64Array.of(tx), T: Float64Array.of(T) };
    expect(paretoNbdLogLikelihood(published.params, single)).toBeCloseTo(Math.log(likelihood), 10);
  });
});

/** ln Γ(r + x) − ln Γ(r) for whole x, by the recurrence. */
function logGammaRatio(r: number, x: number): number {
  let sum = 0;
  for (let k = 0; k < x; k++) sum += Math.log(r + k);
  return sum;
}

describe("Pareto/NBD numerical stability", () => {
  const extreme = { r: 10.465, alpha: 0.00798565, s: 3.0516, beta: 2.82 };

  it.each([
    [400, 5, 6],
    [500, 1, 37],
    [500, 4, 37],
  ])("stays finite at extreme parameters for (x, t_x, T) = (%d, %d, %d)", (x, tx, T) => {
    const alive = paretoNbdProbabilityAlive(extreme, x, tx, T);
    const expected = paretoNbdConditionalExpectedPurchases(extreme, 10, x, tx, T);
    expect(alive).toBeGreaterThanOrEqual(0);
    expect(alive).toBeLessThan(1e-20);
    expect(Number.isFinite(expected)).toBe(true);
  });

  it("changes smoothly from x = 132 to 133 at t_x = T = 200 (lifetimes' underflow test)", () => {
    // lifetimes: r 0.55, alpha 10.58, s 0.61, beta 11.67, t = 10 → 6.2061 and 6.2529.
    const cdnow = { r: 0.55, alpha: 10.58, s: 0.61, beta: 11.67 };
    expect(paretoNbdConditionalExpectedPurchases(cdnow, 10, 132, 200, 200)).toBeCloseTo(6.2061, 4);
    expect(paretoNbdConditionalExpectedPurchases(cdnow, 10, 133, 200, 200)).toBeCloseTo(6.2529, 4);
  });

  it("stays finite for high-frequency customers at the CDNOW parameters", () => {
    for (const [x, tx, T] of [
      [221, 103.43, 103.57],
      [254, 103.29, 103.57],
    ]) {
      const alive = paretoNbdProbabilityAlive(atParams, x, tx, T);
      expect(alive).toBeGreaterThan(0.9);
      expect(alive).toBeLessThanOrEqual(1);
      expect(Number.isFinite(paretoNbdConditionalExpectedPurchases(atParams, 52, x, tx, T))).toBe(
        true
      );
    }
  });
});

describe("fitParetoNbd where no customer leaves (the bench's synthetic log)", () => {
  it("throws a no-dropout ModelFitError, stopping before the likelihood gets slow", () => {
    // Run on, s → 0 with r, alpha → ∞: ever more expected purchases, ever fewer dropouts.
    const error = modelFitErrorOf(() => fitParetoNbd(steadyCustomerHistories(2000)));
    expect(error.failure).toBe("no-dropout");
    expect(error.argument).toBe("frequency");
    expect(error.reason).toContain("every customer looks alive");
  });
});

describe("paretoNbdProbabilityOfPurchases", () => {
  const cdnow = { r: 0.553, alpha: 10.578, s: 0.606, beta: 11.669 };

  it("is a distribution whose mean is SMC's expected purchases", () => {
    let total = 0;
    let mean = 0;
    for (let n = 0; n < 400; n++) {
      const probability = paretoNbdProbabilityOfPurchases(cdnow, 39, n);
      total += probability;
      mean += n * probability;
    }
    expect(total).toBeCloseTo(1, 6);
    expect(mean).toBeCloseTo(paretoNbdExpectedPurchases(cdnow, 39), 4);
  });

  it("agrees with mpmath's quadrature (30 digits, split at the scales of alpha and beta) where the lifetimes are short or the counts fast", () => {
    // [r, alpha, s, beta], t, n, P(X(t) = n) by mpmath.quad of the same integral.
    const cases: [number[], number, number, number][] = [
      [[0.553, 10.578, 0.606, 11.669], 39, 0, 0.593625],
      [[0.5, 5, 0.5, 0.01], 2000, 0, 0.9572488],
      [[0.5, 5, 0.5, 0.001], 2000, 0, 0.9860727],
      [[0.5, 5, 0.5, 0.001], 156, 0, 0.9862764],
      [[2, 1, 3, 500], 2000, 0, 0.0057993],
      [[2, 1, 3, 500], 2000, 1, 0.0056447],
    ];
    for (const [[r, alpha, s, beta], t, n, expected] of cases) {
      expect(paretoNbdProbabilityOfPurchases({ r, alpha, s, beta }, t, n)).toBeCloseTo(expected, 6);
    }
    // With most lifetimes within 0.01 weeks, the probabilities still sum to 1.
    let total = 0;
    for (let n = 0; n < 3000; n++) {
      total += paretoNbdProbabilityOfPurchases({ r: 0.5, alpha: 5, s: 0.5, beta: 0.01 }, 2000, n);
    }
    expect(total).toBeCloseTo(1, 5);
  });

  it("is the NBD when nobody drops out", () => {
    // s tiny: lifetimes are almost surely longer than t, so P(X = 0) = (alpha/(alpha + t))^r.
    const immortal = { r: 0.553, alpha: 10.578, s: 1e-9, beta: 11.669 };
    expect(paretoNbdProbabilityOfPurchases(immortal, 39, 0)).toBeCloseTo(
      Math.pow(10.578 / (10.578 + 39), 0.553),
      6
    );
  });
});
