import { CustomFunctionsError, thrownBy } from "./customFunctionsStub";
import { ggFit, ggSpend } from "../../src/functions/gammaGamma";
import { PUBLISHED } from "../fixtures/published";
import { cdnowSpend } from "../engine/models/cdnowHistories";
import { sheetColumn } from "./sheetColumns";

const published = PUBLISHED.gamma_gamma_cdnow;
const spend = cdnowSpend();
const frequency = sheetColumn(spend.x);
const monetary = sheetColumn(spend.meanSpend);

describe("CX.GG on the CDNOW sample (Fader & Hardie 2013, note 025)", () => {
  const fitRows = ggFit(frequency, monetary, true);

  // The note truncates to 2 decimals (see the engine's test), hence |difference| < 0.01.
  it("fits p, q, gamma within 0.01 on the customers with frequency > 0", () => {
    expect(fitRows[0]).toEqual(["p", "q", "gamma", "LL"]);
    (["p", "q", "gamma"] as const).forEach((symbol, index) =>
      expect(Math.abs((fitRows[1][index] as number) - published.params[symbol])).toBeLessThan(0.01)
    );
  });

  it("gives the first ten customers' published expected spend within 0.01, from the fitted rows", () => {
    const expected = ggSpend(fitRows, frequency.slice(0, 10), monetary.slice(0, 10));
    published.conditional_expected_spend_first_10_customers.forEach((value: number, row: number) =>
      expect(Math.abs((expected[row][0] as number) - value)).toBeLessThan(0.01)
    );
  });

  it("gives #N/A with the reason where the expected spend does not exist (q ≤ 1, no repeat purchases)", () => {
    expect(ggSpend([[6.25, 0.5, 15.44]], [[0], [2]], [[0], [20]])[0][0]).toEqual(
      new CustomFunctionsError(
        "#N/A",
        "params: p × frequency + q must be above 1 for the expected spend to exist"
      )
    );
  });
});

describe("CX.GG.FIT on a bad row", () => {
  it("gives #VALUE! naming the argument and the row within the range, blank rows counted", () => {
    expect(thrownBy(() => ggFit([[2], [null], [3]], [[20], [null], [0]]))).toEqual(
      new CustomFunctionsError(
        "#VALUE!",
        "monetary: row 3: is 0, with frequency 3; must be a mean spend > 0 for a customer with repeat purchases"
      )
    );
    expect(thrownBy(() => ggFit([[2], [-1]], [[20], [5]]))).toEqual(
      new CustomFunctionsError(
        "#VALUE!",
        "frequency: row 2: is -1; must be a number of repeat purchases >= 0"
      )
    );
  });
});
