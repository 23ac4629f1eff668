import { paretoNbdProbabilityOfPurchases } from "../../../src/engine/models/paretoNbdProbabilityOfPurchases";
import { paretoNbdExpectedPurchases } from "../../../src/engine/models/paretoNbd";

describe("paretoNbdProbabilityOfPurchases", () => {
  const cdnow = { r: 0.553, alpha: 10.578, s: 0.606, beta: 11.669 };

  it("is a distribution whose mean is SMC's expected purchases", () => {
    let total = 0;
    let mean = 0;
    for (let n = 0; n < 400; n++) {
      const probability = paretoNbdProbabilityOfPurchases(cdnow, 39, n);
      total += probability;
      mean += n * probability;
    }
    expect(total).toBeCloseTo(1, 6);
    expect(mean).toBeCloseTo(paretoNbdExpectedPurchases(cdnow, 39), 4);
  });

  it("is the NBD when nobody drops out", () => {
    // s tiny: lifetimes are almost surely longer than t, so P(X = 0) = (alpha/(alpha + t))^r.
    const immortal = { r: 0.553, alpha: 10.578, s: 1e-9, beta: 11.669 };
    expect(paretoNbdProbabilityOfPurchases(immortal, 39, 0)).toBeCloseTo(
      Math.pow(10.578 / (10.578 + 39), 0.553),
      6
    );
  });
});
