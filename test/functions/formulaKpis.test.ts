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

  it("gives #NUM! for negative counts and impossible shares", () => {
    expect(only(purchaseFrequency([[-1]], [[5]]))).toEqual(new CustomFunctionsError("#NUM!"));
    expect(only(repeatRate([[250]], [[200]]))).toEqual(new CustomFunctionsError("#NUM!"));
    expect(only(churnRate([[200]], [[201]]))).toEqual(new CustomFunctionsError("#NUM!"));
    expect(only(clvRetention([[100]], [[1]], [[0.1]]))).toEqual(new CustomFunctionsError("#NUM!"));
    expect(only(clvRetention([[100]], [[0.8]], [[0.1]], [[0]], [[2]]))).toEqual(
      new CustomFunctionsError("#NUM!")
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
