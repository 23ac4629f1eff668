import {
  requireFinite,
  requireNonNegative,
  requireSameLength,
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
  it("passes 0 and positive numbers, rejects negatives as #NUM!", () => {
    expect(requireNonNegative(0, "x")).toBe(0);
    expect(thrownBy(() => requireNonNegative(-0.01, "x"))).toMatchObject({
      kind: "num",
      reason: "must not be negative",
    });
    expect(thrownBy(() => requireNonNegative(NaN, "x")).kind).toBe("value");
  });
});

describe("requireWholeNumberBetween", () => {
  it("passes whole numbers in range and rejects fractions and outliers as #NUM!", () => {
    expect(requireWholeNumberBetween(2, 2, 10, "bins")).toBe(2);
    expect(requireWholeNumberBetween(10, 2, 10, "bins")).toBe(10);
    for (const bad of [1, 11, 4.5]) {
      expect(thrownBy(() => requireWholeNumberBetween(bad, 2, 10, "bins"))).toMatchObject({
        argument: "bins",
        kind: "num",
      });
    }
    expect(thrownBy(() => requireWholeNumberBetween(NaN, 2, 10, "bins")).kind).toBe("value");
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
