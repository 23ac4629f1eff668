import { PUBLISHED } from "../../fixtures/published";
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
