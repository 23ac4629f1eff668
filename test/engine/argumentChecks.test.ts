import {
  outOfRange,
  requireFinite,
  requireNonNegative,
  requireSameLength,
  requireShare,
  requireWeight,
  requireWholeNumberBetween,
} from "../../src/engine/argumentChecks";
import { InputError } from "../../src/engine/inputError";

/** The InputError a call throws, so a test can look at its fields. */
function thrownBy(call: () => unknown): InputError {
  try {
    call();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error("expected an InputError");
}

describe("requireFinite", () => {
  it("passes finite numbers and rejects NaN and infinities as #VALUE!", () => {
    expect(requireFinite(-2.5, "x")).toBe(-2.5);
    for (const bad of [NaN, Infinity, -Infinity]) {
      expect(thrownBy(() => requireFinite(bad, "x"))).toMatchObject({
        argument: "x",
        kind: "value",
      });
    }
  });
});

describe("requireNonNegative", () => {
  it("passes 0 and positive numbers, rejects negatives as #VALUE!", () => {
    expect(requireNonNegative(0, "x")).toBe(0);
    expect(thrownBy(() => requireNonNegative(-0.01, "x"))).toMatchObject({
      kind: "value",
      reason: "must not be negative",
    });
    expect(thrownBy(() => requireNonNegative(NaN, "x")).reason).toBe("must be a number");
  });
});

describe("requireWholeNumberBetween", () => {
  it("passes whole numbers in range and rejects fractions and outliers as #VALUE!", () => {
    expect(requireWholeNumberBetween(2, 2, 10, "bins")).toBe(2);
    expect(requireWholeNumberBetween(10, 2, 10, "bins")).toBe(10);
    for (const bad of [1, 11, 4.5]) {
      expect(thrownBy(() => requireWholeNumberBetween(bad, 2, 10, "bins"))).toMatchObject({
        argument: "bins",
        kind: "value",
        message: "bins: must be a whole number from 2 to 10",
      });
    }
    expect(thrownBy(() => requireWholeNumberBetween(NaN, 2, 10, "bins")).reason).toBe(
      "must be a number"
    );
  });
});

describe("requireShare", () => {
  it("passes 0 to 1 and rejects a percentage typed as a whole number with an example", () => {
    expect(requireShare(0.4, "gross_margin")).toBe(0.4);
    expect(thrownBy(() => requireShare(40, "gross_margin"))).toMatchObject({
      kind: "value",
      message: "gross_margin: must be a share from 0 to 1, e.g. 0.4 for 40 %",
    });
  });
});

describe("requireFinite with a row", () => {
  it("puts the 1-based row before the reason", () => {
    expect(thrownBy(() => requireFinite(NaN, "recency", 4)).message).toBe(
      "recency: row 5: must be a number"
    );
  });
});

describe("outOfRange", () => {
  it("says the value, how it fails against another and what the argument takes, by row", () => {
    const error = outOfRange("recency", 50, "from 0 to T", { against: "above its T (38)", row: 1 });
    expect(error).toMatchObject({
      argument: "recency",
      kind: "value",
      message: "recency: row 2: is 50, above its T (38); must be from 0 to T",
    });
    expect(outOfRange("periods", 2.5, "a whole number >= 0").message).toBe(
      "periods: is 2.5; must be a whole number >= 0"
    );
  });
});

describe("requireWeight", () => {
  it("passes counts of customers >= 0 and names the row of a negative or missing one", () => {
    expect(() => requireWeight(0, 0)).not.toThrow();
    expect(() => requireWeight(12.5, 0)).not.toThrow();
    expect(thrownBy(() => requireWeight(-1, 4)).message).toBe(
      "weights: row 5: is -1; must be a number of customers >= 0"
    );
    expect(thrownBy(() => requireWeight(NaN, 4)).message).toBe("weights: row 5: must be a number");
  });
});

describe("requireSameLength", () => {
  it("names the argument whose length differs", () => {
    expect(() => requireSameLength(3, 3, "frequency", "recency_days")).not.toThrow();
    const error = thrownBy(() => requireSameLength(9, 10, "frequency", "recency_days"));
    expect(error).toMatchObject({ argument: "frequency", kind: "value" });
    expect(error.reason).toContain("recency_days has 10");
  });
});
