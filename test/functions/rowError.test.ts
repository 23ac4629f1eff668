import { InputError } from "../../src/engine/inputError";
import { rowError } from "../../src/functions/rowError";

describe("rowError", () => {
  it("puts the 1-based row into an InputError's reason, keeping argument and kind", () => {
    expect(rowError(new InputError("recency_days", "bad", "num"), 4)).toEqual(
      new InputError("recency_days", "row 5: bad", "num")
    );
  });

  it("returns anything else unchanged", () => {
    const error = new TypeError("x");
    expect(rowError(error, 4)).toBe(error);
  });
});
