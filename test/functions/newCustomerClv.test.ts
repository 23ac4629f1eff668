import fc from "fast-check";
import { CustomFunctionsError, thrownBy } from "./customFunctionsStub";
import { newClv } from "../../src/functions/newCustomerClv";
import { PUBLISHED } from "../fixtures/published";
import { cdnowHistories, cdnowSpend } from "../engine/models/cdnowHistories";
import { answersLikeExcel, type CustomFunction, oddArgument, oddCell } from "./oddInputs";

const { r, alpha, a, b } = PUBLISHED.bgnbd_cdnow.params;
const bgnbdRow = [r, alpha, a, b];
const { p, q, gamma } = PUBLISHED.gamma_gamma_cdnow.params;
const spendRow = [[p, q, gamma]];
// Gamma-Gamma population mean (note 025, eq. 4): p gamma / (q − 1)
const meanSpend = (p * gamma) / (q - 1);
const WEEKS_PER_MONTH = 365.25 / 12 / 7;

/** Gauss's hypergeometric series 2F1(a, b; c; z), summed until the terms vanish (|z| < 1). */
function gaussSeries(upperA: number, upperB: number, lowerC: number, z: number): number {
  let sum = 1;
  let term = 1;
  for (let n = 0; Math.abs(term) > 1e-17 * sum; n++) {
    term *= (((upperA + n) * (upperB + n)) / ((lowerC + n) * (n + 1))) * z;
    sum += term;
  }
  return sum;
}

/** FHL 2005, eq. 7: a new customer's expected repeat purchases in (0, t] under BG/NBD. */
function bgnbdExpected(t: number): number {
  const z = t / (alpha + t);
  return (
    ((a + b - 1) / (a - 1)) * (1 - (alpha / (alpha + t)) ** r * gaussSeries(r, b, a + b - 1, z))
  );
}

/** Batislam et al. 2007, eq. 9: the same under MBG/NBD. */
function mbgnbdExpected(t: number): number {
  const z = t / (alpha + t);
  return (b / (a - 1)) * (1 - (alpha / (alpha + t)) ** r * gaussSeries(r, b + 1, a + b, z));
}

/** Σ_{m=1..H} (E[X(m)] − E[X(m − 1)]) × spend / (1 + d)^m, t in weeks, by a plain loop. */
function discountedValue(expected: (t: number) => number, months: number, rate: number): number {
  let value = 0;
  for (let month = 1; month <= months; month++) {
    const increment = expected(month * WEEKS_PER_MONTH) - expected((month - 1) * WEEKS_PER_MONTH);
    value += (increment * meanSpend) / (1 + rate) ** month;
  }
  return value;
}

describe("CX.NEWCLV", () => {
  it("checks its own closed form against FHL 2005's E[X(39)] = 1.197 at the CDNOW estimates", () => {
    expect(bgnbdExpected(39)).toBeCloseTo(1.197, 3);
    expect(meanSpend).toBeCloseTo(35.219, 3);
  });

  it("is a new CDNOW customer's 12 months of repeat purchases at 1 % a month by default", () => {
    const byHand = discountedValue(bgnbdExpected, 12, 0.01);
    expect(byHand).toBeCloseTo(48.3685, 4);
    expect(newClv([bgnbdRow], spendRow, null, null, null, "BGNBD")[0][0]).toBeCloseTo(byHand, 10);
    expect(newClv([bgnbdRow], spendRow, null, "", "w", "bgnbd")[0][0]).toBeCloseTo(byHand, 10);
  });

  it("over one month is the mean spend times the purchases expected in the month's 4.35 weeks", () => {
    const purchases = bgnbdExpected(WEEKS_PER_MONTH);
    expect(newClv([bgnbdRow], spendRow, 1, 0, "W", "BGNBD")[0][0]).toBeCloseTo(
      meanSpend * purchases,
      10
    );
    expect(newClv([bgnbdRow], spendRow, 1, 0.01, "W", "BGNBD")[0][0]).toBeCloseTo(
      (meanSpend * purchases) / 1.01,
      10
    );
  });

  it("discounts 36 months at 2 % a month and reads a labelled row with LL", () => {
    const labelled = [
      ["r", "alpha", "a", "b", "LL"],
      [...bgnbdRow, -9582.4],
    ];
    expect(newClv(labelled, spendRow, 36, 0.02)[0][0]).toBeCloseTo(
      discountedValue(bgnbdExpected, 36, 0.02),
      10
    );
  });

  it("with an NBD row is a discounted annuity of r/alpha purchases a week", () => {
    // E[X(t)] = r t / alpha, so each month adds r/alpha × 4.348 weeks.
    const nbd = { r: 0.385, alpha: 12.072 };
    let annuity = 0;
    for (let month = 1; month <= 12; month++) annuity += 1 / 1.01 ** month;
    const byHand = meanSpend * (nbd.r / nbd.alpha) * WEEKS_PER_MONTH * annuity;
    expect(
      newClv(
        [
          ["r", "alpha"],
          [nbd.r, nbd.alpha],
        ],
        spendRow
      )[0][0]
    ).toBeCloseTo(byHand, 10);
    expect(newClv([[nbd.r, nbd.alpha]], spendRow, 12, 0.01, "W", "nbd")[0][0]).toBeCloseTo(
      byHand,
      10
    );
    // Two parameters, with or without LL, can only be the NBD's: no labels or model needed.
    expect(newClv([[nbd.r, nbd.alpha]], spendRow)[0][0]).toBeCloseTo(byHand, 10);
    expect(newClv([[nbd.r, nbd.alpha, -9763.7]], spendRow)[0][0]).toBeCloseTo(byHand, 10);
    expect(byHand).toBeCloseTo(54.97, 2); // the README's example
  });

  it("asks for model when an unlabelled row of four could be BG/NBD, MBG/NBD or Pareto/NBD", () => {
    // The Pareto/NBD maximum at four digits: read as BG/NBD it would give 78.40, no error.
    const fourDigits = PUBLISHED.pareto_nbd_cdnow.at_params;
    const pnbdRow = [fourDigits.r, fourDigits.alpha, fourDigits.s, fourDigits.beta];
    for (const row of [pnbdRow, bgnbdRow, [...bgnbdRow, -9582.4]]) {
      expect(thrownBy(() => newClv([row], spendRow))).toEqual(
        new CustomFunctionsError(
          "#VALUE!",
          'model: purchase_params has no labels, so say which model fitted it: "BGNBD", "MBGNBD" or "PNBD" (or spill the fit with labels TRUE)'
        )
      );
    }
    expect(newClv([pnbdRow], spendRow, 12, 0.01, "W", "PNBD")[0][0]).toBeCloseTo(49.24, 2);
    expect(thrownBy(() => newClv([[...bgnbdRow, -9582.4, 1]], spendRow))).toEqual(
      new CustomFunctionsError(
        "#VALUE!",
        "purchase_params: has 6 cells; give the row from CX.BGNBD.FIT, CX.MBGNBD.FIT or CX.PNBD.FIT (4 parameters) or CX.NBD.FIT (2), optionally followed by LL"
      )
    );
  });

  it("takes model MBGNBD for a row labelled r, alpha, a, b", () => {
    const labelled = [["r", "alpha", "a", "b"], bgnbdRow];
    expect(newClv(labelled, spendRow, 6, 0.01, "W", "MBGNBD")[0][0]).toBeCloseTo(
      discountedValue(mbgnbdExpected, 6, 0.01),
      10
    );
  });

  it("gives the same value in days when alpha is in days", () => {
    const inDays = [r, alpha * 7, a, b];
    expect(newClv([inDays], spendRow, 12, 0.01, "D", "BGNBD")[0][0]).toBeCloseTo(
      newClv([bgnbdRow], spendRow, null, null, null, "BGNBD")[0][0] as number,
      8
    );
  });

  it("throws #N/A with the reason when q ≤ 1, #VALUE! for a horizon or discount rate out of range", () => {
    expect(thrownBy(() => newClv([bgnbdRow], [[p, 1, gamma]], 12, 0.01, "W", "BGNBD"))).toEqual(
      new CustomFunctionsError(
        "#N/A",
        "spend_params: q must be above 1 for the mean spend p·gamma/(q − 1) to exist"
      )
    );
    for (const months of [0, 1201]) {
      expect(thrownBy(() => newClv([bgnbdRow], spendRow, months, 0.01, "W", "BGNBD"))).toEqual(
        new CustomFunctionsError("#VALUE!", "horizon_months: must be a whole number from 1 to 1200")
      );
    }
    expect(thrownBy(() => newClv([bgnbdRow], spendRow, 12, 1, "W", "BGNBD"))).toEqual(
      new CustomFunctionsError(
        "#VALUE!",
        "discount_rate: must be below 1, e.g. 0.01 for 1 % a month"
      )
    );
  });

  it("throws #VALUE! naming the argument for bad parameter rows, settings and models", () => {
    expect(thrownBy(() => newClv([bgnbdRow], [[p, q]], 12, 0.01, "W", "BGNBD"))).toMatchObject({
      code: "#VALUE!",
      message: expect.stringMatching(/^spend_params: needs the 3 parameters p, q, gamma/),
    });
    expect(
      thrownBy(() =>
        newClv(
          [
            ["p", "q", "gamma"],
            [p, q, gamma],
          ],
          spendRow
        )
      )
    ).toEqual(
      new CustomFunctionsError(
        "#VALUE!",
        "purchase_params: has the labels p, q, gamma; give the row from CX.BGNBD.FIT, CX.MBGNBD.FIT, CX.PNBD.FIT or CX.NBD.FIT"
      )
    );
    expect(
      thrownBy(() =>
        newClv(
          [
            ["r", "alpha"],
            [0.385, 12.072],
          ],
          spendRow,
          12,
          0.01,
          "W",
          "PNBD"
        )
      )
    ).toEqual(
      new CustomFunctionsError(
        "#VALUE!",
        'model: "PNBD" does not match purchase_params, whose labels are r, alpha'
      )
    );
    expect(thrownBy(() => newClv([bgnbdRow], spendRow, "a year", 0.01, "W", "BGNBD"))).toEqual(
      new CustomFunctionsError("#VALUE!", 'horizon_months: "a year" is not a number')
    );
    expect(thrownBy(() => newClv([bgnbdRow], spendRow, 12, 0.01, "Y", "BGNBD"))).toEqual(
      new CustomFunctionsError("#VALUE!", 'time_unit: must be "D", "W" or "M"')
    );
  });

  it("with [interval] spills low, estimate and high, measured on the customers given", () => {
    const { x, tx, T } = cdnowHistories();
    const column = (values: Float64Array) => Array.from(values, (value) => [value]);
    const customers = [column(x), column(tx), column(T), column(cdnowSpend().meanSpend)];
    const [[low, estimate, high]] = newClv(
      [bgnbdRow],
      spendRow,
      null,
      null,
      null,
      "BGNBD",
      0.9,
      ...customers
    ) as number[][];
    expect(estimate).toBeCloseTo(
      newClv([bgnbdRow], spendRow, null, null, null, "BGNBD")[0][0] as number,
      12
    );
    expect(low).toBeLessThan(estimate);
    expect(high).toBeGreaterThan(estimate);
    // The published estimates' 90 % interval is some 9 % either side (the engine's test checks
    // its width against the delta method).
    expect(low / estimate).toBeGreaterThan(0.85);
    expect(high / estimate).toBeLessThan(1.15);
    expect(thrownBy(() => newClv([bgnbdRow], spendRow, 12, 0.01, "W", "BGNBD", 0.9))).toEqual(
      new CustomFunctionsError(
        "#VALUE!",
        "frequency: is needed with interval: the customers the parameters were fitted on"
      )
    );
    expect(
      thrownBy(() => newClv([bgnbdRow], spendRow, 12, 0.01, "W", "BGNBD", 2, ...customers))
    ).toEqual(
      new CustomFunctionsError(
        "#VALUE!",
        "interval: must be a probability above 0 and below 1, e.g. 0.9"
      )
    );
  });

  it("returns a finite number or throws an Excel error on random bad input (1,000 calls)", () => {
    const goodOrOdd = (good: unknown[][]) => fc.oneof(fc.constant(good), oddArgument);
    const call = fc.tuple(
      goodOrOdd([bgnbdRow]),
      goodOrOdd(spendRow),
      fc.array(fc.oneof(oddCell, fc.constantFrom(12, 36, 0.01, "W", "d", "NBD", "pnbd")), {
        maxLength: 4,
      })
    );
    fc.assert(
      fc.property(call, ([purchaseParams, spendParams, settings]) =>
        answersLikeExcel(
          () => (newClv as CustomFunction)(purchaseParams, spendParams, ...settings) as unknown[][],
          (cell) => typeof cell === "number" && Number.isFinite(cell)
        )
      ),
      { numRuns: 1_000 }
    );
  });
});
