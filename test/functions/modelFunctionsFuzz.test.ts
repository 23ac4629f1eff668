import fc from "fast-check";
import "./customFunctionsStub";
import { bgbbFit, bgbbPAlive, bgbbPurchases } from "../../src/functions/bgbb";
import { bgnbdFit, bgnbdPAlive, bgnbdPnPurchases, bgnbdPurchases } from "../../src/functions/bgnbd";
import { ggFit, ggSpend } from "../../src/functions/gammaGamma";
import { mbgnbdFit, mbgnbdPAlive, mbgnbdPurchases } from "../../src/functions/mbgnbd";
import { pnbdFit, pnbdPAlive, pnbdPurchases } from "../../src/functions/paretoNbd";
import { pclv } from "../../src/functions/predictedClv";
import { sbgDerl, sbgFit, sbgRetentionCells, sbgSurvivalCells } from "../../src/functions/sbg";
import { answersLikeExcel, CustomFunction, oddArgument, oddCell } from "./oddInputs";

/** Functions that take a parameter row first, with a good row for each to fuzz the other arguments against. */
const perCustomerFunctions: [CustomFunction, unknown[][]][] = [
  [bgnbdPAlive, [[0.243, 4.414, 0.793, 2.426]]],
  [
    bgnbdPurchases,
    [
      ["r", "alpha", "a", "b", "LL"],
      [0.243, 4.414, 0.793, 2.426, -9582.4],
    ],
  ],
  [bgnbdPnPurchases, [[0.243, 4.414, 0.793, 2.426]]],
  [mbgnbdPAlive, [[0.525, 6.183, 0.891, 1.614]]],
  [mbgnbdPurchases, [[0.525, 6.183, 0.891, 1.614]]],
  [pnbdPAlive, [[0.553, 10.578, 0.606, 11.669]]],
  [pnbdPurchases, [[0.553, 10.578, 0.606, 11.669, -9595]]],
  [ggSpend, [[6.25, 3.74, 15.44]]],
  [bgbbPAlive, [[1.204, 0.75, 0.657, 2.783]]],
  [bgbbPurchases, [[1.204, 0.75, 0.657, 2.783]]],
  [sbgSurvivalCells, [[0.704, 1.182]]],
  [
    sbgRetentionCells,
    [
      ["alpha", "beta"],
      [0.704, 1.182],
    ],
  ],
  [sbgDerl, [[3.8, 15.2]]],
];

const fitFunctions: CustomFunction[] = [bgnbdFit, mbgnbdFit, pnbdFit, ggFit, bgbbFit, sbgFit];

/** A good result cell: a finite number, or the blank of a skipped row. */
const isGoodCell = (cell: unknown) =>
  (typeof cell === "number" && Number.isFinite(cell)) || cell === "";

/** A parameter row that is sometimes right, sometimes nearly right (a bad cell or the wrong width) and sometimes anything. */
function paramsArgument(goodRow: unknown[][]): fc.Arbitrary<unknown> {
  const values = goodRow[goodRow.length - 1];
  return fc.oneof(
    { weight: 4, arbitrary: fc.constant(goodRow) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.nat({ max: values.length - 1 }), oddCell)
        .map(([index, cell]) => [values.map((value, column) => (column === index ? cell : value))]),
    },
    { weight: 1, arbitrary: fc.constant([values.slice(1)]) },
    { weight: 2, arbitrary: oddArgument }
  );
}

describe("the model functions on random bad input", () => {
  it("return numbers, blanks or Excel errors per cell and throw nothing but Excel errors (10,000 calls)", () => {
    const call = fc
      .constantFrom(...perCustomerFunctions)
      .chain(([fn, goodRow]) =>
        fc.tuple(
          fc.constant(fn),
          paramsArgument(goodRow),
          fc.array(oddArgument, { minLength: 1, maxLength: 5 })
        )
      );
    fc.assert(
      fc.property(call, ([fn, params, rest]) =>
        answersLikeExcel(() => fn(params, ...rest), isGoodCell)
      ),
      { numRuns: 10_000 }
    );
  });

  it("CX.PCLV does the same with either parameter row bad (2,000 calls)", () => {
    const purchaseRows = [
      [[0.243, 4.414, 0.793, 2.426]],
      [[0.385, 12.072]],
      [
        ["r", "alpha", "s", "beta"],
        [0.553, 10.578, 0.606, 11.669],
      ],
    ];
    const call = fc.tuple(
      fc.constantFrom(...purchaseRows).chain(paramsArgument),
      paramsArgument([[6.25, 3.74, 15.44]]),
      fc.array(oddArgument, { minLength: 4, maxLength: 4 }),
      fc.array(fc.oneof(oddCell, fc.constantFrom("W", "d", "PNBD", "mbgnbd", 3, 0.01)), {
        maxLength: 4,
      })
    );
    fc.assert(
      fc.property(call, ([purchaseParams, spendParams, customers, settings]) =>
        answersLikeExcel(
          () => (pclv as CustomFunction)(purchaseParams, spendParams, ...customers, ...settings),
          isGoodCell
        )
      ),
      { numRuns: 2_000 }
    );
  });

  it("FIT functions on tiny bad inputs spill one row of numbers or throw an Excel error (1,000 calls)", () => {
    const call = fc.tuple(
      fc.constantFrom(...fitFunctions),
      fc.array(oddArgument, { minLength: 1, maxLength: 5 })
    );
    fc.assert(
      fc.property(call, ([fn, args]) =>
        answersLikeExcel(
          () => fn(...args),
          (cell) => typeof cell === "number" || typeof cell === "string"
        )
      ),
      { numRuns: 1_000 }
    );
  });

  it("FIT functions on tiny columns of equal height, mostly numbers, do the same (400 calls)", () => {
    const cell = fc.oneof(
      { weight: 6, arbitrary: fc.integer({ min: 0, max: 12 }) },
      { weight: 3, arbitrary: fc.double({ min: 0, max: 40, noNaN: true }) },
      { weight: 1, arbitrary: oddCell }
    );
    const columns = fc.integer({ min: 1, max: 8 }).chain((height) =>
      fc.array(fc.array(fc.tuple(cell), { minLength: height, maxLength: height }), {
        minLength: 1,
        maxLength: 4,
      })
    );
    fc.assert(
      fc.property(fc.constantFrom(...fitFunctions), columns, fc.boolean(), (fn, args, labels) =>
        answersLikeExcel(
          () => fn(...args, ...Array(4 - args.length).fill(null), labels),
          (value) =>
            (typeof value === "number" && Number.isFinite(value)) || typeof value === "string"
        )
      ),
      { numRuns: 400 }
    );
  });
});
