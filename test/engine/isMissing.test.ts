import { isMissing } from "../../src/engine/isMissing";

describe("isMissing", () => {
  it("is true for NaN only", () => {
    expect([NaN, 0, -0, Infinity, -Infinity, 1e-300].map(isMissing)).toEqual([
      true,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});
