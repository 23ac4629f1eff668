import fc from "fast-check";
import { CustomFunctionsError } from "./customFunctionsStub";
import {
  clvToCac,
  costPerAcquisition,
  customerAcquisitionCost,
  payback,
  returnOnInvestment,
} from "../../src/functions/acquisitionKpis";
import { aov, purchaseFrequency } from "../../src/functions/orderKpis";
import { clvRetention } from "../../src/functions/retentionClv";
import { churnRate, lifespan, repeatRate, retentionRate } from "../../src/functions/retentionKpis";
import { answersLikeExcel, CustomFunction, oddArgument } from "./oddInputs";

/** Every formula function with a worked example: arguments and the result. */
const examples: [string, CustomFunction<unknown[][]>, number[], number][] = [
  ["CX.AOV", aov, [10000, 200], 50],
  ["CX.PURCHASEFREQ", purchaseFrequency, [200, 80], 2.5],
  ["CX.REPEATRATE", repeatRate, [60, 200], 0.3],
  ["CX.CHURNRATE", churnRate, [200, 50], 0.25],
  ["CX.RETENTIONRATE", retentionRate, [200, 180, 30], 0.75],
  ["CX.LIFESPAN", lifespan, [0.25], 4],
  ["CX.CAC", customerAcquisitionCost, [5000, 40], 125],
  ["CX.CPA", costPerAcquisition, [1200, 48], 25],
  ["CX.ROI", returnOnInvestment, [150, 100], 0.5],
  ["CX.CLVCAC", clvToCac, [900, 300], 3],
  ["CX.PAYBACK", payback, [300, 50], 6],
  ["CX.CLV.RETENTION", clvRetention, [100, 0.8, 0.1], 100 * (0.8 / 0.3)],
];

describe.each(examples)("%s", (_, formula, args, expected) => {
  it(`gives ${expected} for ${args.join(", ")}`, () => {
    const [[value]] = formula(...args.map((arg) => [[arg]]));
    expect(value).toBeCloseTo(expected, 10);
  });

  it("broadcasts a column against single cells, each row on its own", () => {
    const first = [[args[0]], [args[0]], ["abc"]];
    const result = formula(first, ...args.slice(1).map((arg) => [[arg]]));
    expect(result[0][0]).toBeCloseTo(expected, 10);
    expect(result[1][0]).toBeCloseTo(expected, 10);
    expect(result[2][0]).toMatchObject({
      code: "#VALUE!",
      message: expect.stringMatching(/is not a number$/),
    });
  });

  it("never throws anything but an Excel error, and fills cells with numbers or Excel errors", () => {
    fc.assert(
      fc.property(
        fc.array(oddArgument, { minLength: args.length, maxLength: args.length + 2 }),
        (values) =>
          answersLikeExcel(
            () => formula(...values),
            (cell) => typeof cell === "number" && Number.isFinite(cell)
          )
      ),
      { numRuns: 1_000 }
    );
  });
});

describe("formula functions' Excel errors", () => {
  const only = (result: unknown[][]) => result[0][0];

  it("gives #DIV/0! for a zero denominator", () => {
    expect(only(aov([[100]], [[0]]))).toEqual(new CustomFunctionsError("#DIV/0!"));
    expect(only(lifespan([[0]]))).toEqual(new CustomFunctionsError("#DIV/0!"));
    expect(only(retentionRate([[0]], [[5]], [[5]]))).toEqual(new CustomFunctionsError("#DIV/0!"));
    expect(only(payback([[300]], [[0]]))).toEqual(new CustomFunctionsError("#DIV/0!"));
  });

  it("gives #VALUE! with the message for negative counts, impossible shares and rates out of range", () => {
    const valueError = (message: string) => new CustomFunctionsError("#VALUE!", message);
    expect(only(purchaseFrequency([[-1]], [[5]]))).toEqual(
      valueError("orders: must not be negative")
    );
    expect(only(repeatRate([[250]], [[200]]))).toEqual(
      valueError("repeat_customers: must not exceed customers")
    );
    expect(only(churnRate([[200]], [[201]]))).toEqual(
      valueError("customers_lost: must not exceed customers_at_start")
    );
    expect(only(lifespan([[25]]))).toEqual(
      valueError("churn_rate: must be a share from 0 to 1, e.g. 0.2 for 20 %")
    );
    const retentionAsPercent = valueError(
      "retention_rate: must be at least 0 and below 1, e.g. 0.8 for 80 %; a rate of 1 keeps customers for ever"
    );
    expect(only(clvRetention([[100]], [[80]], [[0.1]]))).toEqual(retentionAsPercent);
    expect(only(clvRetention([[100]], [[1]], [[0.1]]))).toEqual(retentionAsPercent);
    expect(only(clvRetention([[100]], [[0.8]], [[0.1]], [[0]], [[2]]))).toEqual(
      valueError("timing: must be 0 (margin at period end) or 1 (at period start)")
    );
  });

  it("gives a blank cell in a range given for an optional argument #VALUE!, not the default", () => {
    expect(clvRetention([[100], [100]], [[0.8]], [[0.1]], [[0], [null]])).toEqual([
      [expect.closeTo(800 / 3, 10)],
      [
        new CustomFunctionsError(
          "#VALUE!",
          "acquisition_cost: the cell is blank; fill every cell of the range, or leave acquisition_cost out for its default"
        ),
      ],
    ]);
    expect(only(clvRetention([[100]], [[0.8]], [[0.1]], [[null]], [[null]]))).toBeCloseTo(
      800 / 3,
      10
    );
  });

  it("gives #VALUE! naming the argument for text and blanks", () => {
    expect(only(customerAcquisitionCost([["lots"]], [[4]]))).toEqual(
      new CustomFunctionsError("#VALUE!", 'acquisition_spend: "lots" is not a number')
    );
    expect(only(returnOnInvestment([[150]], [[null]]))).toEqual(
      new CustomFunctionsError("#VALUE!", "cost: the cell is blank; a number is required")
    );
  });

  it("reads CLV.RETENTION's timing 1 and acquisition cost, numeric text included", () => {
    expect(only(clvRetention([[100]], [["0,8"]], [[0.1]], [[null]], [[1]]))).toBeCloseTo(
      366.6666667,
      6
    );
    expect(only(clvRetention([[100]], [[0.8]], [[0.1]], [[66.67]]))).toBeCloseTo(200, 2);
  });

  it("stops whole-column references at the data", () => {
    const blankTail = Array.from({ length: 1000 }, () => [null]);
    expect(aov([[10000], [900], ...blankTail], [[200], [30], ...blankTail])).toEqual([[50], [30]]);
  });
});

it("never throws anything but an Excel error over 10,000 odd calls across the formula family", () => {
  const call = fc.tuple(
    fc.constantFrom(...examples.map(([, formula]) => formula)),
    fc.array(oddArgument, { minLength: 1, maxLength: 5 })
  );
  fc.assert(
    fc.property(call, ([formula, values]) =>
      answersLikeExcel(
        () => formula(...values),
        (cell) => typeof cell === "number" && Number.isFinite(cell)
      )
    ),
    { numRuns: 10_000 }
  );
});
