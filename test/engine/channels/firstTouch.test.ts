import { firstSpellings, firstTouchValue } from "../../../src/engine/channels/firstTouch";
import { groupByCustomer } from "../../../src/engine/history/customerGroups";

describe("firstTouchValue and firstSpellings", () => {
  it("merges the spellings of one channel under the first one written", () => {
    expect(Array.from(firstSpellings(["Google Ads", "Meta", "google ads ", "META"]))).toEqual([
      0, 1, 0, 1,
    ]);
  });

  it("takes the first row of the first purchase day that names a value, a return too", () => {
    // K0: day 10 blank, day 10 "web" (a return), day 10 "Shop", day 12 "Web"; K1: day 11 blank only.
    const values = ["Web", "web", "Shop"];
    const attribute = Int32Array.of(-1, 1, 2, 0, -1);
    const groups = groupByCustomer(
      Int32Array.of(0, 0, 0, 0, 1),
      Int32Array.of(10, 10, 10, 12, 11),
      Float64Array.of(5, -2, 7, 9, 4),
      2,
      Infinity,
      [attribute]
    );
    const [grouped] = groups.carried;
    const same = firstSpellings(values);
    expect(firstTouchValue(groups, grouped, 0, 10, same)).toBe(0); // "web" is "Web"
    expect(firstTouchValue(groups, grouped, 0, 12, same)).toBe(0);
    expect(firstTouchValue(groups, grouped, 1, 11, same)).toBe(-1);
  });
});
