import { isOmitted } from "../../src/functions/isOmitted";

describe("isOmitted", () => {
  it("is true for null, undefined and a single blank cell", () => {
    expect([null, undefined, [[null]], [[""]], ""].map(isOmitted)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
  });

  it("is false for a value or a range", () => {
    expect([[[5]], 0, [[null], [null]], [[null, null]]].map(isOmitted)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
});
