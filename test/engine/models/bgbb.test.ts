import { InputError } from "../../../src/engine/inputError";
import {
  bgbbExpectedTransactions,
  bgbbLogLikelihood,
  bgbbProbabilityAlive,
  bgbbTransactionsProbability,
  fitBgbb,
  type BgbbParameters,
} from "../../../src/engine/models/bgbb";
import { readFixture } from "../../fixtures/readFixture";
import { PUBLISHED } from "../../fixtures/published";

const published = PUBLISHED.bgbb_donations;
const publishedParams: BgbbParameters = published.params;

/** donations.csv as columns: frequency, recency, periods, weights. */
function donations(): Float64Array[] {
  const rows = readFixture("donations.csv").trim().split("\n").slice(1);
  const cells = rows.map((row) => row.split(",").map(Number));
  return [0, 1, 2, 3].map((column) => Float64Array.from(cells, (row) => row[column]));
}

const [frequency, recency, periods, weights] = donations();
const donors = weights.reduce((sum, weight) => sum + weight, 0);

describe("fitBgbb on the donations data (Fader, Hardie & Shang 2010)", () => {
  const fit = fitBgbb(frequency, recency, periods, weights);

  it("has the 11,104 donors of the paper", () => {
    expect(donors).toBe(11104);
  });

  it("reproduces α, β, γ, δ to 3 decimals and the log-likelihood −33225.6", () => {
    expect(fit.converged).toBe(true);
    expect(fit.params.alpha).toBeCloseTo(publishedParams.alpha, 3);
    expect(fit.params.beta).toBeCloseTo(publishedParams.beta, 3);
    expect(fit.params.gamma).toBeCloseTo(publishedParams.gamma, 3);
    expect(fit.params.delta).toBeCloseTo(publishedParams.delta, 3);
    expect(fit.logLikelihood).toBeCloseTo(published.log_likelihood, 1);
    expect(Object.values(fit.standardErrors).every((error) => error > 0)).toBe(true);
  });

  it("reproduces P(alive in the next period) 0.11, 0.59, 0.93", () => {
    for (const { x, t_x, n, value } of published.p_alive_next_period) {
      expect(bgbbProbabilityAlive(fit.params, x, t_x, n)).toBeCloseTo(value, 2);
    }
  });

  it("reproduces the donors' expected transactions over the next 5 periods, 12884.2", () => {
    let total = 0;
    for (let row = 0; row < frequency.length; row++) {
      total +=
        weights[row] *
        bgbbExpectedTransactions(fit.params, 5, frequency[row], recency[row], periods[row]);
    }
    expect(total).toBeCloseTo(
      published.weighted_sum_conditional_expected_transactions_next_5_periods,
      1
    );
  });

  it("reproduces the expected donors with 0 and with 6 repeat donations in 6 years", () => {
    const [none, every] = published.expected_customers_with_0_and_6_transactions_in_first_6_periods;
    expect(donors * bgbbTransactionsProbability(fit.params, 0, 6)).toBeCloseTo(none, 1);
    expect(donors * bgbbTransactionsProbability(fit.params, 6, 6)).toBeCloseTo(every, 1);
  });
});

describe("BG/BB quantities at the published parameters (mpmath, 25 digits)", () => {
  it("evaluates the log-likelihood of eq. 5", () => {
    const logLikelihood = bgbbLogLikelihood(publishedParams, frequency, recency, periods, weights);
    expect(logLikelihood).toBeCloseTo(-33225.58175451858, 7);
  });

  it("evaluates P(alive) of eq. 11 and E[X(n, n + n*)] of eq. 13", () => {
    expect(bgbbProbabilityAlive(publishedParams, 0, 0, 6)).toBeCloseTo(0.10801658416867418, 12);
    expect(bgbbProbabilityAlive(publishedParams, 6, 6, 6)).toBeCloseTo(0.9304025423728813, 12);
    expect(bgbbExpectedTransactions(publishedParams, 5, 6, 6, 6)).toBeCloseTo(
      3.7521156075998143,
      11
    );
    expect(bgbbExpectedTransactions(publishedParams, 5, 2, 4, 6)).toBeCloseTo(
      1.0573489419096804,
      11
    );
    expect(bgbbExpectedTransactions(publishedParams, 1, 0, 0, 6)).toBeCloseTo(
      0.0163505113576922,
      12
    );
    expect(bgbbExpectedTransactions(publishedParams, 0, 6, 6, 6)).toBe(0);
  });

  it("gives P(X(n) = x) that sums to 1 over x = 0..n", () => {
    let total = 0;
    for (let x = 0; x <= 6; x++) total += bgbbTransactionsProbability(publishedParams, x, 6);
    expect(total).toBeCloseTo(1, 13);
  });

  it("weights rows like repeated rows", () => {
    const repeated = bgbbLogLikelihood(
      publishedParams,
      Float64Array.of(2, 2, 0),
      Float64Array.of(4, 4, 0),
      Float64Array.of(6, 6, 6)
    );
    const weighted = bgbbLogLikelihood(
      publishedParams,
      Float64Array.of(0, 2),
      Float64Array.of(0, 4),
      Float64Array.of(6, 6),
      Float64Array.of(1, 2)
    );
    expect(weighted).toBeCloseTo(repeated, 12);
  });
});

describe("BG/BB at gamma = 1, where eq. 13's (γ − 1) makes 0 / 0", () => {
  it("gives E[X(n, n + n*)] as mpmath does at gamma = 1 + 1e-30 (60 digits)", () => {
    const atOne = { ...publishedParams, gamma: 1 };
    expect(bgbbExpectedTransactions(atOne, 5, 3, 5, 6)).toBeCloseTo(1.508747195873329, 10);
    expect(bgbbExpectedTransactions(atOne, 5, 6, 6, 6)).toBeCloseTo(3.425404472483502, 10);
  });
});

describe("BG/BB input checks", () => {
  it.each([
    [
      [3],
      [2],
      [6],
      "recency: row 1: is 2, below its frequency (3); must be a whole number from frequency to periods (0 when frequency is 0)",
    ],
    [
      [0],
      [2],
      [6],
      "recency: row 1: is 2, with frequency 0; must be a whole number from frequency to periods (0 when frequency is 0)",
    ],
    [
      [7],
      [7],
      [6],
      "frequency: row 1: is 7, above its periods (6); must be a whole number from 0 to periods",
    ],
    [[1.5], [2], [6], "frequency: row 1: is 1.5; must be a whole number from 0 to periods"],
    [[1], [2], [-1], "periods: row 1: is -1; must be a whole number >= 0"],
    [[1, 2], [2, 3], [6, 5.5], "periods: row 2: is 5.5; must be a whole number >= 0"],
    [
      [1],
      [7],
      [6],
      "recency: row 1: is 7, above its periods (6); must be a whole number from frequency to periods (0 when frequency is 0)",
    ],
  ])("rejects x = %p, t_x = %p, n = %p as #VALUE! %p", (x, tx, n, message) => {
    expect(() =>
      fitBgbb(Float64Array.from(x), Float64Array.from(tx), Float64Array.from(n))
    ).toThrow(expect.objectContaining({ kind: "value", message }));
  });

  it("rejects columns of different lengths and negative weights", () => {
    expect(() => fitBgbb(Float64Array.of(0, 1), Float64Array.of(0), Float64Array.of(6, 6))).toThrow(
      InputError
    );
    expect(() =>
      fitBgbb(Float64Array.of(0), Float64Array.of(0), Float64Array.of(6), Float64Array.of(-1))
    ).toThrow(
      expect.objectContaining({
        kind: "value",
        message: "weights: row 1: is -1; must be a number of customers >= 0",
      })
    );
  });
});
