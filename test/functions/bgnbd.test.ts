import { CustomFunctionsError, thrownBy } from "./customFunctionsStub";
import { bgnbdFit, bgnbdPAlive, bgnbdPnPurchases, bgnbdPurchases } from "../../src/functions/bgnbd";
import { PUBLISHED } from "../fixtures/published";
import { cdnowHistories } from "../engine/models/cdnowHistories";
import { onlyValue, sheetColumn } from "./sheetColumns";

const published = PUBLISHED.bgnbd_cdnow;
const paper = published.params;
const paperRow = [[paper.r, paper.alpha, paper.a, paper.b]];
const cdnow = cdnowHistories();
const [frequency, recency, T] = [cdnow.x, cdnow.tx, cdnow.T].map(sheetColumn);

describe("CX.BGNBD.FIT on the CDNOW sample (Fader, Hardie & Lee 2005)", () => {
  const [labels, fitted] = bgnbdFit(frequency, recency, T, true);

  it("spills the labels and r, alpha, a, b, LL at the published values", () => {
    expect(labels).toEqual(["r", "alpha", "a", "b", "LL"]);
    (["r", "alpha", "a", "b"] as const).forEach((symbol, index) =>
      expect(fitted[index]).toBeCloseTo(paper[symbol], 3)
    );
    expect(fitted[4]).toBeCloseTo(published.log_likelihood, 1);
  });

  it("spills the value row alone without labels, and the same fit from whole columns with blank rows", () => {
    const whole = (column: unknown[][]) => [
      [null],
      ...column.slice(0, 100),
      [""],
      ...column.slice(100),
      ...Array(5000).fill([null]),
    ];
    const [row] = bgnbdFit(whole(frequency), whole(recency), whole(T), false);
    expect(row).toHaveLength(5);
    row.forEach((value, index) => expect(value).toBeCloseTo(fitted[index] as number, 6));
  });

  it("predicts 1.226 purchases in the next 39 weeks for customer 1, from the fitted row with labels", () => {
    for (const { t, x, t_x, T: age, value } of published.conditional_expected_purchases) {
      expect(
        onlyValue(bgnbdPurchases([labels, fitted], [[t]], [[x]], [[t_x]], [[age]]))
      ).toBeCloseTo(value, 3);
    }
  });

  it("takes parameters typed as round numbers: a = 1 gives a value, not #NUM! (mpmath: 1.10214)", () => {
    const atOne = [[0.243, 4.414, 1, 2.426]];
    expect(onlyValue(bgnbdPurchases(atOne, [[39]], [[2]], [[30.43]], [[38.86]]))).toBeCloseTo(
      1.1021367860399558,
      10
    );
  });

  it("gives P(alive) 1 to customers without repeat purchases and below 1 after a long silence", () => {
    const alive = bgnbdPAlive(paperRow, [[0], [2]], [[0], [30.43]], [[38.86]]);
    expect(alive[0][0]).toBe(1);
    expect(alive[1][0]).toBeCloseTo(0.7266, 4);
  });

  it("names the argument of a fit that fails and says what to check", () => {
    // No repeat purchases at all: the purchase rate runs to 0 and there is no maximum.
    const error = thrownBy(() =>
      bgnbdFit([[0], [0]], [[0], [0]], [[10], [10]])
    ) as CustomFunctionsError;
    expect(error.code).toBe("#N/A");
    expect(error.message).toMatch(
      /^frequency: the model .*check that frequency, recency and T are in the same time unit/
    );
  });

  it("says so when no customer seems to leave", () => {
    // Everyone buys again at the very end: the dropout probability runs to 0.
    const error = thrownBy(() =>
      bgnbdFit([[5], [5]], [[10], [10]], [[10], [10]])
    ) as CustomFunctionsError;
    expect(error.code).toBe("#N/A");
    expect(error.message).toMatch(/^frequency: the data show almost no customers leaving/);
    expect(error.message).toContain("every customer looks alive");
  });

  it("names the row of a bad customer in a fit", () => {
    // The blank row is skipped, but the message counts rows as Excel does within the range.
    const error = thrownBy(() =>
      bgnbdFit([[1], [null], [2]], [[1], [null], [9]], [[5], [null], [5]])
    );
    expect(error).toEqual(
      new CustomFunctionsError(
        "#VALUE!",
        "recency: row 3: is 9, above its T (5); must be from 0 to T, in the time unit of T"
      )
    );
    // The audit's case: recency 50 (days, say) above T 38 (weeks) in row 2.
    expect(thrownBy(() => bgnbdFit([[2], [1]], [[30], [50]], [[38], [38]]))).toEqual(
      new CustomFunctionsError(
        "#VALUE!",
        "recency: row 2: is 50, above its T (38); must be from 0 to T, in the time unit of T"
      )
    );
    expect(thrownBy(() => bgnbdFit([[2], [-1]], [[30], [0]], [[38], [38]]))).toEqual(
      new CustomFunctionsError(
        "#VALUE!",
        "frequency: row 2: is -1; must be a number of repeat purchases >= 0"
      )
    );
    expect(thrownBy(() => bgnbdFit([[1], ["x"]], [[1], [1]], [[5], [5]]))).toEqual(
      new CustomFunctionsError("#VALUE!", 'frequency: row 2: "x" is not a number')
    );
  });
});

describe("CX.BGNBD.PNPURCHASES at the published parameters", () => {
  it("gives the published P(X(t) = n), broadcasting n over a column", () => {
    for (const { t, n, value } of published.probability_of_n_purchases_at_published_params) {
      const counts: number[] = Array.isArray(n) ? n : [n];
      const values: number[] = Array.isArray(value) ? value : [value];
      const result = bgnbdPnPurchases(paperRow, sheetColumn(counts), [[t]]);
      result.forEach(([probability], index) =>
        expect((probability as number) / values[index]).toBeCloseTo(1, 5)
      );
    }
  });

  it("broadcasts a column of n against a row of t", () => {
    const result = bgnbdPnPurchases(paperRow, [[0], [10]], [[39, 2]]);
    expect(result[0][0]).toBeCloseTo(0.5737864, 7);
    expect((result[1][1] as number) / 1.07869e-7).toBeCloseTo(1, 5);
  });

  it("refuses a fractional n, a negative t and a params row with a zero", () => {
    const [[fractional, negative]] = bgnbdPnPurchases(paperRow, [[1.5, 1]], [[39, -1]]);
    expect(fractional).toEqual(
      new CustomFunctionsError("#VALUE!", "n: must be a whole number from 0 to 10000")
    );
    expect(negative).toEqual(new CustomFunctionsError("#VALUE!", "t: must be a time > 0"));
    expect(thrownBy(() => bgnbdPnPurchases([[0.243, 0, 0.793, 2.426]], [[1]], [[39]]))).toEqual(
      new CustomFunctionsError("#VALUE!", "params: alpha must be a number > 0")
    );
  });
});
