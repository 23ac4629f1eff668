import { InputError } from "../../../src/engine/inputError";
import { fitByMaximumLikelihood } from "../../../src/engine/models/modelFit";
import { digamma, logGamma } from "../../../src/engine/numerics/logGamma";

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

  it("throws a #N/A InputError instead of returning a failed fit", () => {
    // ln L = ln λ rises forever: no maximum.
    const unbounded = (): unknown =>
      fitByMaximumLikelihood({
        parameterNames: ["lambda"],
        logLikelihood: (params, gradient) => {
          gradient[0] = 1 / params[0];
          return Math.log(params[0]);
        },
        start: [1],
        argument: "frequency",
      });
    expect(unbounded).toThrow(InputError);
    try {
      unbounded();
    } catch (error) {
      expect((error as InputError).argument).toBe("frequency");
      expect((error as InputError).kind).toBe("na");
    }
  });
});
