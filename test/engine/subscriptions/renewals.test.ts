import { renewalsBefore } from "../../../src/engine/subscriptions/renewals";

const serial = (iso: string) => Date.parse(iso) / 86_400_000 + 25569;

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
