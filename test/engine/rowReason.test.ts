import { rowReason } from "../../src/engine/rowReason";

describe("rowReason", () => {
  it("puts the 1-based row before the reason, and leaves a reason without a row alone", () => {
    expect(rowReason("is 50, above its T (38)", 1)).toBe("row 2: is 50, above its T (38)");
    expect(rowReason("is 50, above its T (38)", 0)).toBe("row 1: is 50, above its T (38)");
    expect(rowReason("is 50, above its T (38)")).toBe("is 50, above its T (38)");
  });
});
