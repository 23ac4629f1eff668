import { InputError } from "../../../src/engine/inputError";
import { derl } from "../../../src/engine/models/derl";
import { sbgSurvival } from "../../../src/engine/models/sbg";
import { PUBLISHED } from "../../fixtures/published";

const published = PUBLISHED.derl;
const DISCOUNT_RATE = 0.1;

describe("derl (Fader & Hardie 2010)", () => {
  it("reproduces case 1 (α 3.80, β 15.20) to 2 decimals for n = 1..5", () => {
    const { alpha, beta } = published.case_1;
    published.case_1.derl.forEach((expected: number, index: number) => {
      expect(derl({ alpha, beta }, DISCOUNT_RATE, index)).toBeCloseTo(expected, 2);
    });
  });

  it("reproduces case 2 (α 0.067, β 0.267) within 1 % for n = 1..5", () => {
    const { alpha, beta } = published.case_2;
    published.case_2.derl.forEach((expected: number, index: number) => {
      const value = derl({ alpha, beta }, DISCOUNT_RATE, index);
      expect(Math.abs(value / expected - 1)).toBeLessThan(0.01);
    });
  });

  it("equals the discounted sum of survival probabilities given survival to n − 1", () => {
    // DERL = Σ_{t ≥ n} S(t)/S(n−1) / (1+d)^(t−n): the coming renewal is not discounted
    const params = { alpha: 3.8, beta: 15.2 };
    const renewals = 2;
    let sum = 0;
    for (let t = renewals + 1; t < 2000; t++) {
      sum +=
        sbgSurvival(params, t) /
        sbgSurvival(params, renewals) /
        Math.pow(1 + DISCOUNT_RATE, t - renewals - 1);
    }
    expect(derl(params, DISCOUNT_RATE, renewals)).toBeCloseTo(sum, 10);
  });

  it("rejects a discount rate of 0 or below and negative renewals", () => {
    expect(() => derl({ alpha: 1, beta: 1 }, 0, 0)).toThrow(InputError);
    expect(() => derl({ alpha: 1, beta: 1 }, -0.1, 0)).toThrow(InputError);
    expect(() => derl({ alpha: 1, beta: 1 }, 0.1, -1)).toThrow(InputError);
  });
});
