import fc from "fast-check";
import {
  daySerialToIso,
  numberToDaySerial,
  toDaySerial,
  toDaySerialDayFirst,
} from "../../../src/engine/read/excelDate";

// Excel 1900-system serials (1900-03-01 onwards: days since 1899-12-30).
const KNOWN_DATES: readonly [string, number][] = [
  ["1900-01-01", 1],
  ["1900-02-28", 59],
  ["1900-02-29", 60], // Excel's fake leap day
  ["1900-03-01", 61],
  ["1970-01-01", 25569],
  ["1997-01-01", 35431],
  ["1998-06-30", 35976],
  ["2000-01-01", 36526],
  ["2020-02-29", 43890],
  ["2023-03-15", 45000],
  ["2024-02-29", 45351],
  ["9999-12-31", 2958465],
];

describe("toDaySerial", () => {
  it.each(KNOWN_DATES)("reads %s as serial %d", (iso, serial) => {
    expect(toDaySerial(iso)).toBe(serial);
    expect(toDaySerial(serial)).toBe(serial);
  });

  it("drops the time of day from serials and text", () => {
    expect(toDaySerial(45000.99)).toBe(45000);
    expect(toDaySerial("2023-03-15 23:59")).toBe(45000);
    expect(toDaySerial("2023-03-15 08:30:15")).toBe(45000);
    expect(toDaySerial("2014-01-01 00:00:00")).toBe(41640);
  });

  it("takes the date as written when the text carries a time zone", () => {
    expect(toDaySerial("2023-03-15T23:30:00Z")).toBe(45000);
    expect(toDaySerial("2023-03-15T00:30:00+02:00")).toBe(45000);
    expect(toDaySerial("2023-03-15T23:30-05:00")).toBe(45000);
    expect(toDaySerial("2023-03-15T10:00:00.123Z")).toBe(45000);
  });

  it("reads CDNOW's YYYYMMDD as text and as a number pasted into Excel", () => {
    expect(toDaySerial("19970101")).toBe(35431);
    expect(toDaySerial(19970101)).toBe(35431);
    expect(toDaySerial(" 19980630 ")).toBe(35976);
  });

  it.each([
    ["2021-02-30"],
    ["2023-02-29"],
    ["2023-13-01"],
    ["2023-00-10"],
    ["2023-04-31"],
    ["1899-12-31"],
    ["20210230"],
    ["2023-3-15"],
    ["15-03-2023"],
    ["2023-03-15T25:00"],
    ["2023-03-15 12"],
    ["yesterday"],
    [""],
    [0],
    [0.5],
    [-1],
    [2958466],
    [NaN],
    [Infinity],
    [true],
    [null],
    [undefined],
    [19970101.5],
    [99999999],
  ])("gives NaN for %p", (value) => {
    expect(toDaySerial(value)).toBeNaN();
  });
});

describe("daySerialToIso", () => {
  it.each(KNOWN_DATES)("writes %s for serial %d", (iso, serial) => {
    expect(daySerialToIso(serial)).toBe(iso);
  });

  it("drops the time of day and gives '' for serials Excel cannot show", () => {
    expect(daySerialToIso(45000.75)).toBe("2023-03-15");
    expect([0, -5, 2958466, NaN, Infinity].map(daySerialToIso)).toEqual(["", "", "", "", ""]);
  });

  it("round-trips every serial and agrees with the UTC calendar from 1900-03-01 on", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2958465 }), (serial) => {
        const iso = daySerialToIso(serial);
        if (toDaySerial(iso) !== serial) return false;
        if (serial < 61) return true;
        const utcDays =
          Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) /
          86_400_000;
        return utcDays + 25569 === serial;
      }),
      { numRuns: 20_000 }
    );
  });
});

describe("toDaySerialDayFirst", () => {
  it.each([
    ["15.03.2023", 45000],
    ["15-03-2023", 45000],
    ["15/03/2023", 45000],
    ["15.3.2023", 45000],
    ["15.03.2023 18:30", 45000],
    ["15.03.23", 45000],
    ["01.01.30", 10959],
    ["29.02.2024", 45351],
    ["2023-03-15", 45000],
    [45000.5, 45000],
  ])("reads %p as %p", (cell, serial) => {
    expect(toDaySerialDayFirst(cell)).toBe(serial);
  });

  it.each([["31.02.2023"], ["12/31/2023"], ["15.03-2023"], ["15.03.023"], ["yesterday"]])(
    "reads %p as NaN",
    (cell) => {
      expect(toDaySerialDayFirst(cell)).toBeNaN();
    }
  );
});

describe("numberToDaySerial", () => {
  it.each([
    [1, 1],
    [1.999, 1],
    [45000.75, 45000],
    [2958465, 2958465],
    [2958465.999, 2958465],
    [19970101, 35431],
  ])("reads %p as %p", (value, serial) => {
    expect(numberToDaySerial(value)).toBe(serial);
  });

  it.each([[0], [-0], [0.999], [-1], [2958466], [19970101.5], [NaN], [Infinity], [-Infinity]])(
    "gives NaN for %p",
    (value) => {
      expect(numberToDaySerial(value)).toBeNaN();
    }
  );

  it("reads a serial's whole day and a larger whole number as YYYYMMDD text", () => {
    const documented = (value: number) =>
      value >= 1 && value < 2958466
        ? Math.floor(value)
        : Number.isInteger(value) && value > 2958465
          ? toDaySerial(String(value))
          : NaN;
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double({ min: -10, max: 3e6 }),
          fc.integer({ min: 18000101, max: 99991231 }),
          fc.constantFrom(NaN, Infinity, -Infinity, -0, 2958465.5, 2958466)
        ),
        (value) => Object.is(numberToDaySerial(value), documented(value))
      )
    );
  });
});
