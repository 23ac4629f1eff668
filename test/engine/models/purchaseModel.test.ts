import { PURCHASE_MODELS, type PurchaseModelName } from "../../../src/engine/models/purchaseModel";
import { PUBLISHED } from "../../fixtures/published";

const CDNOW_PARAMS = {
  bgnbd: PUBLISHED.bgnbd_cdnow.params,
  mbgnbd: PUBLISHED.mbgnbd_cdnow.params,
  pnbd: PUBLISHED.pareto_nbd_cdnow.params,
  nbd: { r: 0.5, alpha: 10 }, // no published CDNOW NBD fit: the identities hold at any parameters
};

describe.each(["bgnbd", "mbgnbd", "pnbd", "nbd"] as PurchaseModelName[])(
  "the %s model's verbs agree with each other at the CDNOW estimates",
  (name) => {
    const model = PURCHASE_MODELS[name] as (typeof PURCHASE_MODELS)["bgnbd"];
    const params = CDNOW_PARAMS[name] as (typeof CDNOW_PARAMS)["bgnbd"];

    it.each([1, 39, 78])("P(X(%d) = n) sums to 1 and its mean is E[X(t)]", (t) => {
      let total = 0;
      let mean = 0;
      for (let n = 0; n < 400; n++) {
        const probability = model.probabilityOfPurchases(params, t, n);
        total += probability;
        mean += n * probability;
      }
      expect(total).toBeCloseTo(1, 6);
      expect(mean).toBeCloseTo(model.expectedPurchases(params, t), 4);
    });

    it("expects of a customer just acquired what it expects of x = t_x = T = 0", () => {
      // E[X(t)] is eq. 10 of FHL 2005 at an empty history for BG/NBD; the others are separate closed forms.
      expect(model.expectedPurchases(params, 39)).toBeCloseTo(
        model.conditionalExpectedPurchases(params, 39, 0, 0, 0),
        6
      );
    });
  }
);

test("MBG/NBD lets a customer drop at time 0: P(X(t) = 0) = b/(a + b) · (α/(α + t))^r + a/(a + b)", () => {
  const { r, alpha, a, b } = PUBLISHED.mbgnbd_cdnow.params;
  const t = 39;
  const expected = (b / (a + b)) * (alpha / (alpha + t)) ** r + a / (a + b);
  expect(
    PURCHASE_MODELS.mbgnbd.probabilityOfPurchases(PUBLISHED.mbgnbd_cdnow.params, t, 0)
  ).toBeCloseTo(expected, 12);
});

test("BG/NBD gives FHL 2005's P(X(39) = 0) at the published parameters", () => {
  const published = PUBLISHED.bgnbd_cdnow;
  expect(PURCHASE_MODELS.bgnbd.probabilityOfPurchases(published.params, 39, 0)).toBeCloseTo(
    0.5737864,
    6
  );
});
