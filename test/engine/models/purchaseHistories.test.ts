import {
  purchasePatterns,
  timePerRepeatPurchase,
} from "../../../src/engine/models/purchaseHistories";
import { cdnowHistories } from "./cdnowHistories";

describe("timePerRepeatPurchase", () => {
  it("is the weeks observed per repeat purchase of the CDNOW sample", () => {
    const histories = cdnowHistories();
    const repeats = histories.x.reduce((sum, x) => sum + x, 0);
    const weeks = histories.T.reduce((sum, T) => sum + T, 0);
    // The 2357 customers of cdnow_customers_summary.csv made 2457 repeat purchases.
    expect(repeats).toBe(2457);
    expect(timePerRepeatPurchase(purchasePatterns(histories))).toBeCloseTo(weeks / repeats, 9);
    expect(weeks / repeats).toBeCloseTo(31.38, 2);
  });

  it("counts each pattern by its weight, and is 1 without repeat purchases", () => {
    const patterns = purchasePatterns({
      x: Float64Array.of(2, 0),
      tx: Float64Array.of(5, 0),
      T: Float64Array.of(10, 20),
      weights: Float64Array.of(3, 1),
    });
    expect(timePerRepeatPurchase(patterns)).toBe(50 / 6);
    const none = purchasePatterns({
      x: Float64Array.of(0),
      tx: Float64Array.of(0),
      T: Float64Array.of(8),
    });
    expect(timePerRepeatPurchase(none)).toBe(1);
  });
});
