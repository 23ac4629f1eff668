import { interpretInput } from "./cellInput";

describe("interpretInput: text written through Range.values as Excel reads it", () => {
  it("reads numeric text, booleans and ISO dates in a General cell, and keeps text under @", () => {
    expect(interpretInput("00123", "General")).toEqual({ value: 123 });
    expect(interpretInput("TRUE", "General")).toEqual({ value: true });
    expect(interpretInput("2024-03-01", "General")).toEqual({
      value: 45352,
      impliedFormat: "m/d/yyyy",
    });
    expect(interpretInput("'00123", "General")).toEqual({ value: "00123" });
    expect(interpretInput("00123", "@")).toEqual({ value: "00123" });
  });

  it('takes text starting with "=", "+" or "-" as a formula, a number aside (Range.values)', () => {
    expect(interpretInput("=SUM(1,2)", "General")).toEqual({ formula: "=SUM(1,2)" });
    expect(interpretInput("- none -", "General")).toEqual({ formula: "=- none -" });
    expect(interpretInput("+45", "General")).toEqual({ value: 45 });
    expect(interpretInput("-2.5", "General")).toEqual({ value: -2.5 });
    expect(interpretInput("-", "General")).toEqual({ value: "-" });
    expect(interpretInput("- none -", "@")).toEqual({ value: "- none -" });
  });
});
