import { readNumber } from "../../src/engine/readNumber";

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
