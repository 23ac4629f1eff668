import { CustomFunctionsError, thrownBy } from "./customFunctionsStub";
import { bgbbFit, bgbbPAlive, bgbbPurchases } from "../../src/functions/bgbb";
import { PUBLISHED } from "../fixtures/published";
import { csvSheetColumns } from "./sheetColumns";

const published = PUBLISHED.bgbb_donations;
const [frequency, recency, periods, weights] = csvSheetColumns("donations.csv");

describe("CX.BGBB on the donations data (Fader, Hardie & Shang 2010)", () => {
  const [fitted] = bgbbFit(frequency, recency, periods, weights);
  const params = [fitted];

  it("fits alpha, beta, gamma, delta to 3 decimals and the log-likelihood −33225.6", () => {
    (["alpha", "beta", "gamma", "delta"] as const).forEach((symbol, index) =>
      expect(fitted[index]).toBeCloseTo(published.params[symbol], 3)
    );
    expect(fitted[4]).toBeCloseTo(published.log_likelihood, 1);
  });

  it("gives P(alive in the next period) 0.11, 0.59, 0.93 over a column of donors", () => {
    const histories = published.p_alive_next_period;
    const column = (key: string) =>
      histories.map((history: Record<string, number>) => [history[key]]);
    const alive = bgbbPAlive(params, column("x"), column("t_x"), column("n"));
    histories.forEach(({ value }: { value: number }, row: number) =>
      expect(alive[row][0]).toBeCloseTo(value, 2)
    );
  });

  it("sums weights × expected transactions in the next 5 periods to 12884.2", () => {
    const expected = bgbbPurchases(params, [[5]], frequency, recency, periods);
    const total = expected.reduce(
      (sum, [value], row) => sum + (value as number) * (weights[row][0] as number),
      0
    );
    expect(total).toBeCloseTo(
      published.weighted_sum_conditional_expected_transactions_next_5_periods,
      1
    );
  });

  it("fits the same without weights on one row per donor", () => {
    const perDonor = (column: unknown[][]) =>
      column.flatMap((cells, row) => Array(weights[row][0] as number).fill(cells));
    const [unweighted] = bgbbFit(perDonor(frequency), perDonor(recency), perDonor(periods));
    unweighted.forEach((value, index) => expect(value).toBeCloseTo(fitted[index] as number, 5));
  });

  it("gives an impossible history (frequency above recency) #VALUE! saying why", () => {
    expect(bgbbPAlive(params, [[3]], [[2]], [[6]])[0][0]).toEqual(
      new CustomFunctionsError(
        "#VALUE!",
        "recency: is 2, below its frequency (3); must be a whole number from frequency to periods (0 when frequency is 0)"
      )
    );
  });
});

describe("CX.BGBB.FIT on a bad row", () => {
  it("gives #VALUE! naming the argument and the row within the range, blank rows counted", () => {
    expect(thrownBy(() => bgbbFit([[1], [7]], [[2], [7]], [[6], [6]]))).toEqual(
      new CustomFunctionsError(
        "#VALUE!",
        "frequency: row 2: is 7, above its periods (6); must be a whole number from 0 to periods"
      )
    );
    expect(
      thrownBy(() => bgbbFit([[1], [null], [2]], [[2], [null], [3]], [[6], [null], [5.5]]))
    ).toEqual(
      new CustomFunctionsError("#VALUE!", "periods: row 3: is 5.5; must be a whole number >= 0")
    );
    expect(
      thrownBy(() =>
        bgbbFit([[1], [null], [2]], [[2], [null], [3]], [[6], [null], [6]], [[10], [null], [-3]])
      )
    ).toEqual(
      new CustomFunctionsError(
        "#VALUE!",
        "weights: row 3: is -3; must be a number of customers >= 0"
      )
    );
  });
});
