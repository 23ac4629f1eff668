import {
  periodIndex,
  periodLabel,
  periodStart,
  readCalendarPeriod,
} from "../../../src/engine/read/calendarPeriod";
import { toDaySerial } from "../../../src/engine/read/excelDate";

describe("calendar periods", () => {
  it("numbers months, quarters and years in steps of one across year ends", () => {
    const december = periodIndex(toDaySerial("2023-12-31"), "month");
    expect(periodIndex(toDaySerial("2024-01-01"), "month")).toBe(december + 1);
    expect(periodLabel(december, "month")).toBe("2023-12");
    expect(periodStart(december + 1, "month")).toBe(toDaySerial("2024-01-01"));
    const q4 = periodIndex(toDaySerial("2023-11-15"), "quarter");
    expect(periodLabel(q4, "quarter")).toBe("2023-Q4");
    expect(periodStart(q4 + 1, "quarter")).toBe(toDaySerial("2024-01-01"));
    expect(periodLabel(periodIndex(toDaySerial("2024-02-29"), "year"), "year")).toBe("2024");
  });

  it("starts weeks on Mondays, as Excel's WEEKDAY(date; 2) = 1 marks them", () => {
    // 2024-03-11 is a Monday, 2024-03-17 a Sunday, 2024-03-18 the next Monday.
    const week = periodIndex(toDaySerial("2024-03-11"), "week");
    expect(periodIndex(toDaySerial("2024-03-17"), "week")).toBe(week);
    expect(periodIndex(toDaySerial("2024-03-18"), "week")).toBe(week + 1);
    expect(periodStart(week, "week")).toBe(toDaySerial("2024-03-11"));
    expect(periodLabel(week, "week")).toBe("2024-03-11");
  });

  it("reads the periods in en/da/nb/de/nl and letters, month when blank", () => {
    const read = (value: unknown) => readCalendarPeriod(value, "period");
    expect(["Week", "uge", "Woche", "w"].map(read)).toEqual(Array(4).fill("week"));
    expect([" Month ", "måned", "Monat", "maand", ""].map(read)).toEqual(Array(5).fill("month"));
    expect(["Q", "kvartal", "Quartal", "kwartaal"].map(read)).toEqual(Array(4).fill("quarter"));
    expect(["year", "år", "Jahr", "jaar"].map(read)).toEqual(Array(4).fill("year"));
    expect(read(undefined)).toBe("month");
    expect(() => read("fortnight")).toThrow('period: must be "week", "month", "quarter" or "year"');
  });
});
