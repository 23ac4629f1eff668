import { binScores } from "../../../src/engine/rfm/binScores";
import { quantileBreaks } from "../../../src/engine/rfm/quantileBreaks";
import { quantileScores } from "../../../src/engine/rfm/quantileScores";

/** The R rfm package's score of v: 1 + the quantiles q with v ≥ q + 1 ([q + 1, next q + 1)). */
const packageScore = (quantiles: number[]) => (value: number) =>
  1 + quantiles.filter((quantile) => value >= quantile + 1).length;
/** The rule without the shift, bins (q_{i−1}, q_i]: 1 + the quantiles strictly below v. */
const unshiftedScore = (quantiles: number[]) => (value: number) =>
  1 + quantiles.filter((quantile) => value > quantile).length;

const scoresOf = (values: number[], bins: number, reference = values) =>
  Array.from(quantileScores(Float64Array.from(values), Float64Array.from(reference), bins));

describe("quantileScores", () => {
  it("scores whole numbers as R's rfm package when a quantile falls between two (505.4)", () => {
    const days = [506, 100, 1006, 505, 200];
    // By hand: sorted 100, 200, 505, 506, 1006; type-7 positions (5 − 1)·i/5 = 0.8, 1.6, 2.4, 3.2
    // give 100 + 0.8·100 = 180, 200 + 0.6·305 = 383, 505 + 0.4·1 = 505.4, 506 + 0.2·500 = 606.
    const quantiles = [180, 383, 505.4, 606];
    // The package's breaks 181, 384, 506.4, 607 with [lower, upper): 506 < 506.4 stays in bin 3.
    expect(days.map(packageScore(quantiles))).toEqual([3, 1, 5, 3, 2]);
    expect(scoresOf(days, 5)).toEqual([3, 1, 5, 3, 2]);
    // The old rule, (q_{i−1}, q_i] on the unshifted quantiles, put 506 above 505.4: score 4.
    expect(days.map(unshiftedScore(quantiles))).toEqual([4, 1, 5, 3, 2]);
    const values = Float64Array.from(days);
    expect(Array.from(binScores(values, quantileBreaks(values, 5)))).toEqual([4, 1, 5, 3, 2]);
  });

  it("gives tied whole numbers one score and skips a score as the package does", () => {
    const orders = [2, 1, 7, 2, 3];
    // Sorted 1, 2, 2, 3, 7: quantiles 1.8, 2, 2.4, 3.8; breaks 2.8, 3, 3.4, 4.8. 3 clears the
    // first two at once, so no one scores 2; both 2s stay below 2.8.
    const quantiles = [1.8, 2, 2.4, 3.8];
    expect(orders.map(packageScore(quantiles))).toEqual([1, 1, 5, 1, 3]);
    expect(scoresOf(orders, 5)).toEqual([1, 1, 5, 1, 3]);
    expect(orders.map(unshiftedScore(quantiles))).toEqual([2, 1, 5, 2, 4]); // the old rule
  });

  it("agrees with (q_{i−1}, q_i] when every quantile is a whole number", () => {
    const oneToNine = [1, 2, 3, 4, 5, 6, 7, 8, 9]; // quantiles 3, 5, 7 at positions 2, 4, 6
    expect(scoresOf(oneToNine, 4)).toEqual([1, 1, 1, 2, 2, 3, 3, 4, 4]);
    expect(oneToNine.map(unshiftedScore([3, 5, 7]))).toEqual([1, 1, 1, 2, 2, 3, 3, 4, 4]);
  });

  it("keeps fractional data on (q_{i−1}, q_i] without the shift", () => {
    const spend = [1.5, 2, 3, 4, 5]; // quantiles 1.9, 2.6, 3.4, 4.2
    expect(scoresOf(spend, 5)).toEqual([1, 2, 3, 4, 5]);
    expect(spend.map(packageScore([1.9, 2.6, 3.4, 4.2]))).toEqual([1, 1, 2, 3, 4]); // not used
  });

  it("decides on the reference column and scores any value against its package breaks", () => {
    // breaks 181, 384, 506.4, 607 (R's 506.4 is the double nearest 506.4): on a break goes up
    const population = [100, 200, 505, 506, 1006];
    expect(scoresOf([506, 506.39, 506.4, 1e6, 0], 5, population)).toEqual([3, 3, 4, 5, 1]);
    // A fractional population keeps the unshifted rule: 505.4 is then a break itself.
    expect(scoresOf([505.4, 505.5], 5, [100, 200, 505, 506, 1006.5])).toEqual([3, 4]);
  });

  it("reproduces R's floating-point steps, not exact arithmetic", () => {
    // R: probs = seq(0, 1, length.out = 6) has 3·0.2 = 0.6000000000000001, so index = 1 + 3·p =
    // 2.8000000000000003, h = 0.8000000000000003 and (1 − h)·0 + h·5 = 4.000000000000002.
    // The break 5.000000000000002 keeps 5 in bin 3 (exactly, 4 + 1 = 5 would put it in bin 4).
    expect(scoresOf([0, 0, 5, 5], 5)).toEqual([1, 1, 3, 3]);
  });

  it("scores NaN 0 and leaves it out of the breaks and of the whole-number test", () => {
    expect(scoresOf([506, NaN, 100, 1006, 505, 200], 5)).toEqual([3, 0, 1, 5, 3, 2]);
  });
});
