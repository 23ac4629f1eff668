import {
  amountDecimalSeparator,
  readAmount,
  readNumber,
} from "../../../src/engine/read/readNumber";

describe("readNumber", () => {
  it.each([
    [500, 500],
    [-0.25, -0.25],
    ["500", 500],
    [" 500,5 ", 500.5],
    ["500.5", 500.5],
    ["-3", -3],
    [",5", 0.5],
    ["1e3", 1000],
  ])("reads %p as %p", (cell, expected) => {
    expect(readNumber(cell)).toBe(expected);
  });

  it.each([
    ["abc"],
    [""],
    ["1.234,5"],
    ["12 kr"],
    [true],
    [false],
    [null],
    [undefined],
    [NaN],
    [Infinity],
    [{}],
    ["1e999"],
  ])("reads %p as NaN", (cell) => {
    expect(readNumber(cell)).toBeNaN();
  });
});

describe("readAmount", () => {
  it.each([
    ["1.234,56", 1234.56],
    ["1,234.56", 1234.56],
    ["1 234,56", 1234.56],
    ["1\u00a0234,56", 1234.56],
    ["kr 1.234,50", 1234.5],
    ["€ 12,00", 12],
    ["12,00 €", 12],
    ["-12,- DKK", -12],
    ["1.234.567", 1234567],
    ["1'234.50 CHF", 1234.5],
    ["1.234", 1.234],
    [" 500,5 ", 500.5],
    [42, 42],
  ])("reads %p as %p", (cell, expected) => {
    expect(readAmount(cell)).toBe(expected);
  });

  it("reads a lone separator as thousands when the column's decimal separator is the other", () => {
    expect(readAmount("1.234", ",")).toBe(1234);
    expect(readAmount("1,234", ".")).toBe(1234);
    expect(readAmount("1,5", ",")).toBe(1.5);
  });

  it.each([["12 apples"], ["1.23.4"], ["1,2345,6"], [""], ["kr"], [true]])(
    "reads %p as NaN",
    (cell) => {
      expect(readAmount(cell)).toBeNaN();
    }
  );
});

describe("amountDecimalSeparator", () => {
  it("finds the separator most text amounts show as decimal", () => {
    expect(amountDecimalSeparator(["1.234,50", "99,00", 12])).toBe(",");
    expect(amountDecimalSeparator(["1,234.50", "7.5", "12"])).toBe(".");
    expect(amountDecimalSeparator([12, 13])).toBeUndefined();
  });

  it("reads a separator that repeats as thousands, not as the later of two different ones", () => {
    expect(amountDecimalSeparator(["1.200.000 kr"])).toBeUndefined();
    expect(amountDecimalSeparator(["1.200.000 kr", "1.200 kr"])).toBeUndefined();
    expect(amountDecimalSeparator(["1.200.000,50 kr"])).toBe(",");
    expect(amountDecimalSeparator(["1,200,000.50"])).toBe(".");
  });
});
