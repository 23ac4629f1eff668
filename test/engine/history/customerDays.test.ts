import { customerDays } from "../../../src/engine/history/customerDays";
import { groupByCustomer } from "../../../src/engine/history/customerGroups";

describe("customerDays", () => {
  it("nets each customer's rows per day, in order of day", () => {
    // customer 0: 5 on day 12, −2 and 3 on day 10; customer 1: 4 on day 11; customer 2: none kept
    const days = customerDays(
      groupByCustomer(
        Int32Array.of(0, 0, 1, 0, 2),
        Int32Array.of(12, 10, 11, 10, 99),
        Float64Array.of(5, -2, 4, 3, 1),
        3,
        50
      )
    );
    expect(Array.from(days.start)).toEqual([0, 2, 3, 3]);
    expect(Array.from(days.day)).toEqual([10, 12, 11]);
    expect(Array.from(days.net)).toEqual([1, 5, 4]);
  });

  it("sorts a customer with many days as one with few", () => {
    // 40 days given latest first, two rows a day.
    const dates = Array.from({ length: 80 }, (_, row) => 1000 - Math.floor(row / 2));
    const days = customerDays(
      groupByCustomer(
        new Int32Array(80),
        Int32Array.from(dates),
        Float64Array.from(dates, (_, row) => row),
        1,
        Infinity
      )
    );
    expect(Array.from(days.day)).toEqual(Array.from({ length: 40 }, (_, k) => 961 + k));
    // Day 961 holds rows 78 and 79.
    expect(days.net[0]).toBe(78 + 79);
    expect(days.net[39]).toBe(0 + 1);
  });
});
