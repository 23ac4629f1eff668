import { expectedSpend } from "../../src/functions/expectedSpend";

const cdnow = { p: 6.25, q: 3.74, gamma: 15.44 };

describe("expectedSpend", () => {
  it("weighs the customer's mean against the population mean: (gamma + m x) p / (p x + q − 1)", () => {
    expect(expectedSpend(cdnow, 2, 22.35)).toBeCloseTo(((15.44 + 44.7) * 6.25) / 15.24, 12);
    expect(expectedSpend(cdnow, 0, 0)).toBeCloseTo((6.25 * 15.44) / 2.74, 12);
  });

  it("refuses negative inputs and parameters without a finite expectation", () => {
    expect(() => expectedSpend(cdnow, -1, 10)).toThrow("frequency: must not be negative");
    expect(() => expectedSpend(cdnow, 1, -10)).toThrow("monetary: must not be negative");
    expect(() => expectedSpend({ p: 0.1, q: 0.5, gamma: 1 }, 2, 10)).toThrow(
      "params: p × frequency + q must be above 1"
    );
  });
});
