import { CustomFunctionsError, thrownBy } from "./customFunctionsStub";
import { pnbdFit, pnbdPAlive, pnbdPurchases } from "../../src/functions/paretoNbd";
import { PUBLISHED } from "../fixtures/published";
import { cdnowHistories } from "../engine/models/cdnowHistories";
import { steadyCustomerHistories } from "../engine/models/steadyCustomerHistories";
import { onlyValue, sheetColumn } from "./sheetColumns";

const published = PUBLISHED.pareto_nbd_cdnow;
const { r, alpha, s, beta } = published.at_params;
const atParams = [[r, alpha, s, beta]];
const cdnow = cdnowHistories();

describe("CX.PNBD on the CDNOW sample (Schmittlein, Morrison & Colombo 1987)", () => {
  const [labels, fitted] = pnbdFit(
    sheetColumn(cdnow.x),
    sheetColumn(cdnow.tx),
    sheetColumn(cdnow.T),
    true
  );

  it("fits the published r, alpha, s and the log-likelihood; beta within 0.002", () => {
    expect(labels).toEqual(["r", "alpha", "s", "beta", "LL"]);
    expect(fitted[0]).toBeCloseTo(published.params.r, 3);
    expect(fitted[1]).toBeCloseTo(published.params.alpha, 3);
    expect(fitted[2]).toBeCloseTo(published.params.s, 3);
    // The maximum is at beta = 11.6679 (as the engine's test explains); the paper prints 11.669.
    expect(Math.abs((fitted[3] as number) - published.params.beta)).toBeLessThan(2e-3);
    expect(fitted[4]).toBeCloseTo(published.log_likelihood, 1);
  });

  it("gives the published P(alive) 0.9979 and 25.46 expected purchases in 52 weeks at at_params", () => {
    for (const { x, t_x, T, value } of published.p_alive) {
      expect(onlyValue(pnbdPAlive(atParams, [[x]], [[t_x]], [[T]]))).toBeCloseTo(value, 4);
    }
    for (const { t, x, t_x, T, value } of published.conditional_expected_purchases) {
      const expected = onlyValue(pnbdPurchases(atParams, [[t]], [[x]], [[t_x]], [[T]]));
      expect(Math.abs(expected - value)).toBeLessThan(0.01);
    }
  });

  it("refuses a BG/NBD row: its labels name other parameters", () => {
    expect(
      thrownBy(() =>
        pnbdPAlive(
          [
            ["r", "alpha", "a", "b"],
            [0.243, 4.414, 0.793, 2.426],
          ],
          [[1]],
          [[1]],
          [[2]]
        )
      )
    ).toEqual(
      new CustomFunctionsError(
        "#VALUE!",
        "params: has the labels r, alpha, a, b; this function needs the parameters r, alpha, s, beta"
      )
    );
  });
});

describe("CX.PNBD.FIT where no customer leaves (the bench's synthetic log)", () => {
  it("is #N/A saying every customer looks alive", () => {
    const steady = steadyCustomerHistories(2000);
    const error = thrownBy(() =>
      pnbdFit(sheetColumn(steady.x), sheetColumn(steady.tx), sheetColumn(steady.T))
    ) as CustomFunctionsError;
    expect(error.code).toBe("#N/A");
    expect(error.message).toMatch(/^frequency: the data show almost no customers leaving/);
    expect(error.message).toContain("every customer looks alive");
  });
});
