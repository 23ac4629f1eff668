import fc from "fast-check";
import { CustomFunctionsError } from "./customFunctionsStub";

/**
 * A custom function called as Excel may call it, with whatever the cells hold rather than what
 * its signature declares. Written as a method type, whose parameters TypeScript checks
 * bivariantly, so that every custom function's own signature fits.
 * @example
 * const call: CustomFunction<unknown[][]> = aov;
 * call("abc", null); // [[#VALUE!]]
 */
export type CustomFunction<Result = unknown> = { call(...values: unknown[]): Result }["call"];

/** Cell values Excel or a careless caller might hand a custom function. */
export const oddCell: fc.Arbitrary<unknown> = fc.oneof(
  fc.double(),
  fc.integer({ min: -10, max: 20 }),
  fc.constantFrom(NaN, Infinity, -Infinity, 0, -0, 1e308, -1e308, Number.MAX_SAFE_INTEGER, 5e-324),
  fc.string({ maxLength: 8 }),
  fc.constantFrom("", " ", "500", "500,5", "-3", "1e999", "abc", "#N/A", "TRUE"),
  fc.boolean(),
  fc.constantFrom(null, undefined),
  fc.constantFrom({}, [], [[1]])
);

/** An argument: usually a range of odd cells (ragged rows included), sometimes a bare value or nothing. */
export const oddArgument: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.array(fc.array(oddCell, { maxLength: 3 }), { maxLength: 4 }) },
  {
    weight: 2,
    arbitrary: fc.array(
      fc.array(fc.integer({ min: -5, max: 50 }), { minLength: 1, maxLength: 1 }),
      { minLength: 1, maxLength: 12 }
    ),
  },
  { weight: 1, arbitrary: oddCell }
);

/**
 * Whether a custom-function call behaved as Excel needs: it threw only a CustomFunctions.Error,
 * or returned rows of cells that are each a good value or a CustomFunctions.Error.
 */
export function answersLikeExcel(
  call: () => unknown,
  isGoodValue: (cell: unknown) => boolean
): boolean {
  let result: unknown;
  try {
    result = call();
  } catch (error) {
    return error instanceof CustomFunctionsError;
  }
  return (
    Array.isArray(result) &&
    result.every(
      (row) =>
        Array.isArray(row) &&
        row.every((cell) => isGoodValue(cell) || cell instanceof CustomFunctionsError)
    )
  );
}
