import { CustomFunctionsError, thrownBy } from "./customFunctionsStub";
import { bgnbdPurchases } from "../../src/functions/bgnbd";
import { mbgnbdPurchases } from "../../src/functions/mbgnbd";
import { nbdPurchases } from "../../src/functions/nbd";
import { pnbdPurchases } from "../../src/functions/paretoNbd";
import { pclv } from "../../src/functions/predictedClv";
import { PUBLISHED } from "../fixtures/published";
import { onlyValue } from "./sheetColumns";
import { fitBgnbd } from "../../src/engine/models/bgnbd";
import { clvIntervals } from "../../src/engine/models/clvIntervals";
import { fitGammaGamma } from "../../src/engine/models/gammaGamma";
import { cdnowHistories, cdnowSpend } from "../engine/models/cdnowHistories";

const published = PUBLISHED;
const bgnbd = published.bgnbd_cdnow.params;
const bgnbdRow = [bgnbd.r, bgnbd.alpha, bgnbd.a, bgnbd.b];
const pnbd = published.pareto_nbd_cdnow.params;
const pnbdRow = [pnbd.r, pnbd.alpha, pnbd.s, pnbd.beta];
const pnbdFourDigits = published.pareto_nbd_cdnow.at_params;
const spendRow = [[6.25, 3.74, 15.44]];
// CDNOW customer 1 (weeks): 2 repeat purchases of 22.35 on average, the last at 30.43 of 38.86.
const customer: [number[][], number[][], number[][], number[][]] = [
  [[2]],
  [[30.43]],
  [[38.86]],
  [[22.35]],
];
const WEEKS_PER_MONTH = 365.25 / 12 / 7;
// Gamma-Gamma (note 025, eq. 5) by hand: (gamma + m x) p / (p x + q − 1)
const spend = ((15.44 + 22.35 * 2) * 6.25) / (6.25 * 2 + 3.74 - 1);

/** Twelve months of spend × each month's expected purchases at 1 % a month, from the cumulative ones. */
function discountedYear(purchases: readonly number[]): number {
  return purchases.reduce(
    (sum, cumulative, month) =>
      sum + (spend * (cumulative - (month > 0 ? purchases[month - 1] : 0))) / 1.01 ** (month + 1),
    0
  );
}

/** The customer's expected purchases by the end of each month 1..months, from a PURCHASES function. */
function cumulativePurchases(
  purchases: typeof bgnbdPurchases,
  params: unknown[][],
  months: number
) {
  const t = [Array.from({ length: months }, (_, month) => (month + 1) * WEEKS_PER_MONTH)];
  const [x, tx, T] = customer;
  return purchases(params, t, x, tx, T)[0] as number[];
}

describe("CX.PCLV", () => {
  it("refuses a horizon or interval out of range with #VALUE! saying what it takes", () => {
    for (const months of [0, 12.5]) {
      expect(pclv([bgnbdRow], spendRow, ...customer, months, 0.01, "W", "BGNBD")).toEqual([
        [
          new CustomFunctionsError(
            "#VALUE!",
            "horizon_months: must be a whole number from 1 to 1200"
          ),
        ],
      ]);
    }
    expect(
      thrownBy(() => pclv([bgnbdRow], spendRow, ...customer, 12, 0.01, "W", "BGNBD", 90))
    ).toEqual(
      new CustomFunctionsError(
        "#VALUE!",
        "interval: must be a probability above 0 and below 1, e.g. 0.9"
      )
    );
  });

  it("passes a failed fit's #N/A in purchase_params or spend_params through as #N/A", () => {
    const failedFit = [
      [{ type: "Error", basicType: "Error", basicValue: "#N/A", errorType: "NotAvailable" }],
    ];
    expect(thrownBy(() => pclv(failedFit, spendRow, ...customer))).toEqual(
      new CustomFunctionsError("#N/A", "purchase_params: the cell holds #N/A")
    );
    expect(
      thrownBy(() => pclv([bgnbdRow], failedFit, ...customer, 12, 0.01, "W", "BGNBD"))
    ).toEqual(new CustomFunctionsError("#N/A", "spend_params: the cell holds #N/A"));
  });

  it("is spend × expected purchases in one month, undiscounted, over a 1-month horizon", () => {
    const [purchases] = cumulativePurchases(bgnbdPurchases, [bgnbdRow], 1);
    expect(spend).toBeCloseTo(24.6637, 4);
    expect(onlyValue(pclv([bgnbdRow], spendRow, ...customer, 1, 0, "W", "BGNBD"))).toBeCloseTo(
      spend * purchases,
      10
    );
  });

  it("discounts each month's purchases to its end: 3 months at 1 % a month", () => {
    const [e1, e2, e3] = cumulativePurchases(bgnbdPurchases, [bgnbdRow], 3);
    const byHand = spend * (e1 / 1.01 + (e2 - e1) / 1.01 ** 2 + (e3 - e2) / 1.01 ** 3);
    expect(onlyValue(pclv([bgnbdRow], spendRow, ...customer, 3, 0.01, "W", "BGNBD"))).toBeCloseTo(
      byHand,
      10
    );
  });

  it("defaults to 12 months at 1 % a month with t in weeks", () => {
    const byHand = discountedYear(cumulativePurchases(bgnbdPurchases, [bgnbdRow], 12));
    expect(
      onlyValue(pclv([bgnbdRow], spendRow, ...customer, null, null, null, "BGNBD"))
    ).toBeCloseTo(byHand, 10);
    expect(onlyValue(pclv([bgnbdRow], spendRow, ...customer, null, "", "w", "bgnbd"))).toBeCloseTo(
      byHand,
      10
    );
  });

  it("gives the same value in days when alpha, recency and T are in days", () => {
    const inDays = [bgnbd.r, bgnbd.alpha * 7, bgnbd.a, bgnbd.b];
    const [x, tx, T, monetary] = customer;
    expect(
      onlyValue(
        pclv(
          [inDays],
          spendRow,
          x,
          [[tx[0][0] * 7]],
          [[T[0][0] * 7]],
          monetary,
          12,
          0.01,
          "D",
          "BGNBD"
        )
      )
    ).toBeCloseTo(onlyValue(pclv([bgnbdRow], spendRow, ...customer, null, null, null, "BGNBD")), 8);
  });

  it("tells a Pareto/NBD row by its labels, and by model without them", () => {
    const [e1] = cumulativePurchases(pnbdPurchases, [pnbdRow], 1);
    const labelled = [
      ["r", "alpha", "s", "beta", "LL"],
      [...pnbdRow, -9595],
    ];
    expect(onlyValue(pclv(labelled, spendRow, ...customer, 1, 0))).toBeCloseTo(spend * e1, 10);
    expect(onlyValue(pclv([pnbdRow], spendRow, ...customer, 1, 0, "W", "pnbd"))).toBeCloseTo(
      spend * e1,
      10
    );
  });

  it("asks for model when an unlabelled row of four could be BG/NBD, MBG/NBD or Pareto/NBD", () => {
    // The Pareto/NBD maximum at four digits: read as BG/NBD it would give 53.97, no error.
    const { r, alpha, s, beta } = pnbdFourDigits;
    const row = [r, alpha, s, beta];
    const message =
      'model: purchase_params has no labels, so say which model fitted it: "BGNBD", "MBGNBD" or "PNBD" (or spill the fit with labels TRUE)';
    for (const unlabelled of [[row], [[...row, -9595]], [bgnbdRow]]) {
      expect(thrownBy(() => pclv(unlabelled, spendRow, ...customer))).toEqual(
        new CustomFunctionsError("#VALUE!", message)
      );
    }
    const byHand = discountedYear(cumulativePurchases(pnbdPurchases, [row], 12));
    const value = onlyValue(pclv([row], spendRow, ...customer, null, null, null, "PNBD"));
    expect(value).toBeCloseTo(byHand, 10);
    expect(value).toBeCloseTo(43.11, 2);
  });

  it("reads an unlabelled row of two, with or without LL, as the NBD's without model", () => {
    const nbdRow = [0.385, 12.072];
    const byHand = discountedYear(cumulativePurchases(nbdPurchases, [nbdRow], 12));
    expect(onlyValue(pclv([nbdRow], spendRow, ...customer))).toBeCloseTo(byHand, 10);
    expect(onlyValue(pclv([[...nbdRow, -9763.7, null]], spendRow, ...customer))).toBeCloseTo(
      byHand,
      10
    );
  });

  it("takes model MBGNBD for a row labelled r, alpha, a, b", () => {
    const [e1] = cumulativePurchases(mbgnbdPurchases, [bgnbdRow], 1);
    const labelled = [["r", "alpha", "a", "b"], bgnbdRow];
    expect(onlyValue(pclv(labelled, spendRow, ...customer, 1, 0, "W", "MBGNBD"))).toBeCloseTo(
      spend * e1,
      10
    );
  });

  it("refuses a model that contradicts the labels, and an unknown model", () => {
    const labelled = [["r", "alpha", "a", "b"], bgnbdRow];
    expect(thrownBy(() => pclv(labelled, spendRow, ...customer, 12, 0.01, "W", "PNBD"))).toEqual(
      new CustomFunctionsError(
        "#VALUE!",
        'model: "PNBD" does not match purchase_params, whose labels are r, alpha, a, b'
      )
    );
    expect(
      thrownBy(() => pclv([bgnbdRow], spendRow, ...customer, 12, 0.01, "W", "GG"))
    ).toMatchObject({
      code: "#VALUE!",
      message: 'model: must be "BGNBD", "MBGNBD", "PNBD" or "NBD"',
    });
  });

  it("names the spend parameters and gives a blank customer row a blank cell", () => {
    expect(
      thrownBy(() => pclv([bgnbdRow], [[6.25, 3.74]], ...customer, 12, 0.01, "W", "BGNBD"))
    ).toMatchObject({
      code: "#VALUE!",
      message: expect.stringMatching(/^spend_params: needs the 3 parameters p, q, gamma/),
    });
    const column = (value: number) => [[value], [null], [value], [""]];
    const values = pclv(
      [bgnbdRow],
      spendRow,
      column(2),
      column(30.43),
      column(38.86),
      column(22.35),
      null,
      null,
      null,
      "BGNBD"
    );
    expect(values).toEqual([values[0], [""], values[0]]);
    expect(values[0][0]).toBeCloseTo(
      onlyValue(pclv([bgnbdRow], spendRow, ...customer, null, null, null, "BGNBD")),
      12
    );
  });
});

describe("CX.PCLV with [interval]", () => {
  const { x, tx, T } = cdnowHistories();
  const { meanSpend } = cdnowSpend();
  const purchaseFit = fitBgnbd({ x, tx, T });
  const spendFit = fitGammaGamma({ x, meanSpend });
  const purchaseRow = [
    ["r", "alpha", "a", "b"],
    ["r", "alpha", "a", "b"].map((s) => purchaseFit.params[s as "r"]),
  ];
  const spendRowFitted = [[spendFit.params.p, spendFit.params.q, spendFit.params.gamma]];
  const column = (values: Float64Array, blankAt?: number) => {
    const cells: unknown[][] = Array.from(values, (value) => [value]);
    if (blankAt !== undefined) cells.splice(blankAt, 0, [null]);
    return cells;
  };

  it("spills low, estimate, high per customer: clvIntervals' numbers, a blank row left blank", () => {
    const cells = pclv(
      purchaseRow,
      spendRowFitted,
      column(x, 1),
      column(tx, 1),
      column(T, 1),
      column(meanSpend, 1),
      12,
      0.01,
      "W",
      null,
      0.9
    );
    const intervals = clvIntervals(
      { model: "bgnbd", fit: purchaseFit },
      spendFit,
      { x, tx, T, meanSpend },
      {
        horizonMonths: 12,
        monthlyDiscountRate: 0.01,
        timeUnit: "W",
        level: 0.9,
      }
    );
    expect(cells).toHaveLength(x.length + 1);
    expect(cells[1]).toEqual(["", "", ""]);
    expect(cells[0]).toEqual([intervals.low[0], intervals.estimate[0], intervals.high[0]]);
    expect(cells[2]).toEqual([intervals.low[1], intervals.estimate[1], intervals.high[1]]);
    // The estimate is CX.PCLV without interval; customer 1: 36.30.
    expect(cells[0][1] as number).toBeCloseTo(
      onlyValue(pclv(purchaseRow, spendRowFitted, ...customer)),
      9
    );
    expect(cells[0][1] as number).toBeCloseTo(36.3, 2);
    expect(cells[0][0] as number).toBeLessThan(36.3);
    expect(cells[0][2] as number).toBeGreaterThan(36.3);
  });

  it("needs the customers the parameters were fitted on, and a level between 0 and 1", () => {
    // One customer's spend cannot measure three Gamma-Gamma parameters: its Hessian is not positive definite.
    expect(
      thrownBy(() => pclv([bgnbdRow], spendRow, ...customer, 12, 0.01, "W", "BGNBD", 0.9))
    ).toMatchObject({
      code: "#N/A",
      message: expect.stringMatching(
        /^monetary: the parameters are not at a best fit to these customers' data/
      ),
    });
    expect(
      thrownBy(() =>
        pclv(
          purchaseRow,
          spendRowFitted,
          column(x),
          column(tx),
          column(T),
          column(meanSpend),
          12,
          0.01,
          "W",
          null,
          1.5
        )
      )
    ).toEqual(
      new CustomFunctionsError(
        "#VALUE!",
        "interval: must be a probability above 0 and below 1, e.g. 0.9"
      )
    );
    const badRecency = column(tx);
    badRecency[3] = ["soon"];
    expect(
      thrownBy(() =>
        pclv(
          purchaseRow,
          spendRowFitted,
          column(x),
          badRecency,
          column(T),
          column(meanSpend),
          12,
          0.01,
          "W",
          null,
          0.9
        )
      )
    ).toMatchObject({ code: "#VALUE!", message: expect.stringMatching(/^recency: row 4: /) });
  });
});
