import { isBlankCell } from "../../../src/engine/read/isBlankCell";

describe("isBlankCell", () => {
  it("treats null, undefined and white-space text as blank and everything else as content", () => {
    expect([null, undefined, "", "  \t"].map(isBlankCell)).toEqual([true, true, true, true]);
    expect([0, "0", false, NaN, "x"].map(isBlankCell)).toEqual([false, false, false, false, false]);
  });
});
