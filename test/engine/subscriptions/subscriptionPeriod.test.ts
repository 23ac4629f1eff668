import {
  periodIndex,
  periodLabel,
  readSubscriptionPeriod,
  renewalsBefore,
} from "../../../src/engine/subscriptions/subscriptionPeriod";

const serial = (iso: string) => Date.parse(iso) / 86_400_000 + 25569;

describe("readSubscriptionPeriod", () => {
  it("reads the periods in en/da/nb/de/nl and letters, month when blank", () => {
    expect(["Week", "uge", "Woche", "w"].map(readSubscriptionPeriod)).toEqual(
      Array(4).fill("week")
    );
    expect(["måned", "Monat", "maand", ""].map(readSubscriptionPeriod)).toEqual(
      Array(4).fill("month")
    );
    expect(["Q", "kvartal", "Quartal", "kwartaal"].map(readSubscriptionPeriod)).toEqual(
      Array(4).fill("quarter")
    );
    expect(["year", "år", "Jahr", "jaar"].map(readSubscriptionPeriod)).toEqual(
      Array(4).fill("year")
    );
    expect(() => readSubscriptionPeriod("fortnight")).toThrow(
      'period: must be "week", "month", "quarter" or "year"'
    );
  });
});

describe("periodIndex and periodLabel", () => {
  it("labels the calendar period of a date", () => {
    const day = serial("2024-02-29");
    expect(periodLabel(periodIndex(day, "month"), "month")).toBe("2024-02");
    expect(periodLabel(periodIndex(day, "quarter"), "quarter")).toBe("2024-Q1");
    expect(periodLabel(periodIndex(day, "year"), "year")).toBe("2024");
    // 2024-02-29 is a Thursday: its week starts on Monday 02-26 and ends on Sunday 03-03
    expect(periodLabel(periodIndex(day, "week"), "week")).toBe("2024-02-26");
    expect(periodIndex(serial("2024-03-03"), "week")).toBe(periodIndex(day, "week"));
    expect(periodIndex(serial("2024-03-04"), "week")).toBe(periodIndex(day, "week") + 1);
    expect(periodIndex(serial("2025-01-01"), "month") - periodIndex(day, "month")).toBe(11);
  });
});

describe("renewalsBefore", () => {
  it("adds months as EDATE does and does not count a renewal date on the day itself", () => {
    // From 01-31: 02-29 (leap year), 03-31, 04-30
    expect(renewalsBefore(serial("2024-01-31"), serial("2024-02-29"), "month")).toBe(0);
    expect(renewalsBefore(serial("2024-01-31"), serial("2024-03-01"), "month")).toBe(1);
    expect(renewalsBefore(serial("2024-01-31"), serial("2024-05-01"), "month")).toBe(3);
    expect(renewalsBefore(serial("2024-01-31"), serial("2024-04-30"), "month")).toBe(2);
    expect(renewalsBefore(serial("2024-01-15"), serial("2024-01-10"), "month")).toBe(0);
  });

  it("counts weeks, quarters and years from the start", () => {
    expect(renewalsBefore(serial("2024-01-01"), serial("2024-01-15"), "week")).toBe(1);
    expect(renewalsBefore(serial("2024-01-01"), serial("2024-01-16"), "week")).toBe(2);
    expect(renewalsBefore(serial("2024-01-01"), serial("2024-01-01"), "week")).toBe(0);
    expect(renewalsBefore(serial("2023-11-30"), serial("2024-03-01"), "quarter")).toBe(1);
    expect(renewalsBefore(serial("2023-11-30"), serial("2024-02-29"), "quarter")).toBe(0);
    // From 2020-02-29 the yearly renewal dates are 2021-02-28, 2022-02-28, …
    expect(renewalsBefore(serial("2020-02-29"), serial("2021-03-01"), "year")).toBe(1);
    expect(renewalsBefore(serial("2020-02-29"), serial("2021-02-28"), "year")).toBe(0);
  });
});
