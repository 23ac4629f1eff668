/**
 * Rows above which CX.SUMMARY and the FIT functions skip Excel's formula value preview, in which
 * Excel evaluates a formula while it is being typed; the docs suggest a stand-in value for
 * functions that take long to calculate (custom-functions-formula-value-preview).
 */
export const PREVIEW_ROW_LIMIT = 2000;

/** Thrown by a calculation that the preview skips; the function's body answers with previewPlaceholder. */
export class PreviewSkipped extends Error {
  constructor(readonly rows: number) {
    super(`preview skipped for ${rows} rows`);
    this.name = "PreviewSkipped";
  }
}

/**
 * Whether Excel calls the function only for the formula value preview (CustomFunctionsRuntime
 * 1.5; undefined before). The docs give isInValuePreview as a boolean and the type package
 * declares it a string, so both spellings of true count.
 *
 * @example
 * isValuePreview({ isInValuePreview: true } as CustomFunctions.Invocation); // true
 * isValuePreview(undefined); // false
 */
export function isValuePreview(invocation: CustomFunctions.Invocation | undefined): boolean {
  const flag: unknown = invocation?.isInValuePreview;
  return flag === true || flag === "true";
}

/**
 * Throws PreviewSkipped when Excel only previews the formula and it has more than
 * PREVIEW_ROW_LIMIT rows, so a fit or summary of thousands of rows does not run on every keystroke.
 *
 * @example
 * skipLargePreview({ isInValuePreview: true } as CustomFunctions.Invocation, 5000); // throws PreviewSkipped
 * skipLargePreview({ isInValuePreview: true } as CustomFunctions.Invocation, 50); // returns
 */
export function skipLargePreview(
  invocation: CustomFunctions.Invocation | undefined,
  rows: number
): void {
  if (rows > PREVIEW_ROW_LIMIT && isValuePreview(invocation)) throw new PreviewSkipped(rows);
}

/**
 * What a skipped preview shows: one cell saying the formula calculates on Enter.
 *
 * @example
 * previewPlaceholder(new PreviewSkipped(5000)); // [["Preview skipped for 5000 rows: press Enter to calculate"]]
 */
export function previewPlaceholder(skipped: PreviewSkipped): unknown[][] {
  return [[`Preview skipped for ${skipped.rows} rows: press Enter to calculate`]];
}
