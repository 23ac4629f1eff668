import { InputError } from "../../../src/engine/inputError";
import { fitByMaximumLikelihood } from "../../../src/engine/models/modelFit";
import { ModelFitError } from "../../../src/engine/models/modelFitError";
import { digamma, logGamma } from "../../../src/engine/numerics/logGamma";
import { modelFitErrorOf } from "./modelFitErrorOf";

describe("fitByMaximumLikelihood", () => {
  it("finds the exponential rate 1/mean with standard error λ̂/√n", () => {
    // Waiting times 1, 2, 3: ln L = 3 ln λ − 6 λ
    const fit = fitByMaximumLikelihood({
      parameterNames: ["lambda"],
      logLikelihood: (params, gradient) => {
        gradient[0] = 3 / params[0] - 6;
        return 3 * Math.log(params[0]) - 6 * params[0];
      },
      start: [1],
      argument: "waiting_times",
    });
    expect(fit.converged).toBe(true);
    expect(fit.params.lambda).toBeCloseTo(0.5, 8);
    expect(fit.logLikelihood).toBeCloseTo(3 * Math.log(0.5) - 3, 12);
    expect(fit.standardErrors.lambda).toBeCloseTo(0.5 / Math.sqrt(3), 6);
  });

  it("fits a gamma distribution's shape and rate, with the standard errors of its information", () => {
    // n observations with mean 2 and mean log ln 2 − ¼: ln L = n(k ln θ − ln Γ(k)) + (k − 1)Q − θS
    const n = 400;
    const S = 2 * n;
    const Q = n * (Math.log(2) - 0.25);
    const fit = fitByMaximumLikelihood({
      parameterNames: ["k", "theta"],
      logLikelihood: (params, gradient) => {
        const [k, theta] = params;
        gradient[0] = n * (Math.log(theta) - digamma(k)) + Q;
        gradient[1] = (n * k) / theta - S;
        return n * (k * Math.log(theta) - logGamma(k)) + (k - 1) * Q - theta * S;
      },
      start: [1, 1],
      argument: "spend",
    });
    // mpmath: ln k − ψ(k) = ¼ at k = 2.1518464411397233; se(k) = √(k / (n(k ψ′(k) − 1)))
    expect(fit.params.k).toBeCloseTo(2.1518464411397233, 7);
    expect(fit.params.theta).toBeCloseTo(2.1518464411397233 / 2, 7);
    expect(fit.standardErrors.k).toBeCloseTo(0.14194849244915436, 5);
  });

  it("throws a #N/A ModelFitError instead of returning a failed fit", () => {
    // ln L = ln λ rises forever: no maximum.
    const error = modelFitErrorOf(() =>
      fitByMaximumLikelihood({
        parameterNames: ["lambda"],
        logLikelihood: (params, gradient) => {
          gradient[0] = 1 / params[0];
          return Math.log(params[0]);
        },
        start: [1],
        argument: "frequency",
      })
    );
    expect(error).toBeInstanceOf(InputError);
    expect(error).toBeInstanceOf(ModelFitError);
    expect(error.argument).toBe("frequency");
    expect(error.kind).toBe("na");
    expect(error.failure).toBe("no-convergence");
    expect(error.reason).toMatch(/^the model fit did not converge \(.+\)/);
  });

  it("says no customer leaves when the dropout rate runs to 0", () => {
    // Exponential lifetimes, 3 customers all still alive after 10, 20, 30: ln L = −60 μ, whose
    // supremum is at μ = 0; the model expects 60 μ dropouts.
    const error = modelFitErrorOf(() => fitExponentialLifetimes(0));
    expect(error.failure).toBe("no-dropout");
    expect(error.argument).toBe("lifetimes");
    expect(error.reason).toMatch(/^the data show almost no customers leaving/);
    expect(error.reason).toContain("every customer looks alive");
    expect(error.reason).toContain("longer observation period");
  });

  it("fits the dropout rate once one customer is seen leaving", () => {
    // One of them left: ln L = ln μ − 60 μ, so μ̂ = 1/60 with one dropout expected.
    const fit = fitExponentialLifetimes(1);
    expect(fit.params.mu).toBeCloseTo(1 / 60, 8);
    expect(fit.standardErrors.mu).toBeCloseTo(1 / 60, 5);
  });
});

/** Exponential lifetimes μ of customers observed for 60 periods in all, `left` of whom left. */
function fitExponentialLifetimes(left: number) {
  return fitByMaximumLikelihood({
    parameterNames: ["mu"],
    logLikelihood: (params, gradient) => {
      gradient[0] = left / params[0] - 60;
      return left * Math.log(params[0]) - 60 * params[0];
    },
    start: [1],
    argument: "lifetimes",
    expectedDropouts: (params) => 60 * params[0],
  });
}
