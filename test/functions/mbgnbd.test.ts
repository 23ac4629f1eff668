import "./customFunctionsStub";
import { mbgnbdFit, mbgnbdPAlive, mbgnbdPurchases } from "../../src/functions/mbgnbd";
import { PUBLISHED } from "../fixtures/published";
import { cdnowHistories } from "../engine/models/cdnowHistories";
import { onlyValue, sheetColumn } from "./sheetColumns";

const published = PUBLISHED.mbgnbd_cdnow.params;
const cdnow = cdnowHistories();

describe("CX.MBGNBD on the CDNOW sample (Batislam et al. 2007, as BTYDplus)", () => {
  const [fitted] = mbgnbdFit(sheetColumn(cdnow.x), sheetColumn(cdnow.tx), sheetColumn(cdnow.T));

  it("fits the published r, alpha, a, b and spills the log-likelihood after them", () => {
    (["r", "alpha", "a", "b"] as const).forEach((symbol, index) =>
      expect(fitted[index]).toBeCloseTo(published[symbol], 3)
    );
    expect(fitted[4]).toBeCloseTo(-9582.1, 0);
  });

  it("gives a customer without repeat purchases P(alive) below 1: 1/(1 + a/b · ((alpha + T)/alpha)^r)", () => {
    const { r, alpha, a, b } = published;
    const row = [[r, alpha, a, b]];
    expect(onlyValue(mbgnbdPAlive(row, [[0]], [[0]], [[38.86]]))).toBeCloseTo(
      1 / (1 + (a / b) * ((alpha + 38.86) / alpha) ** r),
      12
    );
  });

  it("reads the fitted row with its trailing LL for PURCHASES", () => {
    expect(onlyValue(mbgnbdPurchases([fitted], [[39]], [[2]], [[30.43]], [[38.86]]))).toBeCloseTo(
      1.263,
      2
    );
  });
});
