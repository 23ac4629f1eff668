import { PUBLISHED } from "../../fixtures/published";
import { cdnowHistories, cdnowSpend } from "../../engine/models/cdnowHistories";
import { errorCell, stocksCell } from "../double/customFunctionCall";
import { Workbook } from "../double/workbook";
import { setUpBuiltAddin } from "../harness/builtAddin";

jest.setTimeout(60_000);

const open = setUpBuiltAddin();

/** The seeds' worked examples as [aov, purchases per year, years, CLV]. */
const seedExamples = PUBLISHED.formula_clv_seed_examples.cases.map(
  (seed) => [seed.aov, seed.purchases_per_year, seed.years, seed.clv] as const
);

test("CX.CLV gives the seed examples when Excel calls the page's associated function", async () => {
  const session = await open(new Workbook());
  for (const [aov, purchases, years, clv] of seedExamples) {
    const result = await session.invokeCustomFunction("CLV", [
      [[aov]],
      [[purchases]],
      [[years]],
      null,
      null,
      null,
    ]);
    expect(result).toEqual({ value: [[clv]] });
  }
});

test("CX.CLV spills over ranges and gives a bad cell its own #VALUE! with a message", async () => {
  const session = await open(new Workbook());
  const result = await session.invokeCustomFunction("CLV", [
    [[500], [200], ["many"]],
    [[3]],
    [[5]],
    null,
    [[0.1]],
    null,
  ]);
  expect(result).toHaveProperty("value");
  const [first, second, third] = (result as { value: unknown[][] }).value;
  expect(first[0]).toBeCloseTo(
    1500 * (1 / 1.1 + 1 / 1.1 ** 2 + 1 / 1.1 ** 3 + 1 / 1.1 ** 4 + 1 / 1.1 ** 5),
    8
  );
  expect(second[0]).toBeCloseTo(
    600 * (1 / 1.1 + 1 / 1.1 ** 2 + 1 / 1.1 ** 3 + 1 / 1.1 ** 4 + 1 / 1.1 ** 5),
    8
  );
  expect(third[0]).toEqual({
    error: { code: "#VALUE!", message: expect.stringContaining("average_order_value") },
  });
});

test("CX.RFMSCORE spills one score per customer, the most recent customers scoring R = 5", async () => {
  const session = await open(new Workbook());
  const recency = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((value) => [value]);
  const frequency = [10, 9, 8, 7, 6, 5, 4, 3, 2, 1].map((value) => [value]);
  const monetary = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((value) => [value]);
  const result = await session.invokeCustomFunction("RFMSCORE", [
    recency,
    frequency,
    monetary,
    null,
  ]);
  expect(result).toEqual({
    // Quantile breaks 2.8, 4.6, 6.4, 8.2 + 1 (whole numbers, the R rfm package's rule).
    value: [[551], [541], [541], [432], [432], [323], [323], [214], [214], [115]],
  });
});

test("CX.RFMSCORE rejects columns of different heights with a message naming the argument", async () => {
  const session = await open(new Workbook());
  const result = await session.invokeCustomFunction("RFMSCORE", [
    [[1], [2]],
    [[1]],
    [[1], [2]],
    null,
  ]);
  expect(result).toEqual({
    error: { code: "#VALUE!", message: expect.stringContaining("frequency") },
  });
});

test("CX.BGNBD.PURCHASES in the built bundle gives the paper's 1.226 for customer 1", async () => {
  const session = await open(new Workbook());
  const params = [
    ["r", "alpha", "a", "b"],
    [0.243, 4.414, 0.793, 2.426],
  ];
  const result = await session.invokeCustomFunction("BGNBD.PURCHASES", [
    params,
    [[39]],
    [[2]],
    [[30.43]],
    [[38.86]],
  ]);
  expect(result).toHaveProperty("value");
  expect((result as { value: number[][] }).value[0][0]).toBeCloseTo(1.226, 3);
});

/** Values as Excel passes a column: one cell per row. */
const column = (values: ArrayLike<unknown>) => Array.from(values, (value) => [value]);

test("an #N/A or #DIV/0! input cell gives its row an error saying so; other rows compute (allowErrorForDataTypeAny, custom-functions-errors)", async () => {
  const session = await open(new Workbook());
  const result = await session.invokeCustomFunction("CLV", [
    column([500, errorCell("#N/A"), errorCell("#DIV/0!"), 200]),
    [[3]],
    [[5]],
  ]);
  expect(result).toEqual({
    value: [
      [7500],
      [{ error: { code: "#N/A", message: "average_order_value: the cell holds #N/A" } }],
      [{ error: { code: "#VALUE!", message: "average_order_value: the cell holds #DIV/0!" } }],
      [3000],
    ],
  });
  const scores = await session.invokeCustomFunction("RFMSCORE", [
    column([1, 10, 100]),
    column([9, errorCell("#REF!"), 1]),
    column([500, 60, 20]),
    [[2]],
  ]);
  expect(scores).toEqual({
    value: [
      [222],
      [{ error: { code: "#VALUE!", message: "frequency: row 2: the cell holds #REF!" } }],
      [111],
    ],
  });
});

test("a Stocks cell as an amount is refused as a linked data type, not as 'not a number' (custom-functions-data-types-concepts)", async () => {
  const session = await open(new Workbook());
  const result = await session.invokeCustomFunction("CLV", [
    [[stocksCell("Microsoft Corp (XNAS:MSFT)", 415.5)]],
    [[3]],
    [[5]],
  ]);
  expect(result).toEqual({
    value: [
      [
        {
          error: {
            code: "#VALUE!",
            message:
              'average_order_value: "Microsoft Corp (XNAS:MSFT)" is a linked data type (Stocks, Geography…); use a number, e.g. one of its fields such as =A2.Price',
          },
        },
      ],
    ],
  });
});

test("CX.SUMMARY of whole columns is #CALC! in Excel on the web (office-js #4613, #4654); a range with blank rows below works", async () => {
  const session = await open(new Workbook());
  const rows = 1_048_576; // B:B, empty cells passed as null (office-js #4702)
  const filled = 3;
  const ids = Array.from({ length: rows }, (_, row) => [row < filled ? `K${row % 2}` : null]);
  const dates = Array.from({ length: rows }, (_, row) => [row < filled ? 45292 + row : null]);
  const amounts = Array.from({ length: rows }, (_, row) => [row < filled ? 10 * (row + 1) : null]);
  expect(await session.invokeCustomFunction("SUMMARY", [ids, dates, amounts])).toEqual({
    error: { code: "#CALC!", message: "" },
  });
  const bounded = (cells: unknown[][]) => cells.slice(0, 1000);
  const summary = await session.invokeCustomFunction("SUMMARY", [
    bounded(ids),
    bounded(dates),
    bounded(amounts),
    null,
    "D",
  ]);
  expect(summary).toHaveProperty("value");
  const [header, first, second] = (summary as { value: unknown[][] }).value;
  expect([header[0], header[1], header[2]]).toEqual(["customer", "orders", "revenue"]);
  expect([first.slice(0, 3), second.slice(0, 3)]).toEqual([
    ["K0", 2, 40],
    ["K1", 1, 20],
  ]);
});

test("CX.BGNBD.FIT skips the formula value preview of 2 357 customers and fits on Enter (custom-functions-formula-value-preview)", async () => {
  const session = await open(new Workbook());
  const { x, tx, T } = cdnowHistories();
  const args = [column(x), column(tx), column(T), true];
  expect(await session.invokeCustomFunction("BGNBD.FIT", args, { isInValuePreview: true })).toEqual(
    {
      value: [["Preview skipped for 2357 rows: press Enter to calculate"]],
    }
  );
  const fitted = await session.invokeCustomFunction("BGNBD.FIT", args);
  expect(fitted).toHaveProperty("value");
  const [labels, values] = (fitted as { value: unknown[][] }).value;
  expect(labels).toEqual(["r", "alpha", "a", "b", "LL"]);
  expect(values[0]).toBeCloseTo(PUBLISHED.bgnbd_cdnow.params.r, 3);
});

test("CX.NEWCLV's interval takes the customers as ranges, as Excel passes them, not one cell a call", async () => {
  const session = await open(new Workbook());
  const { r, alpha, a, b } = PUBLISHED.bgnbd_cdnow.params;
  const { p, q, gamma } = PUBLISHED.gamma_gamma_cdnow.params;
  const { x, tx, T } = cdnowHistories();
  const customers = [column(x), column(tx), column(T), column(cdnowSpend().meanSpend)];
  const params = [[[r, alpha, a, b]], [[p, q, gamma]], null, null, null, "BGNBD"];
  const estimate = await session.invokeCustomFunction("NEWCLV", params);
  const interval = await session.invokeCustomFunction("NEWCLV", [...params, [[0.9]], ...customers]);
  const [[value]] = (estimate as { value: number[][] }).value;
  const [[low, middle, high]] = (interval as { value: number[][] }).value;
  expect(middle).toBeCloseTo(value, 12);
  // The published estimates' 90 % interval is some 9 % either side of 48.37.
  expect(value).toBeCloseTo(48.37, 2);
  expect(low / middle).toBeGreaterThan(0.85);
  expect(low).toBeLessThan(middle);
  expect(high).toBeGreaterThan(middle);
  expect(high / middle).toBeLessThan(1.15);
});
