import "./customFunctionsStub";
import { bgnbdFit } from "../../src/functions/bgnbd";
import { sbgFit } from "../../src/functions/sbg";
import { summary } from "../../src/functions/summary";
import { isValuePreview, PREVIEW_ROW_LIMIT } from "../../src/functions/valuePreview";
import { cdnowHistories } from "../engine/models/cdnowHistories";
import { sheetColumn } from "./sheetColumns";

// While a formula is typed Excel may evaluate it for a preview; a function that takes long
// should return a stand-in (learn.microsoft.com/office/dev/add-ins/excel/custom-functions-formula-value-preview).
const preview = { isInValuePreview: true } as unknown as CustomFunctions.Invocation;
const calculation = { isInValuePreview: false } as unknown as CustomFunctions.Invocation;

describe("the formula value preview", () => {
  const { x, tx, T } = cdnowHistories();
  const columns = [x, tx, T].map(sheetColumn);

  it("skips a fit of the 2 357 CDNOW customers and says how to calculate it", () => {
    expect(x.length).toBeGreaterThan(PREVIEW_ROW_LIMIT);
    expect(bgnbdFit(columns[0], columns[1], columns[2], true, preview)).toEqual([
      [`Preview skipped for ${x.length} rows: press Enter to calculate`],
    ]);
  });

  it("fits as usual when Excel calculates, or previews a small fit", () => {
    const [labels, fitted] = bgnbdFit(columns[0], columns[1], columns[2], true, calculation);
    expect(labels).toEqual(["r", "alpha", "a", "b", "LL"]);
    expect(fitted[0]).toBeCloseTo(0.243, 3);
    const survivors = sheetColumn([1000, 631, 468, 382, 326, 289, 262, 241]);
    expect(sbgFit(survivors, false, preview)).toEqual(sbgFit(survivors));
  });

  it("skips CX.SUMMARY of a long log, counting the rows above the blank ones at the bottom", () => {
    const rows = PREVIEW_ROW_LIMIT + 1;
    const ids = sheetColumn(Array.from({ length: rows }, (_, row) => `K${row % 50}`));
    const dates = sheetColumn(Array.from({ length: rows }, (_, row) => 45292 + (row % 300)));
    const amounts = sheetColumn(Array.from({ length: rows }, () => 10));
    const blanks = Array.from({ length: 5000 }, () => [null]);
    const [id, date, amount] = [ids, dates, amounts].map((column) => [...column, ...blanks]);
    expect(summary(id, date, amount, null, null, undefined, preview)).toEqual([
      [`Preview skipped for ${rows} rows: press Enter to calculate`],
    ]);
    expect(
      summary(id.slice(1), date.slice(1), amount.slice(1), null, null, undefined, preview)
    ).toEqual(summary(id.slice(1), date.slice(1), amount.slice(1)));
  });

  it("reads isInValuePreview as the docs' boolean or the type package's string", () => {
    expect(isValuePreview({ isInValuePreview: "true" } as CustomFunctions.Invocation)).toBe(true);
    expect(isValuePreview({ isInValuePreview: "false" } as CustomFunctions.Invocation)).toBe(false);
    expect(isValuePreview(undefined)).toBe(false);
  });
});
