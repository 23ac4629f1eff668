import { CustomFunctionsError } from "./customFunctionsStub";
import { bgnbdExpected } from "../../src/functions/bgnbd";
import { mbgnbdExpected } from "../../src/functions/mbgnbd";
import { nbdExpected, nbdFit, nbdPurchases } from "../../src/functions/nbd";
import { paretoNbdExpected } from "../../src/functions/paretoNbd";
import { pclv } from "../../src/functions/predictedClv";
import { fitNbd } from "../../src/engine/models/nbd";
import { mbgnbdExpectedPurchases } from "../../src/engine/models/mbgnbd";
import { PUBLISHED } from "../fixtures/published";
import { cdnowHistories } from "../engine/models/cdnowHistories";
import { onlyValue, sheetColumn } from "./sheetColumns";

const cdnow = cdnowHistories();

describe("CX.NBD on the CDNOW sample", () => {
  const [labels, fitted] = nbdFit(
    sheetColumn(cdnow.x),
    sheetColumn(cdnow.tx),
    sheetColumn(cdnow.T),
    true
  );
  const direct = fitNbd(cdnow);

  it("spills r, alpha and LL as the engine fits them, below their labels", () => {
    expect(labels).toEqual(["r", "alpha", "LL"]);
    expect(fitted[0]).toBeCloseTo(direct.params.r, 9);
    expect(fitted[1]).toBeCloseTo(direct.params.alpha, 9);
    expect(fitted[2]).toBeCloseTo(direct.logLikelihood, 6);
    // BG/NBD nests the NBD, so the NBD's likelihood is below BG/NBD's −9582.4 on these data.
    expect(fitted[2] as number).toBeLessThan(PUBLISHED.bgnbd_cdnow.log_likelihood);
    // Its maximum by hand: r/alpha is close to the data's repeat purchases per week observed.
    const repeats = cdnow.x.reduce((sum, x) => sum + x, 0);
    const weeks = cdnow.T.reduce((sum, T) => sum + T, 0);
    expect((fitted[0] as number) / (fitted[1] as number)).toBeCloseTo(repeats / weeks, 2);
  });

  it("expects t × (r + x) / (alpha + T) of a customer and r t / alpha of a new one", () => {
    const row = [[0.8, 20]];
    expect(onlyValue(nbdPurchases(row, [[52]], [[3]], [[10]], [[40]]))).toBeCloseTo(
      (52 * 3.8) / 60,
      12
    );
    expect(nbdExpected(row, [[52], [26]])).toEqual([[(0.8 * 52) / 20], [(0.8 * 26) / 20]]);
  });

  it("is a purchase model CX.PCLV reads by its labels", () => {
    const spend = [[6.25, 3.74, 15.44]];
    const value = onlyValue(pclv([labels, fitted], spend, [[2]], [[30.43]], [[38.86]], [[22.35]]));
    expect(value).toBeGreaterThan(0);
    expect(() =>
      pclv([labels, fitted], spend, [[2]], [[30.43]], [[38.86]], [[22.35]], 12, 0.01, "W", "PNBD")
    ).toThrow(expect.objectContaining({ message: expect.stringContaining("model") }));
  });
});

describe("CX.<model>.EXPECTED: a new customer's expected repeat purchases", () => {
  it("BG/NBD gives E[X(t)] of FHL 2005 eq. 7 at the fitted parameters", () => {
    const fit = PUBLISHED.bgnbd_cdnow;
    const { t, value } = fit.unconditional_expected_purchases;
    // The published vector is at the fit's full-precision parameters; 4 decimals in, 5e-4 out.
    const cells = bgnbdExpected(
      [[0.2426, 4.4135, 0.7929, 2.4258]],
      t.map((time) => [time])
    );
    cells.forEach(([expected], index) => {
      expect(Math.abs((expected as number) - value[index])).toBeLessThan(2e-3);
    });
  });

  it("MBG/NBD and Pareto/NBD give their new-customer expectations at the CDNOW estimates", () => {
    const mbgnbd = PUBLISHED.mbgnbd_cdnow.params;
    const pnbd = PUBLISHED.pareto_nbd_cdnow;
    expect(onlyValue(mbgnbdExpected([[mbgnbd.r, mbgnbd.alpha, mbgnbd.a, mbgnbd.b]], [[39]]))).toBe(
      mbgnbdExpectedPurchases(mbgnbd, 39)
    );
    const rows = paretoNbdExpected(
      [[pnbd.at_params.r, pnbd.at_params.alpha, pnbd.at_params.s, pnbd.at_params.beta]],
      [[1], [9]]
    );
    expect(rows[0][0] as number).toBeCloseTo(pnbd.unconditional_expected_purchases.value[1], 2);
    expect(rows[1][0] as number).toBeCloseTo(pnbd.unconditional_expected_purchases.value[9], 2);
  });

  it("refuses a negative t with #VALUE! in its cell", () => {
    expect(nbdExpected([[0.8, 20]], [[-1]])[0][0]).toEqual(
      new CustomFunctionsError("#VALUE!", "t: must not be negative")
    );
  });
});
